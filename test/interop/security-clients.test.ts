/**
 * Interop (issue 13): every client stack over the three secured set-ups a Kafka user configures —
 * SASL_SSL with SCRAM-SHA-512, SSL with mutual TLS, SASL_PLAINTEXT with PLAIN — against the broker
 * under test (Samsa, or Apache Kafka 4.4 with SAMSA_INTEROP_TARGET=kafka, configured the same way).
 * Each client produces records over the secured listener and reads them back; wrong credentials get
 * the client's authentication error. SCRAM users are created with kafka-configs.sh over the
 * PLAINTEXT listener, as a Kafka operator does. Needs openssl, java, kcat and the Debian Python
 * clients (see test/interop/README.md).
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { Kafka, logLevel, type KafkaConfig } from 'kafkajs';
import { Consumer as PConsumer, Producer as PProducer, stringSerializers, stringDeserializers } from '@platformatic/kafka';
import { makeTestCerts, type TestCerts } from '../security/certs.ts';
import { freePort } from './free-port.ts';
import { compileJavaPrograms, KafkaTool, runJava, runJavaOk } from './java-tools.ts';
import { PYTHON, requireTool, runOk, runProcess } from './run-process.ts';
import { startTarget, type InteropBroker } from './target.ts';
import { CURRENT_LIBRDKAFKA_PYTHON } from './current-librdkafka.ts';

const COUNT = 50;
type Setup = 'SASL_SSL' | 'SSL' | 'SASL_PLAINTEXT';
const SETUPS: Setup[] = ['SASL_SSL', 'SSL', 'SASL_PLAINTEXT'];
const MECHANISM: Record<Setup, string | null> = { SASL_SSL: 'SCRAM-SHA-512', SSL: null, SASL_PLAINTEXT: 'PLAIN' };
const USER = 'alice';
const PASSWORD = 'alice-secret';

let broker: InteropBroker;
let certs: TestCerts;
let client: { key: string; cert: string; pem: string };
const ports = {} as Record<Setup, number>;
let reauthPort = 0;

before(async () => {
  requireTool('kcat', ['-V'], 'install kcat (apt-get install -y kcat)');
  requireTool(PYTHON, ['-c', 'import confluent_kafka, kafka'], 'install the Debian Python clients (apt-get install -y python3-confluent-kafka python3-kafka)');
  requireTool(CURRENT_LIBRDKAFKA_PYTHON, ['-c', 'import confluent_kafka'], 'run the test set-up (node tools/test-setup.mjs) to make the current-librdkafka venv');
  compileJavaPrograms();
  certs = makeTestCerts();
  client = certs.client('alice', '/O=Samsa Test/OU=eng/CN=alice');
  for (const s of SETUPS) ports[s] = await freePort();
  reauthPort = await freePort();
  broker = await startTarget(
    {
      'ssl.keystore.type': 'PEM',
      'ssl.keystore.location': certs.serverPem,
      'listener.name.ssl.ssl.client.auth': 'required',
      'listener.name.ssl.ssl.truststore.type': 'PEM',
      'listener.name.ssl.ssl.truststore.location': certs.caPem,
      'listener.name.sasl_ssl.sasl.enabled.mechanisms': 'SCRAM-SHA-512',
      'listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config': 'org.apache.kafka.common.security.scram.ScramLoginModule required;',
      'listener.name.sasl_plaintext.sasl.enabled.mechanisms': 'PLAIN',
      'listener.name.sasl_plaintext.plain.sasl.jaas.config': `org.apache.kafka.common.security.plain.PlainLoginModule required user_${USER}="${PASSWORD}";`,
      // A listener whose SASL sessions last 1.5 s (KIP-368): clients must re-authenticate.
      'listener.name.reauth.sasl.enabled.mechanisms': 'PLAIN',
      'listener.name.reauth.plain.sasl.jaas.config': `org.apache.kafka.common.security.plain.PlainLoginModule required user_${USER}="${PASSWORD}";`,
      'listener.name.reauth.connections.max.reauth.ms': '1500',
    },
    [...SETUPS.map((s) => ({ name: s, protocol: s, port: ports[s] })), { name: 'REAUTH', protocol: 'SASL_PLAINTEXT' as const, port: reauthPort }],
  );
  // SCRAM credentials, as an operator adds them (AlterUserScramCredentials, KIP-554).
  await runJavaOk(KafkaTool.configs, ['--bootstrap-server', broker.bootstrap, '--alter', '--add-config', `SCRAM-SHA-512=[iterations=8192,password=${PASSWORD}]`, '--entity-type', 'users', '--entity-name', USER], { timeoutMs: 60_000 });
});
after(async () => {
  await broker?.stop();
});

const bootstrap = (s: Setup): string => `127.0.0.1:${ports[s]}`;

/** librdkafka's properties for a set-up (kcat -X, confluent-kafka). */
function librdkafkaConfig(s: Setup, password = PASSWORD): Record<string, string> {
  const c: Record<string, string> = { 'security.protocol': s };
  if (s !== 'SASL_PLAINTEXT') c['ssl.ca.location'] = certs.caPem;
  if (s === 'SSL') Object.assign(c, { 'ssl.certificate.location': client.cert, 'ssl.key.location': client.key });
  if (MECHANISM[s]) Object.assign(c, { 'sasl.mechanisms': MECHANISM[s]!, 'sasl.username': USER, 'sasl.password': password });
  return c;
}

/** The Java client's properties for a set-up. */
function javaConfig(s: Setup, password = PASSWORD): string {
  const lines = [`security.protocol=${s}`];
  if (s !== 'SASL_PLAINTEXT') lines.push('ssl.truststore.type=PEM', `ssl.truststore.location=${certs.caPem}`);
  if (s === 'SSL') lines.push('ssl.keystore.type=PEM', `ssl.keystore.location=${client.pem}`);
  if (MECHANISM[s] === 'PLAIN') lines.push('sasl.mechanism=PLAIN', `sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${USER}" password="${password}";`);
  if (MECHANISM[s] === 'SCRAM-SHA-512') lines.push('sasl.mechanism=SCRAM-SHA-512', `sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="${USER}" password="${password}";`);
  const file = join(certs.dir, `java-${s}-${password}.properties`);
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

function kafkajsConfig(s: Setup, password = PASSWORD): KafkaConfig {
  const c: KafkaConfig = { clientId: `sec-kafkajs-${s}`, brokers: [bootstrap(s)], logLevel: logLevel.NOTHING, retry: { retries: 2 } };
  if (s !== 'SASL_PLAINTEXT') c.ssl = { ca: [readFileSync(certs.caPem)], ...(s === 'SSL' ? { key: readFileSync(client.key), cert: readFileSync(client.cert) } : {}) };
  if (MECHANISM[s] === 'PLAIN') c.sasl = { mechanism: 'plain', username: USER, password };
  if (MECHANISM[s] === 'SCRAM-SHA-512') c.sasl = { mechanism: 'scram-sha-512', username: USER, password };
  return c;
}

function platformaticConnection(s: Setup) {
  return {
    bootstrapBrokers: [bootstrap(s)],
    ...(s !== 'SASL_PLAINTEXT' ? { tls: { ca: readFileSync(certs.caPem), ...(s === 'SSL' ? { key: readFileSync(client.key), cert: readFileSync(client.cert) } : {}) } } : {}),
    ...(MECHANISM[s] ? { sasl: { mechanism: MECHANISM[s] as 'PLAIN' | 'SCRAM-SHA-512', username: USER, password: PASSWORD } } : {}),
  };
}

/** Creates a one-partition topic over the PLAINTEXT listener. */
async function createTopic(topic: string): Promise<void> {
  const admin = new Kafka({ clientId: 'sec-admin', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
  } finally {
    await admin.disconnect();
  }
}

async function confluent(python: string, s: Setup, topic: string): Promise<string[]> {
  const script = new URL('./python/secure_client.py', import.meta.url).pathname;
  const out = await runOk(python, [script, 'confluent', bootstrap(s), topic, String(COUNT), JSON.stringify(librdkafkaConfig(s))], { timeoutMs: 90_000 });
  return out.split('\n').filter((l) => l !== '' && l !== 'done');
}

const expected = (topic: string): string[] => Array.from({ length: COUNT }, (_, i) => `${topic}-${i}`);

type Driver = (s: Setup, topic: string) => Promise<string[]>;

const drivers: Record<string, Driver> = {
  async 'Java client (console tools)'(s, topic) {
    const config = javaConfig(s);
    await runJavaOk(KafkaTool.consoleProducer, ['--bootstrap-server', bootstrap(s), '--topic', topic, '--command-config', config], { input: expected(topic).join('\n') + '\n', timeoutMs: 90_000 });
    const out = await runJavaOk(KafkaTool.consoleConsumer, ['--bootstrap-server', bootstrap(s), '--topic', topic, '--from-beginning', '--max-messages', String(COUNT), '--timeout-ms', '30000', '--command-config', config], { timeoutMs: 90_000 });
    return out.split('\n').filter((l) => l !== '');
  },
  async kcat(s, topic) {
    const x = Object.entries(librdkafkaConfig(s)).flatMap(([k, v]) => ['-X', `${k}=${v}`]);
    await runOk('kcat', ['-P', '-b', bootstrap(s), '-t', topic, '-p', '0', ...x], { input: expected(topic).join('\n') + '\n', timeoutMs: 60_000 });
    const out = await runOk('kcat', ['-C', '-b', bootstrap(s), '-t', topic, '-o', 'beginning', '-e', '-q', '-c', String(COUNT), ...x], { timeoutMs: 60_000 });
    return out.split('\n').filter((l) => l !== '');
  },
  'confluent-kafka-python (Debian, librdkafka 2.0.2)': (s, topic) => confluent(PYTHON, s, topic),
  'confluent-kafka-python (PyPI, current librdkafka)': (s, topic) => confluent(CURRENT_LIBRDKAFKA_PYTHON, s, topic),
  async 'kafka-python'(s, topic) {
    const kw: Record<string, string> = { security_protocol: s };
    if (s !== 'SASL_PLAINTEXT') kw.ssl_cafile = certs.caPem;
    if (s === 'SSL') Object.assign(kw, { ssl_certfile: client.cert, ssl_keyfile: client.key });
    if (MECHANISM[s]) Object.assign(kw, { sasl_mechanism: MECHANISM[s]!, sasl_plain_username: USER, sasl_plain_password: PASSWORD });
    const script = new URL('./python/secure_client.py', import.meta.url).pathname;
    const out = await runOk(PYTHON, [script, 'kafka-python', bootstrap(s), topic, String(COUNT), JSON.stringify(kw)], { timeoutMs: 90_000 });
    return out.split('\n').filter((l) => l !== '' && l !== 'done');
  },
  async kafkajs(s, topic) {
    const kafka = new Kafka(kafkajsConfig(s));
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic, messages: expected(topic).map((value) => ({ value, partition: 0 })) });
    await producer.disconnect();
    const consumer = kafka.consumer({ groupId: `sec-kafkajs-${topic}` });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const got: string[] = [];
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`kafkajs read ${got.length} of ${COUNT}`)), 60_000);
      void consumer.run({
        eachMessage: async ({ message }) => {
          got.push(message.value!.toString());
          if (got.length >= COUNT) {
            clearTimeout(timer);
            resolve();
          }
        },
      });
    });
    await consumer.disconnect();
    return got;
  },
  async '@platformatic/kafka'(s, topic) {
    const producer = new PProducer({ clientId: `sec-platformatic-${s}`, ...platformaticConnection(s), serializers: stringSerializers });
    try {
      await producer.send({ messages: expected(topic).map((value) => ({ topic, value, partition: 0 })) });
    } finally {
      await producer.close();
    }
    const consumer = new PConsumer({ groupId: `sec-platformatic-${topic}`, clientId: `sec-platformatic-${s}`, ...platformaticConnection(s), deserializers: stringDeserializers });
    const got: string[] = [];
    try {
      const stream = await consumer.consume({ topics: [topic], mode: 'earliest', autocommit: false, maxWaitTime: 200 });
      const timer = setTimeout(() => void stream.close(), 60_000);
      for await (const m of stream) {
        got.push(m.value as string);
        if (got.length >= COUNT) break;
      }
      clearTimeout(timer);
      await stream.close();
    } finally {
      await consumer.close(true);
    }
    return got;
  },
};

/**
 * librdkafka before 2.6.1 sends the client nonce twice in its SCRAM client-final message; Kafka 4
 * checks the nonce strictly (RFC 5802, the CVE-2024-56128 fix) and refuses it, and so does Samsa.
 * Debian's kcat and python3-confluent-kafka carry librdkafka 2.0.2: over SCRAM they must get the
 * authentication error Kafka gives; the current librdkafka (PyPI wheel) must succeed.
 */
const OLD_LIBRDKAFKA = new Set(['kcat', 'confluent-kafka-python (Debian, librdkafka 2.0.2)']);

for (const s of SETUPS) {
  for (const [name, run] of Object.entries(drivers)) {
    const refused = MECHANISM[s]?.startsWith('SCRAM') && OLD_LIBRDKAFKA.has(name);
    const what = refused ? 'refused as Kafka 4 refuses it (doubled SCRAM nonce)' : 'produce and read back';
    test(`${name} over ${s}${MECHANISM[s] ? ` with ${MECHANISM[s]}` : ' with mutual TLS'}: ${what}`, async () => {
      const topic = `sec-${name.replace(/[^a-z0-9]+/gi, '-')}-${s}`.toLowerCase();
      await createTopic(topic);
      if (refused) await assert.rejects(run(s, topic), /invalid credentials/);
      else assert.deepEqual(await run(s, topic), expected(topic));
    });
  }
}

for (const s of ['SASL_SSL', 'SASL_PLAINTEXT'] as const) {
  test(`a wrong password over ${s} (${MECHANISM[s]}) is an authentication error in kafkajs, librdkafka and the Java client`, async () => {
    const kafka = new Kafka(kafkajsConfig(s, 'wrong-password'));
    const admin = kafka.admin();
    await assert.rejects(admin.connect(), (e: Error) => e.name === 'KafkaJSSASLAuthenticationError' || /SASL|authentication/i.test(e.message));
    const x = Object.entries(librdkafkaConfig(s, 'wrong-password')).flatMap(([k, v]) => ['-X', `${k}=${v}`]);
    const kc = await runProcess('kcat', ['-L', '-b', bootstrap(s), '-m', '10', ...x], { timeoutMs: 30_000 });
    assert.notEqual(kc.code, 0);
    assert.match(kc.stderr, /Authentication failed|SASL authentication error/i);
    const java = await runJava(KafkaTool.topics, ['--bootstrap-server', bootstrap(s), '--list', '--command-config', javaConfig(s, 'wrong-password')], { timeoutMs: 60_000 });
    assert.notEqual(java.code, 0);
    assert.match(java.stdout + java.stderr, /SaslAuthenticationException|Authentication failed/);
  });
}

test('mutual TLS: a client without a certificate cannot connect', async () => {
  const c = librdkafkaConfig('SSL');
  delete c['ssl.certificate.location'];
  delete c['ssl.key.location'];
  const x = Object.entries(c).flatMap(([k, v]) => ['-X', `${k}=${v}`]);
  const kc = await runProcess('kcat', ['-L', '-b', bootstrap('SSL'), '-m', '10', ...x], { timeoutMs: 30_000 });
  assert.notEqual(kc.code, 0);
});

test('re-authentication (KIP-368): the Java producer and librdkafka (current) keep their connections over a listener whose sessions last 1.5 s', async () => {
  const topic = 'sec-reauth';
  await createTopic(topic);
  const config = javaConfig('SASL_PLAINTEXT');
  // ~6 s of producing at 2,000 records/s: four session lifetimes on the same connections.
  const out = await runJavaOk(KafkaTool.producerPerf, ['--topic', topic, '--num-records', '12000', '--record-size', '100', '--throughput', '2000', '--command-config', config, '--producer-props', `bootstrap.servers=127.0.0.1:${reauthPort}`, 'acks=all'], { timeoutMs: 90_000 });
  assert.match(out.trim().split('\n').at(-1)!, /^12000 records sent/);
  // librdkafka 2.2+ re-authenticates too: one record every 100 ms for 5 s, every delivery acknowledged.
  const script = [
    'import json, sys, time',
    'from confluent_kafka import Producer',
    'errors = []',
    'p = Producer(dict(json.loads(sys.argv[1]), **{"bootstrap.servers": sys.argv[2], "error_cb": lambda e: errors.append(str(e))}))',
    'acked = []',
    'for i in range(50):',
    '    p.produce(sys.argv[3], value=b"r%d" % i, on_delivery=lambda err, m: acked.append(err))',
    '    p.poll(0.1)',
    'p.flush(30)',
    'print(sum(1 for e in acked if e is None), len(errors), "; ".join(errors))',
  ].join('\n');
  const py = await runOk(CURRENT_LIBRDKAFKA_PYTHON, ['-c', script, JSON.stringify(librdkafkaConfig('SASL_PLAINTEXT')), `127.0.0.1:${reauthPort}`, topic], { timeoutMs: 60_000 });
  assert.match(py.trim(), /^50 0\b/, `librdkafka: ${py}`);
});
