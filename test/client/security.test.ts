/**
 * The client's TLS and SASL options against an in-process broker: produce and read back over SSL
 * with a client certificate (mTLS), SASL_SSL and SASL_PLAINTEXT with PLAIN; a wrong password is a
 * non-retriable SASL_AUTHENTICATION_FAILED with the broker's message; with connections.max.reauth.ms
 * the client re-authenticates on its own and keeps its connection past the session lifetime.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { Admin } from '../../src/client/admin.ts';
import type { ClusterOptions } from '../../src/client/cluster.ts';
import { KafkaError } from '../../src/client/kafka-error.ts';
import { Producer } from '../../src/client/producer.ts';
import { makeTestCerts, type TestCerts } from '../security/certs.ts';
import { startTestBroker, type TestBroker } from '../broker/broker-harness.ts';
import { readAll, uniqueTopic } from './scenarios.ts';

let tb: TestBroker;
let certs: TestCerts;
const port = (l: string): number => tb.broker.boundAddressesOf(l)![0]!.port;
const PLAIN = { mechanism: 'PLAIN' as const, username: 'alice', password: 'alice-secret' };

before(async () => {
  certs = makeTestCerts();
  tb = await startTestBroker({
    listeners: 'PLAINTEXT://127.0.0.1:0,SSL://127.0.0.1:0,SASL_SSL://127.0.0.1:0,SASL_PLAINTEXT://127.0.0.1:0',
    'ssl.keystore.type': 'PEM',
    'ssl.keystore.location': certs.serverPem,
    'listener.name.ssl.ssl.client.auth': 'required',
    'listener.name.ssl.ssl.truststore.type': 'PEM',
    'listener.name.ssl.ssl.truststore.location': certs.caPem,
    'sasl.enabled.mechanisms': 'PLAIN',
    'sasl.jaas.config': 'org.apache.kafka.common.security.plain.PlainLoginModule required user_alice="alice-secret";',
    'connections.max.reauth.ms': 1500,
  });
});
after(() => tb.close());

async function roundTrip(listener: string, security: Pick<ClusterOptions, 'tls' | 'sasl'>): Promise<void> {
  const bootstrap = `127.0.0.1:${port(listener)}`;
  const topic = uniqueTopic('sec');
  const admin = new Admin({ bootstrap, ...security });
  try {
    await admin.createTopics([{ name: topic, partitions: 1, replicationFactor: 1 }]);
  } finally {
    await admin.close();
  }
  const producer = new Producer({ bootstrap, ...security });
  try {
    for (let i = 0; i < 20; i++) await producer.send({ topic, partition: 0, value: Buffer.from(`v${i}`) });
  } finally {
    await producer.close();
  }
  const got = await readAll(bootstrap, topic, [0], 20, 15_000, 'read_uncommitted', security);
  assert.deepEqual(got.map((r) => r.value?.toString()), Array.from({ length: 20 }, (_, i) => `v${i}`));
}

test('SSL with a client certificate (mTLS)', async () => {
  const alice = certs.client('alice', '/O=Samsa Test/CN=alice');
  await roundTrip('SSL', { tls: { ca: readFileSync(certs.caPem), key: readFileSync(alice.key), cert: readFileSync(alice.cert) } });
});

test('SASL_SSL with PLAIN', async () => {
  await roundTrip('SASL_SSL', { tls: { ca: readFileSync(certs.caPem) }, sasl: PLAIN });
});

test('SASL_PLAINTEXT with PLAIN', async () => {
  await roundTrip('SASL_PLAINTEXT', { sasl: PLAIN });
});

test('a wrong password is SASL_AUTHENTICATION_FAILED with the broker\'s message, not retried', async () => {
  const admin = new Admin({ bootstrap: `127.0.0.1:${port('SASL_PLAINTEXT')}`, sasl: { ...PLAIN, password: 'nope' }, retries: 0 });
  try {
    await assert.rejects(admin.listTopics(), (e: unknown) => e instanceof KafkaError && e.type === 'SASL_AUTHENTICATION_FAILED' && /Invalid username or password/.test(e.message));
  } finally {
    await admin.close();
  }
});

test('the client re-authenticates before the session lifetime ends and keeps its connection', async () => {
  const admin = new Admin({ bootstrap: `127.0.0.1:${port('SASL_PLAINTEXT')}`, sasl: PLAIN });
  try {
    await admin.listTopics();
    const closedBefore = tb.logLines.filter((l) => l.includes('SASL session expired')).length;
    for (let i = 0; i < 8; i++) {
      await new Promise((r) => setTimeout(r, 500));
      await admin.listTopics();
    }
    assert.equal(tb.logLines.filter((l) => l.includes('SASL session expired')).length, closedBefore, 'a connection outlived its session');
  } finally {
    await admin.close();
  }
});
