/** Shared steps of the group handler tests: a broker with a small __consumer_offsets and a ready coordinator. */
import assert from 'node:assert/strict';
import { ApiKey } from '../../../src/protocol/generated/api-keys.ts';
import { ErrorCode } from '../../../src/protocol/generated/error-codes.ts';
import { startTestBroker, TestClient, type TestBroker } from '../broker-harness.ts';

export const GROUP_BROKER_PROPS = { 'offsets.topic.num.partitions': 3, 'group.initial.rebalance.delay.ms': 0 };

/** Asks FindCoordinator until the group's coordinator has loaded (COORDINATOR_NOT_AVAILABLE before). */
export async function waitForCoordinator(client: TestClient, groupId: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const r = await client.request(ApiKey.FindCoordinator, 3, { key: groupId, keyType: 0 });
    if (r.errorCode === ErrorCode.NONE) return;
    assert.equal(r.errorCode, ErrorCode.COORDINATOR_NOT_AVAILABLE);
    await new Promise((res) => setTimeout(res, 20));
  }
  throw new Error('group coordinator did not load');
}

export async function startGroupBroker(dir?: string): Promise<{ tb: TestBroker; client: TestClient }> {
  const tb = await startTestBroker(GROUP_BROKER_PROPS, dir);
  const client = await TestClient.connect(tb.port);
  await waitForCoordinator(client, 'g');
  return { tb, client };
}

/** ConsumerProtocolSubscription v0 bytes for `topics`. */
export function subscription(topics: string[]): Buffer {
  const parts: Buffer[] = [Buffer.from([0, 0]), Buffer.alloc(4)];
  parts[1]!.writeInt32BE(topics.length);
  for (const t of topics) {
    const l = Buffer.alloc(2);
    l.writeInt16BE(Buffer.byteLength(t));
    parts.push(l, Buffer.from(t));
  }
  parts.push(Buffer.from([0xff, 0xff, 0xff, 0xff]));
  return Buffer.concat(parts);
}

export function joinBody(over: Record<string, unknown> = {}) {
  return {
    groupId: 'g',
    sessionTimeoutMs: 10_000,
    rebalanceTimeoutMs: 10_000,
    memberId: '',
    groupInstanceId: null,
    protocolType: 'consumer',
    protocols: [{ name: 'range', metadata: subscription(['t']) }],
    ...over,
  };
}
