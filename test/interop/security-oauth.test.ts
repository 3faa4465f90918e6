/**
 * Interop (issue 13): SASL OAUTHBEARER with the Java client and librdkafka against the broker under
 * test (Samsa, or Kafka 4.4 with SAMSA_INTEROP_TARGET=kafka, configured alike):
 * - a listener with Kafka's unsecured validator (the development set-up): the Java client's
 *   unsecured login module, librdkafka's enable.sasl.oauthbearer.unsecure.jwt (Debian's kcat and the
 *   current PyPI librdkafka);
 * - a listener validating JWTs against a JWKS file (OAuthBearerValidatorCallbackHandler): the Java
 *   client with a signed token from a file token endpoint; an expired or foreign-signed token is an
 *   authentication error.
 */
import assert from 'node:assert/strict';
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { Kafka, logLevel } from 'kafkajs';
import { CURRENT_LIBRDKAFKA_PYTHON } from './current-librdkafka.ts';
import { freePort } from './free-port.ts';
import { compileJavaPrograms, KafkaTool, runJava, runJavaOk } from './java-tools.ts';
import { requireTool, runOk } from './run-process.ts';
import { startTarget, type InteropBroker } from './target.ts';

const COUNT = 20;
let broker: InteropBroker;
let dir: string;
let key: KeyObject;
let jwksUrl: string;
const ports = { OAUTH: 0, JWT: 0 };

const b64 = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
const now = (): number => Math.floor(Date.now() / 1000);
function jwt(signer: KeyObject, claims: object): string {
  const head = `${b64({ alg: 'RS256', kid: 'k1', typ: 'JWT' })}.${b64(claims)}`;
  return `${head}.${sign('sha256', Buffer.from(head), signer).toString('base64url')}`;
}

before(async () => {
  requireTool('kcat', ['-V'], 'install kcat (apt-get install -y kcat)');
  compileJavaPrograms();
  dir = mkdtempSync(join(tmpdir(), 'samsa-oauth-'));
  const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
  key = pair.privateKey;
  const jwksFile = join(dir, 'jwks.json');
  writeFileSync(jwksFile, JSON.stringify({ keys: [{ ...pair.publicKey.export({ format: 'jwk' }), kid: 'k1', alg: 'RS256', use: 'sig' }] }));
  jwksUrl = pathToFileURL(jwksFile).href;
  ports.OAUTH = await freePort();
  ports.JWT = await freePort();
  broker = await startTarget(
    {
      'listener.name.oauth.sasl.enabled.mechanisms': 'OAUTHBEARER',
      'listener.name.oauth.oauthbearer.sasl.jaas.config': 'org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required unsecuredLoginStringClaim_sub="admin";',
      'listener.name.jwt.sasl.enabled.mechanisms': 'OAUTHBEARER',
      'listener.name.jwt.oauthbearer.sasl.jaas.config': 'org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required;',
      'listener.name.jwt.oauthbearer.sasl.server.callback.handler.class': 'org.apache.kafka.common.security.oauthbearer.OAuthBearerValidatorCallbackHandler',
      'listener.name.jwt.oauthbearer.sasl.oauthbearer.jwks.endpoint.url': jwksUrl,
      'listener.name.jwt.oauthbearer.sasl.oauthbearer.expected.audience': 'samsa',
      'listener.name.jwt.oauthbearer.sasl.oauthbearer.expected.issuer': 'https://issuer.test',
    },
    [
      { name: 'OAUTH', protocol: 'SASL_PLAINTEXT', port: ports.OAUTH },
      { name: 'JWT', protocol: 'SASL_PLAINTEXT', port: ports.JWT },
    ],
    [`-Dorg.apache.kafka.sasl.oauthbearer.allowed.urls=${jwksUrl}`],
  );
});
after(async () => {
  await broker?.stop();
});

async function createTopic(topic: string): Promise<void> {
  const admin = new Kafka({ clientId: 'oauth-admin', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
  } finally {
    await admin.disconnect();
  }
}

const expected = (topic: string): string[] => Array.from({ length: COUNT }, (_, i) => `${topic}-${i}`);

/** Console producer + consumer of the Java client with `lines` as the client config; returns what was read. */
async function javaRoundTrip(port: number, topic: string, lines: string[], jvmArgs: string[] = []): Promise<string[]> {
  const config = join(dir, `${topic}.properties`);
  writeFileSync(config, ['security.protocol=SASL_PLAINTEXT', 'sasl.mechanism=OAUTHBEARER', ...lines].join('\n') + '\n');
  const bootstrap = `127.0.0.1:${port}`;
  await runJavaOk(KafkaTool.consoleProducer, ['--bootstrap-server', bootstrap, '--topic', topic, '--command-config', config], { input: expected(topic).join('\n') + '\n', timeoutMs: 90_000, jvmArgs });
  const out = await runJavaOk(KafkaTool.consoleConsumer, ['--bootstrap-server', bootstrap, '--topic', topic, '--from-beginning', '--max-messages', String(COUNT), '--timeout-ms', '30000', '--command-config', config], { timeoutMs: 90_000, jvmArgs });
  return out.split('\n').filter((l) => l !== '');
}

test('Java client, unsecured OAUTHBEARER (development set-up): produce and read back', async () => {
  const topic = 'oauth-java-unsecured';
  await createTopic(topic);
  const got = await javaRoundTrip(ports.OAUTH, topic, ['sasl.jaas.config=org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required unsecuredLoginStringClaim_sub="alice";']);
  assert.deepEqual(got, expected(topic));
});

const librdkafkaUnsecured = { 'security.protocol': 'SASL_PLAINTEXT', 'sasl.mechanisms': 'OAUTHBEARER', 'enable.sasl.oauthbearer.unsecure.jwt': 'true', 'sasl.oauthbearer.config': 'principal=alice' };

test('kcat (Debian librdkafka), unsecured OAUTHBEARER: produce and read back', async () => {
  const topic = 'oauth-kcat-unsecured';
  await createTopic(topic);
  const x = Object.entries(librdkafkaUnsecured).flatMap(([k, v]) => ['-X', `${k}=${v}`]);
  const bootstrap = `127.0.0.1:${ports.OAUTH}`;
  await runOk('kcat', ['-P', '-b', bootstrap, '-t', topic, '-p', '0', ...x], { input: expected(topic).join('\n') + '\n', timeoutMs: 60_000 });
  const out = await runOk('kcat', ['-C', '-b', bootstrap, '-t', topic, '-o', 'beginning', '-e', '-q', '-c', String(COUNT), ...x], { timeoutMs: 60_000 });
  assert.deepEqual(out.split('\n').filter((l) => l !== ''), expected(topic));
});

test('confluent-kafka-python (current librdkafka), unsecured OAUTHBEARER: produce and read back', async () => {
  const topic = 'oauth-confluent-unsecured';
  await createTopic(topic);
  const script = new URL('./python/secure_client.py', import.meta.url).pathname;
  const out = await runOk(CURRENT_LIBRDKAFKA_PYTHON, [script, 'confluent', `127.0.0.1:${ports.OAUTH}`, topic, String(COUNT), JSON.stringify(librdkafkaUnsecured)], { timeoutMs: 90_000 });
  assert.deepEqual(out.split('\n').filter((l) => l !== '' && l !== 'done'), expected(topic));
});

/** The Java client's login from a token file (Kafka's file token endpoint). */
function jwtLogin(token: string, name: string): { lines: string[]; jvmArgs: string[] } {
  const file = join(dir, `${name}.jwt`);
  writeFileSync(file, token);
  const url = pathToFileURL(file).href;
  return {
    lines: [
      'sasl.jaas.config=org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required;',
      'sasl.login.callback.handler.class=org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginCallbackHandler',
      `sasl.oauthbearer.token.endpoint.url=${url}`,
    ],
    jvmArgs: [`-Dorg.apache.kafka.sasl.oauthbearer.allowed.urls=${url}`],
  };
}

const claims = (extra: object = {}): object => ({ sub: 'alice', iss: 'https://issuer.test', aud: 'samsa', iat: now(), exp: now() + 600, ...extra });

test('Java client, a JWT signed by the JWKS key: produce and read back', async () => {
  const topic = 'oauth-java-jwt';
  await createTopic(topic);
  const login = jwtLogin(jwt(key, claims()), 'good');
  assert.deepEqual(await javaRoundTrip(ports.JWT, topic, login.lines, login.jvmArgs), expected(topic));
});

test('Java client, a JWT signed by another key, or for another audience, is an authentication error', async () => {
  const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  for (const [name, token] of [['foreign', jwt(stranger, claims())], ['audience', jwt(key, claims({ aud: 'other' }))]] as const) {
    const login = jwtLogin(token, name);
    const config = join(dir, `bad-${name}.properties`);
    writeFileSync(config, ['security.protocol=SASL_PLAINTEXT', 'sasl.mechanism=OAUTHBEARER', ...login.lines].join('\n') + '\n');
    const r = await runJava(KafkaTool.topics, ['--bootstrap-server', `127.0.0.1:${ports.JWT}`, '--list', '--command-config', config], { timeoutMs: 60_000, jvmArgs: login.jvmArgs });
    assert.notEqual(r.code, 0, `${name}: the tool succeeded`);
    assert.match(r.stdout + r.stderr, /SaslAuthenticationException|Authentication failed|invalid/i, name);
  }
});
