import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  decodeRequestBody, decodeRequestHeader, decodeResponse, encodeRequest, encodeResponse, encodeResponseChunks, responseCorrelationId,
} from '../../src/protocol/request-codec.ts';
import { readFrame } from '../../src/protocol/frame.ts';
import { ProtocolError } from '../../src/protocol/protocol-error.ts';
import { ApiKey } from '../../src/protocol/generated/api-keys.ts';
import { REQUEST_CODECS, RESPONSE_CODECS } from '../../src/protocol/generated/messages.ts';
import { messageArbitrary, versionsOf } from './schema-arbitrary.ts';

const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ''), 'hex');
const isCode = (code: string) => (e: unknown) => e instanceof ProtocolError && e.code === code;

function payloadOf(frame: Buffer): Buffer {
  const f = readFrame(frame, 0, 1 << 30);
  assert.ok(f, 'a complete frame');
  assert.equal(f.next, frame.length, 'nothing after the frame');
  return f.payload;
}

test('ApiVersions v3 request: the bytes librdkafka sends', () => {
  // As captured from kcat 1.7.1 / librdkafka 2.0.2: header v2 with a non-compact client id
  // (int16 length), empty header tags, then compact strings and empty body tags.
  const expected = hex(`
    00000024
    0012 0003 00000001 0007 72646b61666b61 00
    0b 6c696272646b61666b61 06 322e302e32 00`);
  const frame = encodeRequest(
    { apiKey: ApiKey.ApiVersions, apiVersion: 3, correlationId: 1, clientId: 'rdkafka' },
    { clientSoftwareName: 'librdkafka', clientSoftwareVersion: '2.0.2' },
  );
  assert.deepEqual(frame, expected);
  const { header, bodyOffset } = decodeRequestHeader(payloadOf(expected));
  assert.deepEqual(header, { requestApiKey: 18, requestApiVersion: 3, correlationId: 1, clientId: 'rdkafka' });
  assert.deepEqual(decodeRequestBody(ApiKey.ApiVersions, 3, payloadOf(expected), bodyOffset), {
    clientSoftwareName: 'librdkafka',
    clientSoftwareVersion: '2.0.2',
    // v5's fields (KIP-1242), at their defaults below v5
    clusterId: null,
    nodeId: -1,
  });
});

test('Metadata v12 request: hand-checked bytes', () => {
  const expected = hex(`
    00000024
    0003 000c 00000007 ffff 00
    02
      00000000000000000000000000000000 04 666f6f 00
    01 00 00`);
  // header v2: key 3, version 12, correlation 7, null client id (-1), no tags;
  // topics: compact array of 1 {zero topic id, compact string "foo", no tags};
  // allowAutoTopicCreation true, includeTopicAuthorizedOperations false, no tags.
  const frame = encodeRequest(
    { apiKey: ApiKey.Metadata, apiVersion: 12, correlationId: 7, clientId: null },
    { topics: [{ name: 'foo' }], allowAutoTopicCreation: true },
  );
  assert.deepEqual(frame, expected);
  const p = payloadOf(expected);
  const body = decodeRequestBody(ApiKey.Metadata, 12, p, decodeRequestHeader(p).bodyOffset);
  assert.deepEqual(body.topics, [{ topicId: 'AAAAAAAAAAAAAAAAAAAAAA', name: 'foo' }]);
  assert.equal(body.includeClusterAuthorizedOperations, false, 'absent in v12, default false');
});

test('ApiVersions v3 response uses response header v0 (no tag byte after the correlation id)', () => {
  const frame = encodeResponse(ApiKey.ApiVersions, 3, 5, { errorCode: 0, apiKeys: [{ apiKey: 0, minVersion: 0, maxVersion: 11 }] });
  assert.deepEqual(
    frame,
    hex(`00000013 00000005 0000 02 0000 0000 000b 00 00000000 00`),
  );
  const d = decodeResponse(ApiKey.ApiVersions, 3, payloadOf(frame));
  assert.equal(d.correlationId, 5);
  assert.equal(d.body.apiKeys[0]!.maxVersion, 11);
});

test('flexible responses use header v1; a known tagged field is written only when not default', () => {
  // ApiVersions v3 with FinalizedFeaturesEpoch (tag 1, int64, default -1) set.
  const withTag = encodeResponse(ApiKey.ApiVersions, 3, 1, { finalizedFeaturesEpoch: 7n });
  assert.deepEqual(withTag.subarray(withTag.length - 11), hex('01 01 08 0000000000000007'));
  const without = encodeResponse(ApiKey.ApiVersions, 3, 1, { finalizedFeaturesEpoch: -1n });
  assert.equal(without[without.length - 1], 0, 'empty tag section');
  const produce = encodeResponse(ApiKey.Produce, 9, 0x01020304, { responses: [] });
  assert.deepEqual(produce.subarray(4, 9), hex('01020304 00'), 'correlation id then an empty header tag section');
});

test('unknown tagged fields survive decode and re-encode byte for byte', () => {
  // ApiVersions v3 request body with an extra tag 5 ("hi") the schema does not know.
  const frame = hex(`
    00000024
    0012 0003 00000001 ffff 00
    03 6b6a 04 312e30 01 05 02 6869`);
  frame.writeInt32BE(frame.length - 4);
  const p = payloadOf(frame);
  const { header, bodyOffset } = decodeRequestHeader(p);
  const body = decodeRequestBody(ApiKey.ApiVersions, 3, p, bodyOffset);
  assert.deepEqual(body._unknownTaggedFields, [{ tag: 5, data: Buffer.from('hi') }]);
  const again = encodeRequest(
    { apiKey: header.requestApiKey, apiVersion: header.requestApiVersion, correlationId: header.correlationId, clientId: header.clientId },
    body,
  );
  assert.deepEqual(again, frame);
});

test('nullable structs carry an int8 marker; null where a version forbids it is INVALID_VALUE', () => {
  const f = encodeRequest({ apiKey: ApiKey.DescribeTopicPartitions, apiVersion: 0, correlationId: 0, clientId: null }, { cursor: null });
  assert.deepEqual(f.subarray(-7), hex('01 000007d0 ff 00'), 'topics [], responsePartitionLimit 2000, cursor null, no tags');
  assert.throws(
    () => encodeRequest({ apiKey: ApiKey.Heartbeat, apiVersion: 0, correlationId: 0, clientId: null }, { generationId: 2 ** 40 }),
    isCode('INVALID_VALUE'),
    'an int32 out of range is a typed error, not a RangeError',
  );
  assert.throws(
    () => encodeRequest({ apiKey: ApiKey.Metadata, apiVersion: 0, correlationId: 0, clientId: null }, { topics: null }),
    isCode('INVALID_VALUE'),
    'Metadata v0 topics are not nullable',
  );
});

test('request framing errors: unknown api key, short payload, unknown version; trailing bytes are reported, not fatal', () => {
  assert.throws(() => decodeRequestHeader(hex('7fff 0000 00000001 ffff')), isCode('UNKNOWN_API_KEY'));
  assert.throws(() => decodeRequestHeader(hex('0012')), isCode('TRUNCATED'));
  const frame = encodeRequest({ apiKey: ApiKey.Heartbeat, apiVersion: 0, correlationId: 3, clientId: 'c' }, { groupId: 'g', generationId: 1, memberId: 'm' });
  const p = Buffer.concat([payloadOf(frame), Buffer.from([0])]);
  let trailing = 0;
  const body = decodeRequestBody(ApiKey.Heartbeat, 0, p, decodeRequestHeader(p).bodyOffset, (n) => (trailing = n));
  assert.deepEqual(body, { groupId: 'g', generationId: 1, memberId: 'm', groupInstanceId: null });
  assert.equal(trailing, 1);
  assert.throws(() => decodeRequestBody(ApiKey.Heartbeat, 99, p, 0), isCode('UNSUPPORTED_VERSION'));
});

test('an ApiVersions request of an unknown newer version still yields its header (KIP-511)', () => {
  const p = hex('0012 0063 0000002a 0003 616263 00 00');
  const { header } = decodeRequestHeader(p);
  assert.deepEqual(header, { requestApiKey: 18, requestApiVersion: 99, correlationId: 42, clientId: 'abc' });
  assert.equal(responseCorrelationId(hex('0000002a 00')), 42);
});

test('large records fields are not copied by encodeResponseChunks, and copied once by encodeResponse', () => {
  const records = Buffer.alloc(64 * 1024, 7);
  const body = { responses: [{ topic: 't', partitions: [{ partitionIndex: 0, highWatermark: 5n, records }] }] };
  const chunks = encodeResponseChunks(ApiKey.Fetch, 11, 9, body);
  assert.ok(chunks.includes(records), 'the caller buffer itself is one of the chunks');
  const joined = encodeResponse(ApiKey.Fetch, 11, 9, body);
  assert.deepEqual(Buffer.concat(chunks), joined);
  const d = decodeResponse(ApiKey.Fetch, 11, payloadOf(joined));
  assert.deepEqual(d.body.responses[0]!.partitions[0]!.records, records);
});

test('every api key and version: whole request and response frames round-trip', () => {
  for (let key = 0; key < REQUEST_CODECS.length; key++) {
    for (const version of versionsOf(REQUEST_CODECS[key]!.schema)) {
      fc.assert(
        fc.property(
          messageArbitrary(REQUEST_CODECS[key]!.schema, version),
          messageArbitrary(RESPONSE_CODECS[key]!.schema, version),
          fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
          fc.option(fc.string({ maxLength: 8 }), { nil: null }),
          (req, resp, correlationId, clientId) => {
            const p = payloadOf(encodeRequest({ apiKey: key, apiVersion: version, correlationId, clientId }, req));
            const { header, bodyOffset } = decodeRequestHeader(p);
            assert.equal(header.correlationId, correlationId);
            if (!(key === ApiKey.ControlledShutdown && version === 0)) assert.equal(header.clientId, clientId);
            assert.deepEqual(decodeRequestBody(key, version, p, bodyOffset), req);
            const r = decodeResponse(key, version, payloadOf(encodeResponse(key, version, correlationId, resp)));
            assert.deepEqual(r, { correlationId, body: resp });
          },
        ),
        { numRuns: 2, seed: key * 100 + version },
      );
    }
  }
});

test('random payloads into decodeRequestHeader and decodeRequestBody: a value or a ProtocolError', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 90 }), fc.integer({ min: -1, max: 20 }), fc.uint8Array({ maxLength: 40 }), (key, version, rest) => {
      const p = Buffer.concat([Buffer.from([key >> 8, key & 0xff, (version >> 8) & 0xff, version & 0xff]), Buffer.from(rest)]);
      try {
        const { header, bodyOffset } = decodeRequestHeader(p);
        decodeRequestBody(header.requestApiKey, header.requestApiVersion, p, bodyOffset);
      } catch (e) {
        if (!(e instanceof ProtocolError)) throw e;
      }
    }),
    { numRuns: 2000, seed: 7 },
  );
});
