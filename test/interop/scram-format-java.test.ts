/**
 * Interop: the first SCRAM user made before the broker's first start (`samsa broker format
 * --add-scram`, as `kafka-storage.sh format --add-scram` does for Kafka), then Kafka's own
 * kafka-topics.sh logging in with it over SASL_PLAINTEXT (SCRAM-SHA-256) and, as that admin,
 * kafka-configs.sh adding a second user over the same listener, who logs in with SCRAM-SHA-512.
 * Samsa only: the format command is Samsa's. Needs java 17+ and the jars (test/interop/java).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { freePort } from './free-port.ts';
import { KafkaTool, runJava, runJavaOk } from './java-tools.ts';
import { startSamsaBroker, type SamsaBroker } from './samsa-broker.ts';

const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
let dir: string;
let broker: SamsaBroker;
let sasl: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'samsa-scram-format-'));
  const f = spawnSync(process.execPath, ['--import', 'tsx', MAIN, 'broker', 'format', '--override', `log.dirs=${dir}`, '--add-scram', 'SCRAM-SHA-256=[name=admin,iterations=8192,password=admin-secret]'], { encoding: 'utf8' });
  assert.equal(f.status, 0, f.stderr);
  const port = await freePort();
  sasl = `127.0.0.1:${port}`;
  broker = await startSamsaBroker({
    dataDir: dir,
    extraListeners: [{ name: 'SASL_PLAINTEXT', protocol: 'SASL_PLAINTEXT', port }],
    properties: { 'listener.name.sasl_plaintext.sasl.enabled.mechanisms': 'SCRAM-SHA-256,SCRAM-SHA-512' },
  });
});
after(async () => {
  await broker?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function clientConfig(mechanism: string, user: string, password: string): string {
  const file = join(dir, `client-${user}-${password}.properties`);
  writeFileSync(file, ['security.protocol=SASL_PLAINTEXT', `sasl.mechanism=${mechanism}`, `sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="${user}" password="${password}";`].join('\n') + '\n');
  return file;
}

test('the formatted admin logs in with kafka-topics.sh; a wrong password is refused', async () => {
  const admin = clientConfig('SCRAM-SHA-256', 'admin', 'admin-secret');
  await runJavaOk(KafkaTool.topics, ['--bootstrap-server', sasl, '--create', '--topic', 'formatted', '--partitions', '1', '--command-config', admin], { timeoutMs: 90_000 });
  assert.ok((await runJavaOk(KafkaTool.topics, ['--bootstrap-server', sasl, '--list', '--command-config', admin], { timeoutMs: 90_000 })).split('\n').includes('formatted'));
  const wrong = await runJava(KafkaTool.topics, ['--bootstrap-server', sasl, '--list', '--command-config', clientConfig('SCRAM-SHA-256', 'admin', 'nope')], { timeoutMs: 90_000 });
  assert.notEqual(wrong.code, 0);
  assert.match(wrong.stdout + wrong.stderr, /SaslAuthenticationException.*invalid credentials/);
});

test('the admin adds a SCRAM-SHA-512 user over SASL with kafka-configs.sh, who then logs in', async () => {
  const admin = clientConfig('SCRAM-SHA-256', 'admin', 'admin-secret');
  await runJavaOk(KafkaTool.configs, ['--bootstrap-server', sasl, '--command-config', admin, '--alter', '--add-config', 'SCRAM-SHA-512=[password=carol-secret]', '--entity-type', 'users', '--entity-name', 'carol'], { timeoutMs: 90_000 });
  const carol = clientConfig('SCRAM-SHA-512', 'carol', 'carol-secret');
  assert.ok((await runJavaOk(KafkaTool.topics, ['--bootstrap-server', sasl, '--list', '--command-config', carol], { timeoutMs: 90_000 })).split('\n').includes('formatted'));
  // Carol has no SCRAM-SHA-256 credential: that mechanism refuses her.
  const other = await runJava(KafkaTool.topics, ['--bootstrap-server', sasl, '--list', '--command-config', clientConfig('SCRAM-SHA-256', 'carol', 'carol-secret')], { timeoutMs: 90_000 });
  assert.notEqual(other.code, 0);
});
