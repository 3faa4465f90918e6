/**
 * Samsa beside Apache Kafka 4.4: the same ApiVersions request to both, answers compared.
 * Clients choose versions from these ranges (kafka-python even infers the broker's release from
 * them), so for every API both advertise Samsa must start where Kafka starts (Kafka 4 removed
 * old versions, KIP-896, but kept some, e.g. Metadata v0 and Produce v0) and must not go past
 * Kafka's newest version. Needs java 17+ and the jars (see java/pom.xml), whatever
 * SAMSA_INTEROP_TARGET says: this test always runs both brokers.
 */
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, test } from 'node:test';
import { API_INFO } from '../../src/protocol/generated/api-keys.ts';
import { decodeResponse, encodeRequest } from '../../src/protocol/request-codec.ts';
import { startKafkaReference, type KafkaReference } from './kafka-reference.ts';
import { startSamsaBroker, type SamsaBroker } from './samsa-broker.ts';

let kafka: KafkaReference;
let samsa: SamsaBroker;

before(async () => {
  [kafka, samsa] = await Promise.all([startKafkaReference(), startSamsaBroker()]);
});
after(async () => {
  await Promise.all([kafka?.stop(), samsa?.stop()]);
});

type Ranges = Map<number, { min: number; max: number }>;

/** ApiVersions v3, as librdkafka and the Java client open a connection. */
function apiVersions(port: number): Promise<Ranges> {
  const request = encodeRequest(
    { apiKey: 18, apiVersion: 3, correlationId: 1, clientId: 'samsa-interop' },
    { clientSoftwareName: 'samsa-interop', clientSoftwareVersion: '0.1.0' },
  );
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port }, () => socket.write(request));
    let buf = Buffer.alloc(0);
    socket.setTimeout(10_000, () => socket.destroy(new Error('no ApiVersions answer in 10 s')));
    socket.on('error', reject);
    socket.on('data', (b: Buffer) => {
      buf = Buffer.concat([buf, b]);
      if (buf.length < 4 || buf.length < 4 + buf.readInt32BE(0)) return;
      socket.destroy();
      const { body } = decodeResponse(18, 3, buf.subarray(4, 4 + buf.readInt32BE(0)));
      assert.equal(body.errorCode, 0);
      resolve(new Map(body.apiKeys.map((k) => [k.apiKey, { min: k.minVersion, max: k.maxVersion }])));
    });
  });
}

test('every API Samsa advertises starts at the version Kafka 4.4 starts at and ends no later', async () => {
  const [k, s] = await Promise.all([apiVersions(kafka.port), apiVersions(samsa.port)]);
  const problems: string[] = [];
  for (const [key, sr] of s) {
    const name = API_INFO[key]?.name ?? `api ${key}`;
    const kr = k.get(key);
    if (!kr) {
      problems.push(`${name}: Samsa advertises ${sr.min}-${sr.max}, Kafka 4.4 does not advertise it`);
      continue;
    }
    if (sr.min !== kr.min) problems.push(`${name}: Samsa starts at v${sr.min}, Kafka 4.4 at v${kr.min}`);
    if (sr.max > kr.max) problems.push(`${name}: Samsa goes up to v${sr.max}, Kafka 4.4 only to v${kr.max}`);
  }
  assert.deepEqual(problems, [], `advertised ranges that differ from Kafka 4.4:\n${problems.join('\n')}`);
});

test('the APIs every client needs are advertised by both', async () => {
  const [k, s] = await Promise.all([apiVersions(kafka.port), apiVersions(samsa.port)]);
  // ApiVersions, Metadata, Produce, Fetch, ListOffsets, FindCoordinator, the group APIs,
  // InitProducerId, CreateTopics, DeleteTopics, DescribeConfigs, AlterConfigs.
  for (const key of [18, 3, 0, 1, 2, 10, 11, 12, 13, 14, 8, 9, 22, 19, 20, 32, 33]) {
    assert.ok(k.has(key), `Kafka advertises ${API_INFO[key]?.name}`);
    assert.ok(s.has(key), `Samsa advertises ${API_INFO[key]?.name}`);
  }
});

/**
 * APIs Samsa serves below Kafka 4.4's newest version, each with the reason; the list only shrinks.
 * (Issue 10 moves these to 4.4.)
 */
const BEHIND_KAFKA: Record<string, string> = {};

test('Samsa serves the newest version Kafka 4.4 serves of every API it implements, apart from the listed ones', async (t) => {
  const [k, s] = await Promise.all([apiVersions(kafka.port), apiVersions(samsa.port)]);
  const behind: string[] = [];
  const missing: string[] = [];
  for (const [key, kr] of k) {
    const name = API_INFO[key]?.name ?? `api ${key}`;
    const sr = s.get(key);
    if (!sr) missing.push(`${name} v${kr.min}-${kr.max}`);
    else if (sr.max < kr.max && !(name in BEHIND_KAFKA)) behind.push(`${name}: Samsa v${sr.max}, Kafka 4.4 v${kr.max}`);
  }
  t.diagnostic(`APIs Kafka 4.4 serves and Samsa does not: ${missing.join(', ')}`);
  assert.deepEqual(behind, [], `APIs behind Kafka 4.4:\n${behind.join('\n')}`);
});
