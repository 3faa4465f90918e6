/**
 * Exactly-once with the Java client 4.4 (issue 12): a consume-transform-produce loop in
 * transactions over Transactions V2 (the broker finalizes transaction.version 2, so the client
 * bumps the epoch at every EndTxn v5 and adds partitions with Produce v12 / TxnOffsetCommit v5), an
 * aborted round whose output and offsets vanish, fencing by a second instance, and Kafka's
 * kafka-transactions.sh (TransactionsCommand) listing and describing the transactional id. Runs
 * against Kafka itself too (SAMSA_INTEROP_TARGET=kafka). Needs java 17+ and the Maven jars
 * (test/interop/java/pom.xml; .ci/run installs them).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { spawn } from 'node:child_process';
import { baseJvmArgs, compileJavaPrograms, javaClasspath, KafkaTool, runJavaOk } from './java-tools.ts';
import { startTarget, type InteropBroker } from './target.ts';

let broker: InteropBroker;

before(async () => {
  compileJavaPrograms();
  broker = await startTarget({ 'transaction.state.log.num.partitions': '3', 'offsets.topic.num.partitions': '3', 'group.initial.rebalance.delay.ms': '0' });
});
after(async () => {
  await broker?.stop();
});

test('Java client: consume-transform-produce in transactions (Transactions V2), abort, fencing, read_committed; kafka-transactions.sh', async () => {
  const out = await runJavaOk('TransactionsClient', ['run', broker.bootstrap, 'eos-in', 'eos-out', 'eos-group', 'eos-tx'], { timeoutMs: 180_000 });
  const facts = new Map(out.trim().split('\n').map((l) => [l.slice(0, l.indexOf(' ')), l.slice(l.indexOf(' ') + 1)] as [string, string]));
  assert.equal(facts.get('committedAfterRound1'), '5,5', 'the consumed positions, committed in the transaction');
  assert.equal(facts.get('committedAfterAbort'), '5,5', 'the aborted round left the offsets alone');
  assert.equal(facts.get('committedAfterRound3'), '8,8');
  // Kafka 4.4 answers the fenced instance's Produce v12 with INVALID_PRODUCER_EPOCH, as Samsa does.
  assert.equal(facts.get('fenced'), 'InvalidProducerEpochException');
  const upper = [...Array(16).keys()].map((i) => `V${i}`);
  assert.deepEqual(facts.get('readCommitted')!.split(','), [...upper, 'last'].sort(), 'committed output exactly once, nothing aborted, nothing of the fenced producer');
  const uncommitted = facts.get('readUncommitted')!.split(',');
  assert.equal(uncommitted.filter((v) => v.endsWith('-aborted')).length, 6, 'read_uncommitted sees the aborted round');

  const list = await runJavaOk(KafkaTool.transactions, ['--bootstrap-server', broker.bootstrap, 'list'], { timeoutMs: 60_000 });
  assert.match(list, /eos-tx\s+\d+\s+\d+\s+CompleteCommit/, list);
  const describe = await runJavaOk(KafkaTool.transactions, ['--bootstrap-server', broker.bootstrap, 'describe', '--transactional-id', 'eos-tx'], { timeoutMs: 60_000 });
  assert.match(describe, /CompleteCommit/, describe);
  // Transactions V2: the epoch went up at each of the instance's 3 EndTxn, the second instance's
  // InitProducerId and its EndTxn (Transactions V1 would be at 1).
  const row = describe.trim().split('\n')[1]!.split('\t').map((c) => c.trim());
  assert.equal(row[3], '5', describe);
  const producers = await runJavaOk(KafkaTool.transactions, ['--bootstrap-server', broker.bootstrap, 'describe-producers', '--topic', 'eos-out', '--partition', '1'], { timeoutMs: 60_000 });
  assert.match(producers, /ProducerId/, producers);
  const hanging = await runJavaOk(KafkaTool.transactions, ['--bootstrap-server', broker.bootstrap, 'find-hanging', '--broker-id', '1'], { timeoutMs: 60_000 });
  assert.doesNotMatch(hanging, /eos-out/, `no hanging transaction: ${hanging}`);
});

test('kafka-transactions.sh abort ends a hanging transaction (WriteTxnMarkers): the last stable offset moves on', async () => {
  const child = spawn('java', [...baseJvmArgs(), '-cp', javaClasspath(), 'TransactionsClient', 'hang', broker.bootstrap, 'eos-hang', 'eos-hanging-tx'], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const offset = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /open (\d+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.on('exit', (code) => reject(new Error(`hanging producer exited ${code}`)));
    });
    const producers = () => runJavaOk(KafkaTool.transactions, ['--bootstrap-server', broker.bootstrap, 'describe-producers', '--topic', 'eos-hang', '--partition', '0'], { timeoutMs: 60_000 });
    const openStart = (text: string) => text.trim().split('\n').slice(1).map((l) => l.split('\t').map((c) => c.trim()).at(-1));
    assert.deepEqual(openStart(await producers()), [offset], 'DescribeProducers shows the open transaction');
    await runJavaOk(KafkaTool.transactions, ['--bootstrap-server', broker.bootstrap, 'abort', '--topic', 'eos-hang', '--partition', '0', '--start-offset', offset], { timeoutMs: 60_000 });
    assert.deepEqual(openStart(await producers()), ['None'], 'the abort marker closed it');
  } finally {
    child.kill('SIGKILL');
  }
});
