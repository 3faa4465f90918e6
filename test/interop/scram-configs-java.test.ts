/**
 * Interop: SCRAM credential management with Kafka's own kafka-configs.sh (ConfigCommand, 4.4) —
 * add, describe, delete, and the errors it reports — against the broker under test (Samsa, or
 * Apache Kafka 4.4 itself with SAMSA_INTEROP_TARGET=kafka: the same assertions hold for both).
 * Needs java 17+ and the jars: see test/interop/java/pom.xml.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { KafkaTool, runJava, runJavaOk } from './java-tools.ts';
import { startTarget, type InteropBroker } from './target.ts';

let broker: InteropBroker;

before(async () => {
  broker = await startTarget();
});
after(async () => {
  await broker?.stop();
});

const configs = (args: string[]) => runJavaOk(KafkaTool.configs, ['--bootstrap-server', broker.bootstrap, ...args], { timeoutMs: 90_000 });
const user = (name: string) => ['--entity-type', 'users', '--entity-name', name];
const scramLines = (out: string) => out.split('\n').filter((l) => l.includes('SCRAM')).map((l) => l.trim());

test('kafka-configs: add SCRAM-SHA-256 and -512 credentials, describe them, delete one', async () => {
  const added = await configs([...user('alice'), '--alter', '--add-config', 'SCRAM-SHA-256=[iterations=8192,password=alice-secret]']);
  assert.match(added, /Completed updating config for user alice/);
  await configs([...user('alice'), '--alter', '--add-config', 'SCRAM-SHA-512=[password=alice-512]']);
  assert.deepEqual(scramLines(await configs([...user('alice'), '--describe'])), [
    "SCRAM credential configs for user-principal 'alice' are SCRAM-SHA-256=iterations=8192, SCRAM-SHA-512=iterations=4096",
  ]);
  await configs([...user('bob'), '--alter', '--add-config', 'SCRAM-SHA-512=[iterations=4096,password=bob-secret]']);
  const all = scramLines(await configs(['--entity-type', 'users', '--describe'])).sort();
  assert.deepEqual(all, [
    "SCRAM credential configs for user-principal 'alice' are SCRAM-SHA-256=iterations=8192, SCRAM-SHA-512=iterations=4096",
    "SCRAM credential configs for user-principal 'bob' are SCRAM-SHA-512=iterations=4096",
  ]);
  await configs([...user('alice'), '--alter', '--delete-config', 'SCRAM-SHA-256']);
  assert.deepEqual(scramLines(await configs([...user('alice'), '--describe'])), [
    "SCRAM credential configs for user-principal 'alice' are SCRAM-SHA-512=iterations=4096",
  ]);
});

test('kafka-configs: the broker refuses what Kafka refuses, with the same errors', async () => {
  const run = (args: string[]) => runJava(KafkaTool.configs, ['--bootstrap-server', broker.bootstrap, ...args], { timeoutMs: 90_000 });
  // The tool checks the minimum itself; the maximum is the broker's to check.
  const many = await run([...user('carol'), '--alter', '--add-config', 'SCRAM-SHA-256=[iterations=20000,password=x]']);
  assert.notEqual(many.code, 0);
  assert.match(many.stdout + many.stderr, /UnacceptableCredentialException: Too many iterations/);
  // Two mechanisms of one user in one request: Kafka refuses the user (ScramControlManager).
  const both = await run([...user('carol'), '--alter', '--add-config', 'SCRAM-SHA-256=[password=x],SCRAM-SHA-512=[password=y]']);
  assert.notEqual(both.code, 0);
  assert.match(both.stdout + both.stderr, /DuplicateResourceException: A user credential cannot be altered twice in the same request/);
  const missing = await runJava(KafkaTool.configs, ['--bootstrap-server', broker.bootstrap, ...user('carol'), '--alter', '--delete-config', 'SCRAM-SHA-512'], { timeoutMs: 90_000 });
  assert.notEqual(missing.code, 0);
  assert.match(missing.stdout + missing.stderr, /ResourceNotFoundException: Attempt to delete a user credential that does not exist/);
  // A user without credentials: nothing to show, and no error.
  const none = await runJava(KafkaTool.configs, ['--bootstrap-server', broker.bootstrap, ...user('carol'), '--describe'], { timeoutMs: 90_000 });
  assert.equal(none.code, 0, none.stderr);
  assert.deepEqual(scramLines(none.stdout), []);
});

test('credentials survive a broker restart', async () => {
  await configs([...user('dora'), '--alter', '--add-config', 'SCRAM-SHA-256=[iterations=4096,password=d]']);
  await broker.restart();
  assert.deepEqual(scramLines(await configs([...user('dora'), '--describe'])), ["SCRAM credential configs for user-principal 'dora' are SCRAM-SHA-256=iterations=4096"]);
});
