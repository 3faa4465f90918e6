/**
 * Golden bytes: requests that real clients (kcat/librdkafka, the Java client, kafkajs,
 * @platformatic/kafka) sent to Apache Kafka 4.1, and Kafka's responses, captured by
 * tools/capture/capture-golden.ts into test/fixtures/golden/. Every fixture must decode with our
 * generated codecs, and the record batches inside Produce requests and Fetch responses must
 * validate (CRC32C) and decode to exactly the records the client was asked to send.
 *
 * The codec and record modules are loaded by path at run time, so this file typechecks before
 * they land on main and fails with a message naming the missing module instead.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { batchSize, codecOf, readBatchHeader, validateBatch } from '../../../src/protocol/record-batch/batch-header.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/golden/', import.meta.url));
const SRC = new URL('../../../src/protocol/', import.meta.url);

interface Entry {
  client: string;
  clientVersion: string;
  apiKey: number;
  api: string;
  version: number;
  codec: string | null;
  request: string;
  response: string | null;
  topic?: string;
  records?: { key: string; value: string; headers: [string, string][]; timestamp: number | null }[];
}

const index = JSON.parse(readFileSync(`${FIXTURES}index.json`, 'utf8')) as Entry[];
const CODEC_BITS: Record<string, number> = { none: 0, gzip: 1, snappy: 2, lz4: 3, zstd: 4 };

/** The documented API of src/protocol/request-codec.ts (see the generator's brief). */
interface RequestCodec {
  decodeRequestHeader(payload: Buffer): {
    header: { requestApiKey: number; requestApiVersion: number; correlationId: number; clientId: string | null };
    bodyOffset: number;
  };
  decodeRequestBody(apiKey: number, apiVersion: number, payload: Buffer, bodyOffset: number): unknown;
  decodeResponse(apiKey: number, apiVersion: number, payload: Buffer): { correlationId: number; body: unknown };
}

interface DecodedRecord {
  key: Buffer | null;
  value: Buffer | null;
  headers: { key: string; value: Buffer | null }[];
  timestamp: number | bigint;
}
interface RecordBatchModule {
  readRecords(batch: Buffer, opts: { maxDecompressedBytes: number }): Iterable<DecodedRecord> | AsyncIterable<DecodedRecord>;
}

async function load<T>(relative: string): Promise<T> {
  const url = new URL(relative, SRC);
  if (!existsSync(fileURLToPath(url))) {
    assert.fail(`src/protocol/${relative} is not on main yet: the golden tests need it`);
  }
  return (await import(url.href)) as T;
}

const fixture = (file: string): Buffer => readFileSync(FIXTURES + file);

/** Splits a records field into its batches; every batch must pass the CRC32C and length checks. */
function batchesOf(records: Buffer): Buffer[] {
  const out: Buffer[] = [];
  for (let at = 0; at < records.length; ) {
    const size = batchSize(records, at);
    if (at + size > records.length) break; // a fetch may end with a partial batch
    const batch = records.subarray(at, at + size);
    validateBatch(batch);
    out.push(batch);
    at += size;
  }
  return out;
}

async function decodeRecords(rb: RecordBatchModule, batch: Buffer): Promise<DecodedRecord[]> {
  const out: DecodedRecord[] = [];
  for await (const r of rb.readRecords(batch, { maxDecompressedBytes: 1 << 20 })) out.push(r);
  return out;
}

const text = (b: Buffer | null): string | null => (b === null ? null : b.toString());

test('the fixture index covers every client and the APIs issue 2 names', () => {
  for (const client of ['kcat', 'java', 'kafkajs', 'platformatic']) {
    for (const api of ['ApiVersions', 'Metadata', 'Produce', 'Fetch']) {
      assert.ok(index.some((e) => e.client === client && e.api === api), `no ${api} fixture from ${client}`);
    }
  }
  for (const codec of Object.keys(CODEC_BITS)) {
    assert.ok(index.some((e) => e.client === 'kcat' && e.api === 'Produce' && e.codec === codec), `no kcat ${codec} produce`);
    assert.ok(index.some((e) => e.client === 'java' && e.api === 'Produce' && e.codec === codec), `no java ${codec} produce`);
  }
  let total = 0;
  for (const e of index) {
    const req = fixture(e.request);
    total += req.length + (e.response ? fixture(e.response).length : 0);
    assert.equal(req.readInt16BE(0), e.apiKey, `${e.request}: api key in the frame`);
    assert.equal(req.readInt16BE(2), e.version, `${e.request}: api version in the frame`);
  }
  assert.ok(total < 1 << 20, `fixtures total ${total} bytes, should stay well under 1 MiB`);
});

for (const e of index) {
  test(`${e.client} (${e.clientVersion}) ${e.api} v${e.version}${e.codec ? ` ${e.codec}` : ''}: request decodes`, async () => {
    const codec = await load<RequestCodec>('request-codec.ts');
    const payload = fixture(e.request);
    const { header, bodyOffset } = codec.decodeRequestHeader(payload);
    assert.equal(header.requestApiKey, e.apiKey);
    assert.equal(header.requestApiVersion, e.version);
    assert.equal(header.correlationId, payload.readInt32BE(4));
    assert.ok(bodyOffset > 8 && bodyOffset <= payload.length);
    const body = codec.decodeRequestBody(e.apiKey, e.version, payload, bodyOffset) as Record<string, unknown>;
    assert.equal(typeof body, 'object');

    if (e.api === 'ApiVersions' && e.version >= 3) {
      assert.ok(typeof body.clientSoftwareName === 'string' && body.clientSoftwareName.length > 0, 'clientSoftwareName');
      assert.ok(typeof body.clientSoftwareVersion === 'string' && body.clientSoftwareVersion.length > 0, 'clientSoftwareVersion');
    }
    if (e.api === 'Metadata') {
      const topics = body.topics as { name: string | null }[] | null;
      assert.ok(topics === null || Array.isArray(topics));
    }
    if (e.api === 'Fetch') {
      const topics = body.topics as { topic?: string; topicId?: string; partitions: { partition: number; fetchOffset: bigint }[] }[];
      assert.ok(topics.length > 0, 'a captured fetch names at least one topic');
      for (const t of topics) {
        if (e.version >= 13) assert.match(t.topicId ?? '', /^[A-Za-z0-9_-]{22}$/, 'fetch v13+ names topics by id');
        else assert.ok(t.topic?.startsWith('golden-'), `fetch topic ${t.topic}`);
        for (const p of t.partitions) assert.equal(typeof p.fetchOffset, 'bigint');
      }
    }
    if (e.api === 'Produce') {
      const rb = await load<RecordBatchModule>('record-batch/record-batch.ts');
      const topics = body.topicData as { name?: string; topicId?: string; partitionData: { index: number; records: Buffer | null }[] }[];
      const decoded: DecodedRecord[] = [];
      for (const t of topics) {
        if (e.version >= 13) assert.match(t.topicId ?? '', /^[A-Za-z0-9_-]{22}$/, 'produce v13 names topics by id (KIP-516)');
        else assert.equal(t.name, e.topic);
        for (const p of t.partitionData) {
          assert.ok(p.records, 'produce carries records');
          for (const batch of batchesOf(p.records)) {
            const h = readBatchHeader(batch);
            assert.equal(codecOf(h.attributes), CODEC_BITS[e.codec!], `codec bits of a ${e.codec} batch`);
            decoded.push(...(await decodeRecords(rb, batch)));
          }
        }
      }
      const expected = e.records!;
      assert.deepEqual(
        decoded.map((r) => text(r.key)).sort(),
        expected.map((r) => r.key).sort(),
        'keys of the produced records',
      );
      for (const r of decoded) {
        const want = expected.find((x) => x.key === text(r.key))!;
        assert.equal(text(r.value), want.value, `value of ${want.key}`);
        assert.deepEqual(r.headers.map((x) => [x.key, text(x.value)]), want.headers, `headers of ${want.key}`);
        if (want.timestamp !== null) assert.equal(Number(r.timestamp), want.timestamp, `timestamp of ${want.key}`);
      }
    }
  });

  if (e.response) {
    test(`Kafka's ${e.api} v${e.version} response to ${e.client} decodes`, async () => {
      const codec = await load<RequestCodec>('request-codec.ts');
      const payload = fixture(e.response!);
      const { correlationId, body } = codec.decodeResponse(e.apiKey, e.version, payload);
      assert.equal(correlationId, fixture(e.request).readInt32BE(4));
      const b = body as Record<string, unknown>;
      assert.equal(b.errorCode ?? 0, 0, 'Kafka answered without a top-level error');
      if (e.api === 'ApiVersions') {
        const keys = b.apiKeys as { apiKey: number; minVersion: number; maxVersion: number }[];
        const produce = keys.find((k) => k.apiKey === 0);
        assert.ok(produce && produce.minVersion === 0, 'Kafka 4 advertises Produce from v0');
        assert.ok(keys.length > 40, 'Kafka 4.1 advertises more than 40 APIs');
      }
      if (e.api === 'Fetch') {
        const rb = await load<RecordBatchModule>('record-batch/record-batch.ts');
        const responses = b.responses as { partitions: { errorCode: number; records: Buffer | null }[] }[];
        let keys = 0;
        for (const t of responses) {
          for (const p of t.partitions) {
            assert.equal(p.errorCode, 0);
            for (const batch of batchesOf(p.records ?? Buffer.alloc(0))) {
              for (const r of await decodeRecords(rb, batch)) {
                assert.ok(text(r.key)?.startsWith(`${e.client}-`), `fetched key ${text(r.key)} was produced by ${e.client}`);
                keys++;
              }
            }
          }
        }
        assert.ok(keys > 0, 'the captured fetch response carries records');
      }
    });
  }
}
