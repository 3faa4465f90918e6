/**
 * Samsa beside Apache Kafka 4.4 for SCRAM credential management: the same AlterUserScramCredentials
 * and DescribeUserScramCredentials requests to both — accepted and refused upsertions and
 * deletions, duplicates, unknown mechanisms and users — and the answers compared field by field
 * (results in user order: Kafka answers in its hash maps' order). Needs java 17+ and the jars of
 * test/interop/java (see java-tools.ts).
 */
import assert from 'node:assert/strict';
import { pbkdf2Sync } from 'node:crypto';
import { after, before, test } from 'node:test';
import { ApiKey } from '../../src/protocol/generated/api-keys.ts';
import { TestClient } from '../broker/broker-harness.ts';
import { startKafkaReference, type KafkaReference } from './kafka-reference.ts';
import { startSamsaBroker, type SamsaBroker } from './samsa-broker.ts';

let kafka: KafkaReference;
let samsa: SamsaBroker;
const clients: { kafka: TestClient; samsa: TestClient } = {} as never;

before(async () => {
  [kafka, samsa] = await Promise.all([startKafkaReference(), startSamsaBroker()]);
  clients.kafka = await TestClient.connect(kafka.port);
  clients.samsa = await TestClient.connect(samsa.port);
});
after(async () => {
  clients.kafka?.close();
  clients.samsa?.close();
  await Promise.all([kafka?.stop(), samsa?.stop()]);
});

async function both<T>(f: (c: TestClient) => Promise<T>): Promise<{ kafka: T; samsa: T }> {
  return { kafka: await f(clients.kafka), samsa: await f(clients.samsa) };
}

function same<T>(what: string, r: { kafka: T; samsa: T }): void {
  if (process.env.SAMSA_COMPARE_DUMP) console.log(what, '\nkafka', JSON.stringify(r.kafka), '\nsamsa', JSON.stringify(r.samsa));
  assert.deepEqual(JSON.stringify(r.samsa, null, 1), JSON.stringify(r.kafka, null, 1), `${what}: Samsa (actual) differs from Kafka 4.4 (expected)`);
}

const byUser = <R extends { user: string }>(results: R[]) => [...results].sort((a, b) => (a.user < b.user ? -1 : a.user > b.user ? 1 : 0));

function upsert(name: string, mechanism: number, iterations: number) {
  const salt = Buffer.from(`salt-${name}`);
  return { name, mechanism, iterations, salt, saltedPassword: pbkdf2Sync('pw', salt, 4096, mechanism === 2 ? 64 : 32, mechanism === 2 ? 'sha512' : 'sha256') };
}

const alter = (c: TestClient, deletions: { name: string; mechanism: number }[], upsertions: ReturnType<typeof upsert>[]) =>
  c.request(ApiKey.AlterUserScramCredentials, 0, { deletions, upsertions }).then((r: { results: { user: string; errorCode: number; errorMessage: string | null }[] }) => byUser(r.results));

const describe = (c: TestClient, users: string[] | null) =>
  c.request(ApiKey.DescribeUserScramCredentials, 0, { users: users?.map((name) => ({ name })) ?? null })
    .then((r: { errorCode: number; errorMessage: string | null; results: { user: string }[] }) => ({ errorCode: r.errorCode, errorMessage: r.errorMessage, results: byUser(r.results) }));

/** Kafka applies credentials through its controller and describes them from the broker's image a moment later. */
async function described(c: TestClient, users: number): Promise<void> {
  for (let i = 0; i < 100 && (await describe(c, null)).results.length !== users; i++) await new Promise((r) => setTimeout(r, 50));
}

test('AlterUserScramCredentials: the same results, refusals and messages as Kafka', async () => {
  same('alter', await both((c) => alter(c,
    [{ name: 'ghost', mechanism: 1 }, { name: 'weird', mechanism: 9 }, { name: '', mechanism: 1 }],
    [upsert('alice', 1, 8192), upsert('bob', 2, 4096), upsert('few', 1, 4095), upsert('many', 2, 16385), upsert('twice', 1, 4096), upsert('twice', 2, 4096), upsert('odd', 0, 4096)],
  )));
  await both((c) => described(c, 2));
  same('alter deletes and a mixed user', await both((c) => alter(c, [{ name: 'alice', mechanism: 1 }, { name: 'bob', mechanism: 2 }], [upsert('bob', 1, 4096), upsert('carol', 2, 16384)])));
});

test('DescribeUserScramCredentials: all users, named, unknown and duplicated ones as Kafka answers', async () => {
  await both((c) => described(c, 2));
  same('describe', await both(async (c) => [
    await describe(c, null),
    await describe(c, []),
    await describe(c, ['bob', 'nobody']),
    await describe(c, ['carol', 'carol', 'alice']),
  ]));
});
