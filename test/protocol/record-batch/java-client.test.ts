// Our batches decoded by the Java client's own code (kafka-clients 4.1.1 MemoryRecords, with
// snappy-java, lz4-java and zstd-jni): every codec, random records, LogAppendTime, producer fields
// and a transaction marker. Needs java and the interop kit's jars (.ci/run installs both).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { javaClasspath } from '../../interop/java-tools.ts';
import { buildBatch, type RecordInput } from '../../../src/protocol/record-batch/batch-builder.ts';
import { buildTxnMarkerBatch, ControlRecordType } from '../../../src/protocol/record-batch/control-batch.ts';
import { CompressionCodec } from '../../../src/protocol/record-batch/batch-header.ts';
import { codecName } from '../../../src/protocol/compression/compression.ts';
import { iterateBatches, readRecords, batchRecordsBytes } from '../../../src/protocol/record-batch/record-batch.ts';
import { readBatchHeader, codecOf } from '../../../src/protocol/record-batch/batch-header.ts';
import { ProtocolError } from '../../../src/protocol/protocol-error.ts';
import { isXerialFramed } from '../../../src/protocol/compression/snappy.ts';

const PROGRAM = fileURLToPath(new URL('./java/BatchInterop.java', import.meta.url));
const MADE_COUNT = 3000;
const hex = (b: Buffer | null) => (b === null ? 'null' : b.toString('hex'));

/** Our batches and the lines BatchInterop must print for them. */
function ourBatches(): { batches: Buffer[]; expected: string[] } {
  const bytes = fc.option(fc.uint8Array({ maxLength: 40 }).map((a) => Buffer.from(a)), { nil: null });
  const recordArb = fc.record({
    key: bytes,
    value: bytes,
    headers: fc.array(fc.record({ key: fc.string({ maxLength: 8 }), value: bytes }), { maxLength: 2 }),
    timestamp: fc.integer({ min: 0, max: 2 ** 42 }),
  });
  const specs = fc.sample(fc.tuple(fc.array(recordArb, { minLength: 1, maxLength: 12 }), fc.boolean()), { numRuns: 40, seed: 42 });
  const batches: Buffer[] = [];
  const expected: string[] = [];
  let offset = 0;
  specs.forEach(([records, appendTime], i) => {
    const codec = (i % 5) as CompressionCodec;
    const input: RecordInput[] = records;
    const opts = { baseOffset: offset, records: input, compression: codec, producerId: 1000 + i, producerEpoch: i % 3, baseSequence: i * 7, partitionLeaderEpoch: i };
    const batch = appendTime ? buildBatch({ ...opts, timestampType: 'log-append', timestamp: 1_800_000_000_000 }) : buildBatch(opts);
    batches.push(batch);
    const maxTs = appendTime ? 1_800_000_000_000 : Math.max(...records.map((r) => r.timestamp));
    expected.push(
      `batch ${offset} ${offset + records.length - 1} ${codecName(codec)} ${appendTime ? 'LogAppendTime' : 'CreateTime'} ${maxTs} ${1000 + i} ${i % 3} ${i * 7} false false ${i} ${records.length}`,
    );
    records.forEach((r, j) => {
      const headers = r.headers.map((h) => ` ${Buffer.from(h.key).toString('hex')}=${hex(h.value)}`).join('');
      expected.push(`record ${offset + j} ${appendTime ? maxTs : r.timestamp} ${hex(r.key)} ${hex(r.value)}${headers}`);
    });
    offset += records.length;
  });
  batches.push(buildTxnMarkerBatch({ type: ControlRecordType.Abort, producerId: 77, producerEpoch: 4, coordinatorEpoch: 12, baseOffset: offset, timestamp: 5, partitionLeaderEpoch: 3 }));
  expected.push(`batch ${offset} ${offset} none CreateTime 5 77 4 -1 true true 3 1`, `record ${offset} 5 00000000 00000000000c`, 'marker ABORT 12');
  return { batches, expected };
}

const ours = ourBatches();
let javaLines: string[] = [];
let javaMade = Buffer.alloc(0);

// One JVM for both directions: starting Java dominates the time of these tests.
before(() => {
  const classpath = javaClasspath();
  const run = spawnSync('java', ['-cp', classpath, PROGRAM, String(MADE_COUNT)], {
    input: Buffer.concat(ours.batches),
    encoding: 'utf8',
    timeout: 180_000,
    maxBuffer: 64 << 20,
  });
  assert.equal(run.status, 0, `java failed: ${run.stderr}`);
  const lines = run.stdout.trim().split('\n');
  const made = lines.pop()!;
  assert.match(made, /^made [0-9a-f]+$/);
  javaLines = lines;
  javaMade = Buffer.from(made.slice(5), 'hex');
});

test('the Java client decodes and validates the batches we build', () => {
  assert.deepEqual(javaLines, ours.expected);
});

test('we decode large batches the Java client builds with every codec (multi-block xerial, lz4, zstd)', () => {
  const count = MADE_COUNT;
  const batches = [...iterateBatches(javaMade, { partial: 'error' })];
  assert.deepEqual(batches.map((b) => codecOf(readBatchHeader(b).attributes)), [0, 1, 2, 3, 4]);
  // 3000 records of up to 300 bytes: snappy-java writes several 32 KiB xerial blocks.
  assert.ok(isXerialFramed(batches[2]!.subarray(61)));
  batches.forEach((batch, c) => {
    const records = [...readRecords(batch, { maxDecompressedBytes: 8 << 20 })];
    assert.equal(records.length, count);
    records.forEach((r, i) => {
      assert.equal(r.offset, c * count + i);
      assert.equal(r.timestamp, 1_700_000_000_000 + i);
      assert.equal(r.key?.toString() ?? null, i % 10 === 0 ? null : `key-${i}`);
      assert.equal(r.value?.toString(), `{"n":${i},"text":"${'value '.repeat(i % 50)}"}`);
      assert.deepEqual(r.headers.map((h) => [h.key, h.value?.toString()]), [['i', String(i)]]);
    });
    if (c === 0) return;
    // A limit of exactly the decompressed size still decodes (for lz4 this takes the block-by-block
    // path, the frame bound being larger); one byte less is DECOMPRESSED_TOO_LARGE.
    const exact = batchRecordsBytes(batch, 8 << 20);
    assert.deepEqual(batchRecordsBytes(batch, exact.length), exact);
    assert.throws(() => batchRecordsBytes(batch, exact.length - 1), (e: unknown) => e instanceof ProtocolError && e.code === 'DECOMPRESSED_TOO_LARGE');
  });
});
