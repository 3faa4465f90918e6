/**
 * The README's "A secured broker, step by step" run as written: openssl makes the certificates,
 * `samsa broker format --add-scram` the first users, `samsa broker start --config secured.properties`
 * a SASL_SSL broker with SCRAM-SHA-512 and the StandardAuthorizer, admin creates a topic and
 * alice's ACLs with the CLI, alice produces and consumes and is refused another topic, and a Kafka
 * tool with a client.properties connects too. Only the port (a free one instead of 9094) and the
 * working folder differ from the README. Needs openssl and java (for the Kafka tool).
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { freePort } from '../interop/free-port.ts';
import { KafkaTool, runJava } from '../interop/java-tools.ts';
import { runOk } from '../interop/run-process.ts';

const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
/** tsx by absolute URL: the commands run in a temporary folder, outside this package. */
const TSX = import.meta.resolve('tsx');
const README = fileURLToPath(new URL('../../README.md', import.meta.url));
let dir: string;
let port: number;
let broker: ChildProcess | null = null;

/** The fenced code blocks of the README's step-by-step section, in order. */
function readmeBlocks(): string[] {
  const text = readFileSync(README, 'utf8');
  const start = text.indexOf('### A secured broker, step by step');
  const end = text.indexOf('\n## ', start);
  assert.ok(start >= 0 && end > start, 'the README has its secured set-up section');
  return [...text.slice(start, end).matchAll(/```[a-z]*\n([\s\S]*?)```/g)].map((m) => m[1]!.replace(/^ {3}/gm, ''));
}

/** Runs one README shell block with `npx samsa` pointing at this checkout and the port replaced. */
function sh(block: string, input = ''): Promise<string> {
  const script = block.replaceAll('npx samsa', `${process.execPath} --import ${TSX} ${MAIN}`).replaceAll(':9094', `:${port}`);
  return runOk('sh', ['-ec', script], { input, timeoutMs: 120_000, env: { ...process.env, SAMSA_LOG_LEVEL: 'warn' }, cwd: dir });
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'samsa-secured-'));
  port = await freePort();
});
after(async () => {
  broker?.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  rmSync(dir, { recursive: true, force: true });
});

test('the README secured set-up works as written', async () => {
  const [certs, props, start, admin, alice] = readmeBlocks();
  assert.ok(certs && props && start && admin && alice, 'five blocks: certificates, properties, start, admin, alice');
  await sh(certs);
  writeFileSync(join(dir, 'secured.properties'), props.replaceAll(':9094', `:${port}`));
  // Step 3: format (waits), then the broker in the background until it listens.
  const [format, run] = start.split(/\n(?=npx samsa broker start)/);
  await sh(format!);
  const startCmd = run!.trim().replace('npx samsa', '').trim().split(/\s+/);
  broker = spawn(process.execPath, ['--import', TSX, MAIN, ...startCmd], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  broker.stdout!.on('data', (b: Buffer) => (out += b));
  broker.stderr!.on('data', (b: Buffer) => (out += b));
  for (let i = 0; i < 100 && !out.includes('broker started'); i++) await new Promise((r) => setTimeout(r, 200));
  assert.match(out, /broker started/, out.slice(-2000));
  // Step 4: admin makes the topic and alice's ACLs.
  const adminOut = await sh(admin);
  assert.match(adminOut, /orders/);
  // Step 5: alice writes and reads; the consume line prints the record.
  const [aliceEnv, produce, consume] = alice.trim().split('\n');
  await sh(`${aliceEnv}\n${produce}`);
  const read = await sh(`${aliceEnv}\n${consume}`);
  assert.match(read, /hello/);
  // Alice may not touch another topic.
  const denied = await sh(`${aliceEnv}\nnpx samsa topic create other $ALICE 2>&1 || true`);
  assert.match(denied, /TOPIC_AUTHORIZATION_FAILED|CLUSTER_AUTHORIZATION_FAILED/);
  // A Kafka tool with the client.properties the README describes.
  writeFileSync(
    join(dir, 'client.properties'),
    [
      'security.protocol=SASL_SSL',
      'ssl.truststore.type=PEM',
      `ssl.truststore.location=${join(dir, 'ca.crt')}`,
      'sasl.mechanism=SCRAM-SHA-512',
      'sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="alice" password="alice-secret";',
    ].join('\n') + '\n',
  );
  const tool = await runJava(KafkaTool.topics, ['--bootstrap-server', `localhost:${port}`, '--list', '--command-config', join(dir, 'client.properties')], { timeoutMs: 60_000 });
  assert.equal(tool.code, 0, tool.stderr);
  assert.deepEqual(tool.stdout.split('\n').filter((l) => l !== ''), ['orders'], 'alice sees only the topic she may describe');
});
