// Every generated codec (requests, responses, headers, data structures, coordinator records), every
// valid version: decode(encode(x)) deep-equals x for values built from the schema description, the
// whole buffer is consumed, and re-encoding the decoded value gives the same bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Reader } from '../../../src/protocol/reader.ts';
import { Writer } from '../../../src/protocol/writer.ts';
import { loadGeneratedCodecs } from '../generated-modules.ts';
import { messageArbitrary, versionsOf } from '../schema-arbitrary.ts';

const codecs = await loadGeneratedCodecs();

test('the generated folder holds every message, header and record schema', () => {
  const names = new Set(codecs.map((c) => c.schema.name));
  for (const n of ['ProduceRequest', 'FetchResponse', 'RequestHeader', 'ResponseHeader', 'ConsumerProtocolSubscription', 'OffsetCommitKey', 'TransactionLogValue']) {
    assert.ok(names.has(n), `${n} missing`);
  }
  assert.equal(codecs.filter((c) => c.schema.type === 'request').length, 95);
  assert.equal(codecs.filter((c) => c.schema.type === 'response').length, 95);
});

for (const kind of ['request', 'response', 'other']) {
  test(`${kind} codecs round-trip at every version`, () => {
    const mine = codecs.filter((c) => (kind === 'other' ? c.schema.type !== 'request' && c.schema.type !== 'response' : c.schema.type === kind));
    for (const c of mine) {
      for (const version of versionsOf(c.schema)) {
        fc.assert(
          fc.property(messageArbitrary(c.schema, version), (value) => {
            const w = new Writer(64);
            c.encode(w, value, version);
            const bytes = w.finish();
            const r = new Reader(bytes);
            const decoded = c.decode(r, version);
            assert.equal(r.remaining(), 0, `${c.schema.name} v${version} left bytes unread`);
            assert.deepEqual(decoded, value, `${c.schema.name} v${version}`);
            const w2 = new Writer(64);
            c.encode(w2, decoded, version);
            assert.deepEqual(w2.finish(), bytes, `${c.schema.name} v${version} re-encodes differently`);
          }),
          { numRuns: 10, seed: 42 + version, endOnFailure: true },
        );
      }
    }
  });
}
