/**
 * Partition assignors run by the group leader, with the names and results of the Java client's:
 *  - range (RangeAssignor): per topic, consumers sorted, each gets a contiguous range; the first
 *    (partitions % consumers) get one extra.
 *  - roundrobin (RoundRobinAssignor): all partitions sorted by topic then partition, dealt out to
 *    consumers in order, skipping consumers not subscribed to the partition's topic.
 *  - cooperative-sticky (CooperativeStickyAssignor, KIP-429): keep what each member owned while
 *    balancing counts (max - min <= 1 among members with equal subscriptions); a partition moving
 *    from one member to another is left unassigned this round so its owner revokes it first, and
 *    the follow-up rebalance hands it over.
 * Members are ordered by group.instance.id when static (KIP-345), else member id, as Java does.
 */
import type { Assignment, Subscription } from './consumer-protocol.ts';

export interface AssignorMember {
  memberId: string;
  groupInstanceId: string | null;
  subscription: Subscription;
}

export interface Assignor {
  name: string;
  cooperative: boolean;
  assign(members: AssignorMember[], partitionsPerTopic: Map<string, number>): Map<string, Assignment>;
}

function sortMembers(members: AssignorMember[]): AssignorMember[] {
  const key = (m: AssignorMember): string => m.groupInstanceId ?? m.memberId;
  return [...members].sort((a, b) => {
    // Static members first by instance id, as MemberInfo.compareTo orders them.
    if ((a.groupInstanceId === null) !== (b.groupInstanceId === null)) return a.groupInstanceId !== null ? -1 : 1;
    return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.memberId < b.memberId ? -1 : 1;
  });
}

function emptyResult(members: AssignorMember[]): Map<string, Assignment> {
  return new Map(members.map((m) => [m.memberId, new Map()]));
}

function add(a: Assignment, topic: string, partition: number): void {
  const list = a.get(topic);
  if (list === undefined) a.set(topic, [partition]);
  else list.push(partition);
}

export const rangeAssignor: Assignor = {
  name: 'range',
  cooperative: false,
  assign(members, partitionsPerTopic) {
    const out = emptyResult(members);
    const sorted = sortMembers(members);
    for (const [topic, count] of [...partitionsPerTopic].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const consumers = sorted.filter((m) => m.subscription.topics.includes(topic));
      if (consumers.length === 0) continue;
      const per = Math.floor(count / consumers.length);
      const extra = count % consumers.length;
      consumers.forEach((m, i) => {
        const start = per * i + Math.min(i, extra);
        const len = per + (i < extra ? 1 : 0);
        for (let p = start; p < start + len; p++) add(out.get(m.memberId)!, topic, p);
      });
    }
    return out;
  },
};

export const roundRobinAssignor: Assignor = {
  name: 'roundrobin',
  cooperative: false,
  assign(members, partitionsPerTopic) {
    const out = emptyResult(members);
    const sorted = sortMembers(members);
    if (sorted.length === 0) return out;
    let next = 0;
    for (const [topic, count] of [...partitionsPerTopic].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (!sorted.some((m) => m.subscription.topics.includes(topic))) continue;
      for (let p = 0; p < count; p++) {
        while (!sorted[next % sorted.length]!.subscription.topics.includes(topic)) next++;
        add(out.get(sorted[next % sorted.length]!.memberId)!, topic, p);
        next++;
      }
    }
    return out;
  },
};

export const cooperativeStickyAssignor: Assignor = {
  name: 'cooperative-sticky',
  cooperative: true,
  assign(members, partitionsPerTopic) {
    const sorted = sortMembers(members);
    const counts = new Map<string, number>(sorted.map((m) => [m.memberId, 0]));
    const owner = new Map<string, string>(); // "topic\0p" -> member id, this round
    const previous = new Map<string, string>(); // claimed by the member with the newest generation
    const claimGen = new Map<string, number>();
    for (const m of sorted) {
      for (const [topic, ps] of m.subscription.ownedPartitions) {
        const count = partitionsPerTopic.get(topic);
        if (count === undefined || !m.subscription.topics.includes(topic)) continue;
        for (const p of ps) {
          if (p >= count) continue;
          const k = `${topic}\u0000${p}`;
          // Two members claiming one partition: the newer generation wins (KIP-792).
          if ((claimGen.get(k) ?? -2) < m.subscription.generationId) {
            previous.set(k, m.memberId);
            claimGen.set(k, m.subscription.generationId);
          }
        }
      }
    }
    const all: Array<[string, number]> = [];
    for (const [topic, count] of [...partitionsPerTopic].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (!sorted.some((m) => m.subscription.topics.includes(topic))) continue;
      for (let p = 0; p < count; p++) all.push([topic, p]);
    }
    const quotaMax = sorted.length === 0 ? 0 : Math.ceil(all.length / sorted.length);
    const quotaMin = sorted.length === 0 ? 0 : Math.floor(all.length / sorted.length);
    let atMax = 0;
    const maxAllowed = all.length - quotaMin * sorted.length; // members that may hold quotaMax
    // 1. Keep owned partitions, up to the quota.
    for (const [k, memberId] of [...previous].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const c = counts.get(memberId)!;
      const limit = atMax < maxAllowed ? quotaMax : quotaMin;
      if (c >= limit) continue;
      owner.set(k, memberId);
      counts.set(memberId, c + 1);
      if (c + 1 === quotaMax && quotaMax > quotaMin) atMax++;
    }
    // 2. Give the rest to the subscribed member with the fewest partitions.
    for (const [topic, p] of all) {
      const k = `${topic}\u0000${p}`;
      if (owner.has(k)) continue;
      let best: AssignorMember | undefined;
      for (const m of sorted) {
        if (!m.subscription.topics.includes(topic)) continue;
        if (best === undefined || counts.get(m.memberId)! < counts.get(best.memberId)!) best = m;
      }
      if (best === undefined) continue;
      owner.set(k, best.memberId);
      counts.set(best.memberId, counts.get(best.memberId)! + 1);
    }
    // 3. KIP-429: a partition changing hands is withheld until its previous owner has revoked it.
    const out = emptyResult(members);
    for (const [k, memberId] of owner) {
      const prev = previous.get(k);
      if (prev !== undefined && prev !== memberId) continue;
      const [topic, p] = k.split('\u0000') as [string, string];
      add(out.get(memberId)!, topic, Number(p));
    }
    for (const a of out.values()) for (const ps of a.values()) ps.sort((x, y) => x - y);
    return out;
  },
};

export const ASSIGNORS: Record<string, Assignor> = {
  range: rangeAssignor,
  roundrobin: roundRobinAssignor,
  'cooperative-sticky': cooperativeStickyAssignor,
};
