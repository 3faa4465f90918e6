/**
 * Exactly-once under faults with the Java client 4.4 (issue 12), against a real broker process
 * (Samsa, or Kafka itself with SAMSA_INTEROP_TARGET=kafka):
 *  - a transactional copier (read_committed consumer, transactional producer,
 *    sendOffsetsToTransaction) copies 100,000 records while the broker is killed with -9 three
 *    times (the copier restarts whenever it fails; the Java client rode out these kills without
 *    failing in our runs), with aborts injected at random: the output a
 *    read_committed consumer reads equals the input exactly, partition by partition (no loss, no
 *    duplicate, order kept), and read_uncommitted also sees the aborted copies;
 *  - zombie fencing: a transactional producer paused with SIGSTOP, its twin with the same
 *    transactional.id commits, the first resumes and is fenced, and none of its later writes shows;
 *  - transaction timeout: a producer that begins a transaction and hangs is aborted by the
 *    coordinator after transaction.timeout.ms, and the partition's open transaction is gone.
 * Needs java 17+ and the Maven jars (test/interop/java/pom.xml; .ci/run installs them).
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { after, before, test } from 'node:test';
import { baseJvmArgs, compileJavaPrograms, javaClasspath, KafkaTool, runJavaOk } from './java-tools.ts';
import { startTarget, type InteropBroker } from './target.ts';

const RECORDS = 100_000;
const PARTITIONS = 4;
let broker: InteropBroker;

before(async () => {
  compileJavaPrograms();
  broker = await startTarget({
    'transaction.state.log.num.partitions': '3',
    'offsets.topic.num.partitions': '3',
    'group.initial.rebalance.delay.ms': '0',
    'transaction.abort.timed.out.transaction.cleanup.interval.ms': '500',
  });
});
after(async () => {
  await broker?.stop();
});

/** A Java program whose stdout lines are watched as they come. */
function java(cls: string, args: string[]): { child: ChildProcess; lines: string[]; exited: Promise<number | null>; waitFor: (re: RegExp, ms: number) => Promise<RegExpExecArray> } {
  const child = spawn('java', [...baseJvmArgs(), '-cp', javaClasspath(), cls, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const watchers = new Set<() => void>();
  let buf = '';
  child.stdout!.on('data', (d: Buffer) => {
    buf += d.toString();
    const parts = buf.split('\n');
    buf = parts.pop()!;
    lines.push(...parts);
    for (const w of watchers) w();
  });
  child.stderr!.resume();
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitFor = (re: RegExp, ms: number) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const check = () => {
        for (const l of lines) {
          const m = re.exec(l);
          if (m) {
            watchers.delete(check);
            clearTimeout(timer);
            resolve(m);
            return;
          }
        }
      };
      const timer = setTimeout(() => {
        watchers.delete(check);
        reject(new Error(`${cls}: no line matching ${re} within ${ms} ms; last lines: ${lines.slice(-5).join(' | ')}`));
      }, ms);
      watchers.add(check);
      void exited.then(() => setTimeout(() => {
        if (watchers.has(check)) {
          watchers.delete(check);
          clearTimeout(timer);
          reject(new Error(`${cls} exited without ${re}; last lines: ${lines.slice(-5).join(' | ')}`));
        }
      }, 50));
      check();
    });
  return { child, lines, exited, waitFor };
}

test(`a transactional copier of ${RECORDS} records survives three broker kill -9 and its own restarts with random aborts: read_committed output equals the input exactly`, { timeout: 600_000 }, async (t) => {
  await runJavaOk('EosCopier', ['fill', broker.bootstrap, 'copy-in', String(PARTITIONS), String(RECORDS)], { timeoutMs: 120_000 });
  const kills = [15_000, 45_000, 75_000];
  let aborted = 0;
  let starts = 0;
  let done = false;
  let lastProgress = 0;
  while (!done) {
    assert.ok(++starts <= 20, `the copier was started ${starts} times without finishing`);
    const copier = java('EosCopier', ['copy', broker.bootstrap, 'copy-in', 'copy-out', 'copy-group', 'copy-tx', '0.1', String(starts)]);
    const watch = setInterval(() => {
      const progress = copier.lines.map((l) => /^progress (\d+)/.exec(l)).filter((m) => m !== null).map((m) => Number(m![1]));
      const total = progress.length > 0 ? Math.max(...progress) : 0;
      lastProgress = Math.max(lastProgress, total);
    }, 100);
    // Kill the broker at the next threshold this run crosses.
    const killer = (async () => {
      while (kills.length > 0 && copier.child.exitCode === null) {
        if (lastProgress >= kills[0]!) {
          kills.shift();
          await broker.kill9();
          await broker.restart();
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const code = await copier.exited;
    clearInterval(watch);
    await killer;
    aborted += copier.lines.filter((l) => l.startsWith('aborted ')).reduce((n, l) => n + Number(l.split(' ')[1]), 0);
    done = copier.lines.includes('done');
    if (!done) assert.equal(code, 3, `the copier failed unexpectedly: ${copier.lines.slice(-3).join(' | ')}`);
  }
  assert.equal(kills.length, 0, 'every planned broker kill happened');
  t.diagnostic(`copier started ${starts} times, ${aborted} records copied in aborted transactions`);
  const verify = await runJavaOk('EosCopier', ['verify', broker.bootstrap, 'copy-in', 'copy-out', String(PARTITIONS)], { timeoutMs: 300_000 });
  const rows = verify.trim().split('\n');
  for (let p = 0; p < PARTITIONS; p++) {
    assert.ok(rows.includes(`partition ${p} in=${RECORDS / PARTITIONS} out=${RECORDS / PARTITIONS} equal=true`), `partition ${p}: ${verify}`);
  }
  const uncommitted = Number(/uncommitted (\d+)/.exec(verify)![1]);
  assert.ok(aborted > 0, 'some transactions were aborted');
  assert.ok(uncommitted >= RECORDS + aborted, `read_uncommitted sees the ${aborted} aborted copies too (${uncommitted})`);
});

test('zombie fencing: a paused producer whose twin committed is fenced when it resumes, and nothing it writes after shows', { timeout: 180_000 }, async () => {
  const a = java('EosCopier', ['zombie', broker.bootstrap, 'zombie', 'zombie-tx', 'a']);
  try {
    await a.waitFor(/^committed 3$/, 60_000);
    a.child.kill('SIGSTOP');
    const before = a.lines.filter((l) => l.startsWith('committed ')).map((l) => Number(l.split(' ')[1]));
    const lastBefore = Math.max(...before);
    const b = java('EosCopier', ['zombie', broker.bootstrap, 'zombie', 'zombie-tx', 'b']);
    await b.waitFor(/^committed 0$/, 60_000);
    b.child.kill('SIGKILL');
    await b.exited;
    a.child.kill('SIGCONT');
    const fenced = await a.waitFor(/^fenced (\w+)/, 60_000);
    assert.match(fenced[1]!, /ProducerFenced|InvalidProducerEpoch/);
    const dump = await runJavaOk('EosCopier', ['dump', broker.bootstrap, 'zombie', 'read_committed'], { timeoutMs: 60_000 });
    const values = /values (.*)/.exec(dump)![1]!.split(',');
    const fromA = values.filter((v) => v.startsWith('a')).map((v) => Number(v.slice(1)));
    for (const i of before) assert.ok(fromA.includes(i), `a${i} was committed before the pause`);
    // The transaction in flight at the pause may have committed just before it; nothing later.
    assert.ok(fromA.every((i) => i <= lastBefore + 1), `writes of the fenced producer became visible: ${fromA}`);
    assert.ok(values.includes('b0'), 'the twin committed');
  } finally {
    a.child.kill('SIGKILL');
  }
});

test('a transaction left open past transaction.timeout.ms is aborted by the coordinator', { timeout: 120_000 }, async () => {
  const hang = java('TransactionsClient', ['hang', broker.bootstrap, 'timeout-topic', 'timeout-tx', '2000']);
  try {
    const offset = (await hang.waitFor(/^open (\d+)/, 60_000))[1]!;
    const open = async () => {
      const text = await runJavaOk(KafkaTool.transactions, ['--bootstrap-server', broker.bootstrap, 'describe-producers', '--topic', 'timeout-topic', '--partition', '0'], { timeoutMs: 60_000 });
      return text.trim().split('\n').slice(1).map((l) => l.split('\t').map((c) => c.trim()).at(-1));
    };
    assert.deepEqual(await open(), [offset]);
    let now = await open();
    for (let i = 0; i < 30 && now.includes(offset); i++) {
      await new Promise((r) => setTimeout(r, 500));
      now = await open();
    }
    assert.deepEqual(now, ['None'], 'the coordinator aborted the hanging transaction');
    const describe = await runJavaOk(KafkaTool.transactions, ['--bootstrap-server', broker.bootstrap, 'describe', '--transactional-id', 'timeout-tx'], { timeoutMs: 60_000 });
    assert.match(describe, /CompleteAbort/, describe);
  } finally {
    hang.child.kill('SIGKILL');
  }
});
