/**
 * Kafka Streams 4.4 (the Java library) with processing.guarantee=exactly_once_v2 (KIP-447) against
 * a real broker process (Samsa, or Kafka itself with SAMSA_INTEROP_TARGET=kafka), issue 12:
 * a word count over a known corpus, the broker killed with -9 in the middle of processing (twice)
 * and started again on the same data each time. Streams rides it out by itself, and a read_committed consumer of
 * the output then sees, for each word, the updates 1, 2, ..., n exactly (the app runs without a
 * record cache, so each input word gives one update): the last one is the exact count, and a
 * double-processed record would show as a repeated or lower count.
 *
 * What Streams asks of the broker on the way: its internal topics (a repartition topic and the
 * store's compacted changelog) through CreateTopics, transactions with consumer-group offsets
 * (TxnOffsetCommit), OffsetFetch with require_stable, fencing on rebalance, DeleteRecords on the
 * repartition topic. Needs java 17+ and the Maven jars (test/interop/java/pom.xml; the test
 * set-up installs them). The program is java/src/StreamsWordCount.java.
 * STREAMS_EOS_DEBUG=<file> writes the app's full stderr there (and the watcher's to <file>.watcher)
 * and prints the progress timeline even when the test passes.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { compileJavaPrograms, KafkaTool, runJava, runJavaOk, startJava, type RunningJava } from './java-tools.ts';
import { startTarget, type InteropBroker } from './target.ts';

const LINES = 20_000;
const VOCABULARY = 'alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu'.split(' ');
const APP = 'wc-app';
const IN = 'wc-in';
const OUT = 'wc-out';

let broker: InteropBroker;
let stateDir: string;

before(async () => {
  compileJavaPrograms();
  stateDir = mkdtempSync(join(tmpdir(), 'samsa-streams-'));
  broker = await startTarget({
    'transaction.state.log.num.partitions': '3',
    'offsets.topic.num.partitions': '3',
    'group.initial.rebalance.delay.ms': '0',
    'transaction.abort.timed.out.transaction.cleanup.interval.ms': '500',
  });
});
after(async () => {
  await broker?.stop();
  if (stateDir) rmSync(stateDir, { recursive: true, force: true });
});

/** The corpus: LINES lines of 1-5 words of VOCABULARY, the same every run (mulberry32, seed 12). */
function corpus(): { lines: string[]; counts: Map<string, number>; words: number } {
  let s = 12;
  const random = () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const lines: string[] = [];
  const counts = new Map<string, number>();
  let words = 0;
  for (let i = 0; i < LINES; i++) {
    const line: string[] = [];
    for (let n = 1 + Math.floor(random() * 5); n > 0; n--) {
      const w = VOCABULARY[Math.floor(random() * VOCABULARY.length)]!;
      line.push(w);
      counts.set(w, (counts.get(w) ?? 0) + 1);
      words++;
    }
    lines.push(line.join(' '));
  }
  return { lines, counts, words };
}

/** The last "seen <n>" the watcher printed: input words whose count update is committed. */
function seen(watcher: RunningJava): number {
  for (let i = watcher.lines.length - 1; i >= 0; i--) {
    const m = /^seen (\d+)/.exec(watcher.lines[i]!);
    if (m) return Number(m[1]);
  }
  return 0;
}

async function until(what: string, ms: number, ok: () => boolean): Promise<void> {
  const deadline = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** "<partition> <word> <count>" lines of a dump, as word -> its counts in offset order. */
function parseDump(text: string): { perWord: Map<string, number[]>; records: number } {
  const perWord = new Map<string, number[]>();
  let records = -1;
  for (const line of text.split('\n')) {
    const f = line.split(' ');
    if (f[0] === 'end') records = Number(f[1]);
    else if (f.length === 3) {
      const list = perWord.get(f[1]!) ?? [];
      list.push(Number(f[2]));
      perWord.set(f[1]!, list);
    }
  }
  assert.ok(records >= 0, `the dump did not finish: ${text.slice(-500)}`);
  return { perWord, records };
}

/** The last "processed <n>" the app printed: count updates made, reprocessed ones included. */
function processed(app: RunningJava): number {
  for (let i = app.lines.length - 1; i >= 0; i--) {
    const m = /^processed (\d+)/.exec(app.lines[i]!);
    if (m) return Number(m[1]);
  }
  return 0;
}

/** What the app, the watcher and the broker say, for a failure message. */
async function diagnostics(app: RunningJava | undefined, watcher: RunningJava | undefined, timeline: string[]): Promise<string> {
  const parts = [
    `progress (s: committed/processed): ${timeline.join(' ')}`,
    `app stdout: ${app?.lines.slice(-15).join('\n  ')}`,
    `app stderr: ${app?.stderrTail().slice(-3000)}`,
    `watcher: ${watcher?.lines.at(-1)}; stderr: ${watcher?.stderrTail().slice(-1000)}`,
  ];
  for (const [cls, args] of [
    [KafkaTool.consumerGroups, ['--describe', '--group', APP]],
    [KafkaTool.transactions, ['list']],
  ] as const) {
    const r = await runJava(cls, ['--bootstrap-server', broker.bootstrap, ...args], { timeoutMs: 30_000 }).catch((e: Error) => ({ stdout: '', stderr: e.message }));
    parts.push(`${cls} ${args.join(' ')}: ${r.stdout.slice(-2000)} ${r.stderr.slice(-1000)}`);
  }
  return parts.join('\n');
}

test(`Kafka Streams exactly_once_v2 word count of ${LINES} lines, broker killed with -9 twice mid-way: read_committed counts are exact, each word's updates 1..n`, { timeout: 300_000 }, async (t) => {
  const started = Date.now();
  const { lines, counts, words } = corpus();
  const produced = await runJavaOk('StreamsWordCount', ['produce', broker.bootstrap, IN, '3', OUT, '3'], { input: lines.join('\n') + '\n', timeoutMs: 90_000 });
  assert.match(produced, new RegExp(`produced ${LINES}\\b`));

  let app: RunningJava | undefined;
  let watcher: RunningJava | undefined;
  const timeline: string[] = [];
  const sampler = setInterval(() => {
    if (app && watcher) timeline.push(`${Math.round((Date.now() - started) / 1000)}:${seen(watcher)}/${processed(app)}`);
  }, 2000);
  try {
    watcher = startJava('StreamsWordCount', ['watch', broker.bootstrap, OUT], { stderrTailBytes: process.env.STREAMS_EOS_DEBUG ? 4 << 20 : 8192 });
    app = startJava('StreamsWordCount', ['run', broker.bootstrap, APP, IN, OUT, stateDir, '2'], { jvmArgs: ['-Xmx384m'], stderrTailBytes: process.env.STREAMS_EOS_DEBUG ? 4 << 20 : 8192 });
    await app.waitFor(/^state \S+ -> RUNNING$/, 90_000);
    const running = Date.now();
    // Kill while processing goes on (some but not all of the input committed): a transaction is then
    // open or about to be. Twice: at a third, back after 1 s (the open transaction can go on), and
    // at two thirds, back after 12 s: longer than Streams' transaction.timeout.ms (10 s under EOS),
    // so the coordinator aborts the open transaction when it is back, the producer is fenced and
    // Streams rebalances and goes on from the last commit.
    const kills: number[] = [];
    let restarted = 0;
    for (const [share, downMs] of [[1 / 3, 1000], [2 / 3, 12_000]] as const) {
      await until(`${Math.round(share * 100)}% of the ${words} words committed (seen ${seen(watcher)})`, 90_000, () => seen(watcher!) >= words * share);
      kills.push(seen(watcher));
      const t0 = Date.now();
      assert.ok(kills.at(-1)! < words, `Streams committed all ${words} words before the kill: make the corpus larger`);
      await broker.kill9();
      await new Promise((r) => setTimeout(r, downMs));
      await broker.restart();
      restarted = Date.now();
      t.diagnostic(`killed at ${kills.at(-1)} words committed; back after ${restarted - t0} ms, ${seen(watcher)} committed then`);
    }
    await until(`all ${words} words committed after the restart (seen ${seen(watcher)})`, 120_000, () => seen(watcher!) >= words);
    t.diagnostic(`RUNNING after ${((running - started) / 1000).toFixed(1)} s; killed at ${kills.join(' and ')} of ${words} words; all committed ${((Date.now() - restarted) / 1000).toFixed(1)} s after the restart`);
    assert.equal(seen(watcher), words, 'the watcher counted no more words than the input has');
    const uncaught = app.lines.filter((l) => l.startsWith('uncaught '));
    t.diagnostic(`stream threads replaced after an uncaught exception: ${uncaught.length}${uncaught.length ? ` (${uncaught[0]})` : ''}`);
    t.diagnostic(`app states: ${app.lines.filter((l) => l.startsWith('state ')).map((l) => l.slice(6)).join(', ')}`);
    if (process.env.STREAMS_EOS_DEBUG) {
      t.diagnostic(`progress (s: committed/processed): ${timeline.join(' ')}`);
      writeFileSync(process.env.STREAMS_EOS_DEBUG, app.stderrTail());
      writeFileSync(`${process.env.STREAMS_EOS_DEBUG}.watcher`, watcher.stderrTail());
    }
  } catch (e) {
    throw new Error(`${(e as Error).message}\n${await diagnostics(app, watcher, timeline)}`);
  } finally {
    clearInterval(sampler);
    const closing = Date.now();
    await app?.end(40_000);
    await watcher?.end(5_000);
    t.diagnostic(`app and watcher closed in ${Date.now() - closing} ms`);
  }
  assert.ok(app!.lines.includes('closed'), `the app closed cleanly: ${app!.lines.slice(-5).join(' | ')}`);

  const committed = parseDump(await runJavaOk('StreamsWordCount', ['dump', broker.bootstrap, OUT, 'read_committed'], { timeoutMs: 120_000 }));
  assert.deepEqual([...committed.perWord.keys()].sort(), [...counts.keys()].sort(), 'every word and no other has counts');
  for (const [word, expected] of counts) {
    const got = committed.perWord.get(word)!;
    assert.equal(got.at(-1), expected, `${word}: last committed count`);
    const bad = got.findIndex((c, i) => i > 0 && c <= got[i - 1]!);
    assert.equal(bad, -1, `${word}: committed counts go ${got.slice(Math.max(0, bad - 3), bad + 3).join(', ')} at update ${bad} (a record processed twice became visible)`);
    assert.ok(got.every((c, i) => c === i + 1), `${word}: committed updates are exactly 1..${expected}`);
  }
  assert.equal(committed.records, words);

  const uncommitted = parseDump(await runJavaOk('StreamsWordCount', ['dump', broker.bootstrap, OUT, 'read_uncommitted'], { timeoutMs: 120_000 }));
  t.diagnostic(`read_committed: ${committed.records} updates; read_uncommitted: ${uncommitted.records} (${uncommitted.records - committed.records} from aborted transactions); total ${((Date.now() - started) / 1000).toFixed(1)} s`);
  assert.ok(uncommitted.records >= committed.records);
});
