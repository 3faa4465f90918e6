/**
 * Transactions with a real client (issue 12): confluent-kafka-python (librdkafka) commits and aborts
 * transactions, a second producer with the same transactional.id fences the first, a
 * read_committed consumer reads what was committed (and not an aborted record between committed
 * ones), and a consume-transform-produce round commits a group's offsets in its transaction. Needs python3-confluent-kafka under
 * /usr/bin/python3 (.ci/run installs it: apt-get install -y python3-confluent-kafka).
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { startTestBroker } from '../broker/broker-harness.ts';

const PYTHON = '/usr/bin/python3';
const SCRIPT = fileURLToPath(new URL('./python/transactions.py', import.meta.url));

function run(args: string[], timeoutMs: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(PYTHON, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const killer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(killer);
      resolve({ code, stdout, stderr });
    });
  });
}

test('librdkafka transactions: commit, abort, fencing of the older instance, read_committed', async () => {
  const r = spawnSync(PYTHON, ['-c', 'import confluent_kafka']);
  if (r.status !== 0) throw new Error('python client missing: apt-get install -y python3-confluent-kafka');
  const tb = await startTestBroker({ 'transaction.state.log.num.partitions': 3, 'offsets.topic.num.partitions': 3, 'group.initial.rebalance.delay.ms': 0 });
  try {
    const res = await run([SCRIPT, `127.0.0.1:${tb.port}`], 150_000);
    assert.equal(res.code, 0, res.stderr);
    const out = JSON.parse(res.stdout.trim().split('\n').pop()!);
    assert.deepEqual(out.committed, ['c0', 'c1', 'c2', 'c3', 'c4', 'last'], 'the zombie write of the fenced producer never commits');
    assert.match(String(out.fenced), /FENCED|INVALID_PRODUCER_EPOCH/, 'the older instance is fenced');
    assert.deepEqual(out.abortedTopicWatermarks, [0, 6], 'k1, aborted, k2 and their three markers');
    assert.deepEqual(out.abortedCommitted, ['k1', 'k2'], 'read_committed drops the aborted record');
    assert.deepEqual(out.abortedUncommitted, ['k1', 'aborted', 'k2'], 'read_uncommitted shows it');
    // txn-data: partition 0 holds c0 c2 c4 and partition 1 c1 c3 last, each batch with its marker.
    assert.ok(out.ctpPositions[0] > 0 && out.ctpPositions[1] > 0, `consumed positions ${out.ctpPositions}`);
    assert.deepEqual(out.ctpCommitted, out.ctpPositions, 'the offsets committed in the transaction are the group\'s');
    assert.deepEqual(out.ctpAfterAbort, out.ctpPositions, 'offsets sent in an aborted transaction are dropped');
  } finally {
    await tb.close();
  }
});
