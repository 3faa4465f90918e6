// The metadata image and the replica manager (issue 11, item 3): the image is rebuilt from the
// metadata store's notifications; the replica manager hosts a Partition for each partition the
// image assigns to this broker, and follows changes (grown, configs, reassigned, removed, re-created).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { BrokerConfig } from '../../src/config/broker-config.ts';
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts';
import { LocalMetadataStore } from '../../src/broker/local-metadata-store.ts';
import { MetadataImage } from '../../src/broker/metadata-image.ts';
import type { TopicRecord } from '../../src/broker/metadata-store.ts';
import { ReplicaManager } from '../../src/broker/replica-manager.ts';
import { MemoryFileSystem } from '../../src/storage/fs/memory-file-system.ts';
import { testBatch, values } from '../storage/helpers/test-batches.ts';
import { openManager, testClock } from '../storage/helpers/test-log.ts';

const ID1 = 'AAAAAAAAAAAAAAAAAAAAAQ';
const ID2 = 'AAAAAAAAAAAAAAAAAAAAAg';

async function setUp() {
  const dir = mkdtempSync(join(tmpdir(), 'samsa-replicas-'));
  const store = LocalMetadataStore.open(dir, 1, null);
  const config = BrokerConfig.fromProperties({ 'node.id': '1', 'log.dirs': dir });
  const logs = await openManager(new MemoryFileSystem(), testClock().now);
  const image = new MetadataImage(store, 1);
  const replicas = new ReplicaManager(1, config, image, logs, pino({ level: 'silent' }));
  await replicas.load();
  const put = async (t: Partial<TopicRecord> & { name: string; partitions: number }) => {
    await store.putTopic({ topicId: ID1, leaderEpochs: new Array(t.partitions).fill(0), configs: {}, ...t });
    await replicas.caughtUp();
  };
  const close = async () => {
    replicas.close();
    image.close();
    await logs.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { store, image, replicas, logs, put, close };
}

test('a topic written to the store is in the image and hosted here once caught up; it grows and takes new configs', async () => {
  const s = await setUp();
  try {
    await s.put({ name: 'a', partitions: 2 });
    const t = s.image.topic('a')!;
    assert.equal(s.image.topicById(ID1), t);
    assert.deepEqual(t.partitions.map((p) => [p.index, p.leader, [...p.replicas], [...p.isr], p.leaderEpoch]), [[0, 1, [1], [1], 0], [1, 1, [1], [1], 0]]);
    const p0 = s.replicas.leaderPartition(t, 0);
    assert.ok(typeof p0 !== 'number');
    await p0.appendAsLeader(testBatch({ records: values('x', 2) }), { requiredAcks: 1 });
    assert.equal(s.replicas.leaderPartition(t, 2), ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
    assert.equal(s.replicas.leaderPartition(undefined, 0), ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);

    await s.put({ name: 'a', partitions: 3, leaderEpochs: [0, 0, 4], configs: { 'retention.ms': '1234' } });
    assert.equal(s.replicas.get('a', 0), p0, 'existing replicas are kept, with their data');
    assert.equal(p0.logEndOffset, 2);
    assert.equal(p0.log.config.retentionMs, 1234, 'the new override reached the live log');
    assert.equal(s.replicas.get('a', 2)!.leaderEpoch, 4);
    assert.equal([...s.replicas.all()].length, 3);
  } finally {
    await s.close();
  }
});

test('a partition led elsewhere answers NOT_LEADER_OR_FOLLOWER; one moved away is dropped; a removed topic is deleted and its partitions closed', async () => {
  const s = await setUp();
  try {
    await s.put({ name: 'a', partitions: 2 });
    const before = s.replicas.get('a', 1)!;
    let woken = false;
    before.onHighWatermark(() => (woken = true));
    await s.put({ name: 'a', partitions: 2, replicas: [[2, 1], [2]] });
    const t = s.image.topic('a')!;
    assert.equal(t.partitions[0]!.leader, 2);
    assert.equal(s.replicas.leaderPartition(t, 0), ErrorCode.NOT_LEADER_OR_FOLLOWER, 'a follower here does not take leader requests');
    assert.deepEqual(s.replicas.get('a', 0)!.replicaSet, { leader: 2, replicas: [2, 1], isr: [2, 1] }, 'the follower knows its replica set');
    assert.equal(s.replicas.get('a', 1), undefined, 'reassigned away from this broker');
    assert.equal(s.logs.get('a', 1), undefined, 'and its log deleted');
    assert.equal(s.replicas.leaderPartition(t, 1), ErrorCode.NOT_LEADER_OR_FOLLOWER);
    assert.ok(woken, 'the dropped partition is closed: what waits on it (long polls) is woken');

    await s.store.removeTopic('a');
    assert.equal(s.image.topic('a'), undefined, 'gone from the image at once');
    await s.replicas.caughtUp();
    assert.equal(s.replicas.get('a', 0), undefined);
    assert.equal(s.logs.get('a', 0), undefined);
  } finally {
    await s.close();
  }
});

test('a topic re-created under the same name with a new id starts empty', async () => {
  const s = await setUp();
  try {
    await s.put({ name: 'a', partitions: 1 });
    const old = s.replicas.get('a', 0)!;
    await old.appendAsLeader(testBatch({ records: values('x', 3) }), { requiredAcks: 1 });
    await s.put({ name: 'a', partitions: 1, topicId: ID2 });
    const fresh = s.replicas.get('a', 0)!;
    assert.notEqual(fresh, old);
    assert.equal(fresh.topicId, ID2);
    assert.equal(fresh.logEndOffset, 0);
    assert.equal(s.image.topicById(ID1), undefined);
  } finally {
    await s.close();
  }
});

test('a failed change rejects caughtUp, and the changes after it are still applied', async () => {
  const s = await setUp();
  try {
    // A name the storage refuses to make a folder for: the store takes it (the TopicManager checks names first).
    await assert.rejects(s.put({ name: 'bad/name', partitions: 1 }));
    await s.put({ name: 'b', partitions: 1, topicId: ID2 });
    assert.ok(s.replicas.get('b', 0));
  } finally {
    await s.close();
  }
});
