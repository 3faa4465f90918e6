/**
 * Several log dirs on one broker (JBOD), with raw requests: placement as DescribeLogDirs v5 shows it,
 * AlterReplicaLogDirs moving a partition while it is written, its errors, and a log dir that
 * fails at start (offline: KAFKA_STORAGE_ERROR for it and its partitions, the rest served).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiKey } from '../../src/protocol/generated/api-keys.ts';
import { ErrorCode } from '../../src/protocol/generated/error-codes.ts';
import { buildBatch } from '../../src/protocol/record-batch/batch-builder.ts';
import { startTestBroker, TestClient } from './broker-harness.ts';

interface DirResult {
  errorCode: number;
  logDir: string;
  topics: { name: string; partitions: { partitionIndex: number; partitionSize: bigint; offsetLag: bigint; isFutureKey: boolean }[] }[];
  totalBytes: bigint;
  usableBytes: bigint;
  isCordoned: boolean;
}

function threeDirs(): { root: string; dirs: string[] } {
  const root = mkdtempSync(join(tmpdir(), 'samsa-jbod-'));
  return { root, dirs: ['a', 'b', 'c'].map((n) => join(root, n)) };
}

async function describe(c: TestClient, version = 5): Promise<DirResult[]> {
  const r = await c.request(ApiKey.DescribeLogDirs, version, { topics: null });
  assert.equal(r.errorCode, ErrorCode.NONE);
  return r.results;
}

/** The dirs holding partition `index` of `topic`: [dir, isFutureKey][]. */
function where(results: DirResult[], topic: string, index: number): [string, boolean][] {
  const out: [string, boolean][] = [];
  for (const d of results) for (const t of d.topics) if (t.name === topic) for (const p of t.partitions) if (p.partitionIndex === index) out.push([d.logDir, p.isFutureKey]);
  return out;
}

function produce(c: TestClient, topic: string, index: number, values: string[]) {
  return c.request(ApiKey.Produce, 11, { transactionalId: null, acks: -1, timeoutMs: 5000, topicData: [{ name: topic, partitionData: [{ index, records: buildBatch({ records: values.map((value) => ({ value })) }) }] }] });
}

async function fetchAll(c: TestClient, topic: string, index: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for (let offset = 0n; ; ) {
    const f = await c.request(ApiKey.Fetch, 12, {
      replicaId: -1, maxWaitMs: 0, minBytes: 0, maxBytes: 1 << 20, isolationLevel: 0, sessionId: 0, sessionEpoch: -1,
      topics: [{ topic, partitions: [{ partition: index, fetchOffset: offset, partitionMaxBytes: 1 << 20 }] }], forgottenTopicsData: [], rackId: '',
    });
    const p = f.responses[0].partitions[0];
    assert.equal(p.errorCode, ErrorCode.NONE);
    if (p.records.length === 0) return Buffer.concat(chunks);
    chunks.push(p.records);
    // Last offset of the last batch + 1.
    let at = 0;
    let next = offset;
    while (at < p.records.length) {
      const base = p.records.readBigInt64BE(at);
      const size = p.records.readInt32BE(at + 8) + 12;
      next = base + BigInt(p.records.readInt32BE(at + 23)) + 1n;
      at += size;
    }
    offset = next;
  }
}

test('partitions spread over the log dirs; DescribeLogDirs v1-5 lists each dir with its partitions; meta.properties in each', async () => {
  const { root, dirs } = threeDirs();
  const tb = await startTestBroker({ 'log.dirs': dirs.join(','), 'cordoned.log.dirs': dirs[2]! });
  const c = await TestClient.connect(tb.port);
  try {
    const ct = await c.request(ApiKey.CreateTopics, 7, { topics: [{ name: 'spread', numPartitions: 4, replicationFactor: 1 }] });
    assert.equal(ct.topics[0].errorCode, ErrorCode.NONE);
    const results = await describe(c);
    assert.deepEqual(results.map((r) => r.logDir), dirs);
    // The cordoned dir gets none (KIP-1066); the others two each.
    const counts = results.map((r) => r.topics.find((t) => t.name === 'spread')?.partitions.length ?? 0);
    assert.deepEqual(counts, [2, 2, 0]);
    assert.deepEqual(results.map((r) => r.isCordoned), [false, false, true]);
    assert.ok(results.every((r) => r.errorCode === ErrorCode.NONE && r.totalBytes > 0n && r.usableBytes > 0n));
    for (const v of [1, 2, 3, 4]) assert.equal((await describe(c, v)).length, 3, `v${v}`);
    const ids = dirs.map((d) => /^directory\.id=(\S+)$/m.exec(readFileSync(join(d, 'meta.properties'), 'utf8'))![1]);
    assert.equal(new Set(ids).size, 3);
    for (const d of dirs) assert.match(readFileSync(join(d, 'meta.properties'), 'utf8'), new RegExp(`^cluster\\.id=${tb.broker.clusterId}$`, 'm'));
  } finally {
    c.close();
    await tb.close();
    rmSync(root, { recursive: true, force: true });
  }
});

test('AlterReplicaLogDirs moves a partition while it is written; the records are the same bytes; errors as Kafka', async () => {
  const { root, dirs } = threeDirs();
  const tb = await startTestBroker({ 'log.dirs': dirs.join(','), 'log.segment.bytes': 16384 });
  const c = await TestClient.connect(tb.port);
  try {
    await c.request(ApiKey.CreateTopics, 7, { topics: [{ name: 'mv', numPartitions: 1, replicationFactor: 1 }] });
    for (let i = 0; i < 50; i++) assert.equal((await produce(c, 'mv', 0, Array.from({ length: 20 }, (_, j) => `r${i}-${j}`))).responses[0].partitionResponses[0].errorCode, ErrorCode.NONE);
    const [[from]] = where(await describe(c), 'mv', 0) as [[string, boolean]];
    const to = dirs.find((d) => d !== from)!;
    const alter = await c.request(ApiKey.AlterReplicaLogDirs, 2, { dirs: [{ path: to, topics: [{ name: 'mv', partitions: [0] }] }] });
    assert.deepEqual(alter.results.map((r: { topicName: string; partitions: { partitionIndex: number; errorCode: number }[] }) => [r.topicName, r.partitions[0]!.errorCode]), [['mv', ErrorCode.NONE]]);
    // Writes go on during the move.
    for (let i = 50; i < 60; i++) assert.equal((await produce(c, 'mv', 0, [`late${i}`])).responses[0].partitionResponses[0].errorCode, ErrorCode.NONE);
    for (let tries = 0; ; tries++) {
      const w = where(await describe(c), 'mv', 0);
      if (w.length === 1 && w[0]![0] === to && !w[0]![1]) break;
      assert.ok(tries < 200, `still moving: ${JSON.stringify(w)}`);
      await new Promise((r) => setTimeout(r, 25));
    }
    const moved = await fetchAll(c, 'mv', 0);
    assert.equal(tb.broker.logManager.logDirOf('mv', 0), to);
    for (let i = 60; i < 62; i++) assert.equal((await produce(c, 'mv', 0, [`after${i}`])).responses[0].partitionResponses[0].errorCode, ErrorCode.NONE);
    // The same bytes after a restart from the new dir, then the appends that followed.
    await tb.stop();
    const tb2 = await startTestBroker({ 'log.dirs': dirs.join(','), 'log.segment.bytes': 16384 }, tb.dir);
    const c2 = await TestClient.connect(tb2.port);
    try {
      const all = await fetchAll(c2, 'mv', 0);
      assert.ok(all.subarray(0, moved.length).equals(moved));
      assert.ok(all.length > moved.length);
      assert.equal(tb2.broker.logManager.logDirOf('mv', 0), to);

      const one = async (path: string, topic = 'mv', partition = 0, version = 1) => {
        const r = await c2.request(ApiKey.AlterReplicaLogDirs, version, { dirs: [{ path, topics: [{ name: topic, partitions: [partition] }] }] });
        return r.results[0].partitions[0].errorCode as number;
      };
      assert.equal(await one('/not/a/log/dir'), ErrorCode.LOG_DIR_NOT_FOUND);
      assert.equal(await one('relative/b'), ErrorCode.LOG_DIR_NOT_FOUND);
      assert.equal(await one(from, 'no-such-topic'), ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
      assert.equal(await one(from, 'mv', 7), ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
      assert.equal(await one('/not/a/log/dir', 'no-such-topic'), ErrorCode.LOG_DIR_NOT_FOUND);
      // Where it already is: success, nothing moves.
      assert.equal(await one(to), ErrorCode.NONE);
      assert.deepEqual(where(await describe(c2), 'mv', 0), [[to, false]]);
    } finally {
      c2.close();
      await tb2.stop();
    }
  } finally {
    c.close();
    await tb.stop();
    rmSync(root, { recursive: true, force: true });
  }
});

test('a log dir that fails at start is offline: KAFKA_STORAGE_ERROR for it and its partitions, the other dirs served', async () => {
  const { root, dirs } = threeDirs();
  const props = { 'log.dirs': dirs.slice(0, 2).join(',') };
  const tb = await startTestBroker(props, root);
  let c = await TestClient.connect(tb.port);
  await c.request(ApiKey.CreateTopics, 7, { topics: [{ name: 'off', numPartitions: 2, replicationFactor: 1 }] });
  for (const p of [0, 1]) await produce(c, 'off', p, ['x']);
  const lost = where(await describe(c), 'off', 0)[0]![0] === dirs[1] ? 0 : 1;
  c.close();
  await tb.stop();
  // The disk behind the second dir is gone.
  rmSync(dirs[1]!, { recursive: true, force: true });
  writeFileSync(dirs[1]!, 'not a directory');
  const tb2 = await startTestBroker(props, root);
  c = await TestClient.connect(tb2.port);
  try {
    const results = await describe(c);
    assert.deepEqual(results.map((r) => [r.logDir, r.errorCode]), [[dirs[0], ErrorCode.NONE], [dirs[1], ErrorCode.KAFKA_STORAGE_ERROR]]);
    assert.equal((await produce(c, 'off', lost, ['y'])).responses[0].partitionResponses[0].errorCode, ErrorCode.KAFKA_STORAGE_ERROR);
    assert.equal((await produce(c, 'off', 1 - lost, ['y'])).responses[0].partitionResponses[0].errorCode, ErrorCode.NONE);
    const lo = await c.request(ApiKey.ListOffsets, 9, { replicaId: -1, isolationLevel: 0, topics: [{ name: 'off', partitions: [{ partitionIndex: lost, timestamp: -1n }] }] });
    assert.equal(lo.topics[0].partitions[0].errorCode, ErrorCode.KAFKA_STORAGE_ERROR);
    const alter = await c.request(ApiKey.AlterReplicaLogDirs, 2, { dirs: [{ path: dirs[1], topics: [{ name: 'off', partitions: [1 - lost] }] }] });
    assert.equal(alter.results[0].partitions[0].errorCode, ErrorCode.KAFKA_STORAGE_ERROR);
    assert.ok(tb2.logLines.some((l) => l.includes('log directory failed at start')));
    // The topic can still be deleted (its folder on the lost dir stays there).
    const del = await c.request(ApiKey.DeleteTopics, 5, { topicNames: ['off'], timeoutMs: 5000 });
    assert.equal(del.responses[0].errorCode, ErrorCode.NONE);
  } finally {
    c.close();
    await tb2.stop();
    rmSync(root, { recursive: true, force: true });
  }
});
