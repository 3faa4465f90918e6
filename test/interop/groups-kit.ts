/**
 * What the consumer-group interop suites share: waiting for a condition, reading a group's
 * assignment through kafkajs's admin, producing numbered values.
 */
import { AssignerProtocol, type Admin, type Producer } from 'kafkajs';

/** Polls `cond` until it holds; fails after `timeoutMs` naming `what` (and `detail()` when given). */
export async function until(what: string, cond: () => boolean | Promise<boolean>, timeoutMs = 60_000, detail?: () => string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${detail ? `; ${detail()}` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Each member's partitions of `topic` when `group` is Stable with `members` members; null otherwise. */
export async function memberPartitions(admin: Admin, group: string, topic: string, members: number): Promise<number[][] | null> {
  const g = (await admin.describeGroups([group])).groups[0]!;
  if (g.state !== 'Stable' || g.members.length !== members) return null;
  return g.members.map((m) => AssignerProtocol.MemberAssignment.decode(m.memberAssignment)?.assignment[topic] ?? []);
}

/** Produces `<prefix>-0` … `<prefix>-<n-1>` to `topic`; returns them. */
export async function produceValues(producer: Producer, topic: string, prefix: string, n: number): Promise<string[]> {
  const values = Array.from({ length: n }, (_, i) => `${prefix}-${i}`);
  await producer.send({ topic, messages: values.map((value) => ({ value })) });
  return values;
}
