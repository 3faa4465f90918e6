/**
 * Hot-path message codecs: Produce request decode (what the broker does per produce) and Fetch
 * response encode (per fetch). Prints figures; never fails on time.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Reader } from '../../src/protocol/reader.ts';
import { Writer } from '../../src/protocol/writer.ts';
import { ApiKey } from '../../src/protocol/generated/api-keys.ts';
import { decodeProduceRequest, encodeProduceRequest } from '../../src/protocol/generated/produce-request.ts';
import { encodeResponse, encodeResponseChunks } from '../../src/protocol/request-codec.ts';

const PRODUCE_VERSION = 11;
const FETCH_VERSION = 16;

function measure(label: string, bytesPerOp: number, minMs: number, op: () => void): void {
  for (let i = 0; i < 50; i++) op(); // warm up
  let ops = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (let i = 0; i < 20; i++) op();
    ops += 20;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  const perSec = (ops * 1000) / elapsed;
  const mbPerSec = (perSec * bytesPerOp) / (1024 * 1024);
  console.log(`${label.padEnd(52)} ${Math.round(perSec).toLocaleString('en-US').padStart(10)} ops/s ${mbPerSec.toFixed(0).padStart(8)} MB/s`);
}

export async function runMessagesBench(): Promise<void> {
  // Produce: 6 partitions x 16 KiB of record-batch bytes (opaque to the message codec).
  const batch16k = Buffer.alloc(16 * 1024, 0x5a);
  const w = new Writer(128 * 1024);
  encodeProduceRequest(
    w,
    {
      transactionalId: null,
      acks: -1,
      timeoutMs: 30000,
      topicData: [{ name: 'bench-topic', partitionData: [0, 1, 2, 3, 4, 5].map((index) => ({ index, records: batch16k })) }],
    },
    PRODUCE_VERSION,
  );
  const produceBody = Buffer.from(w.finish());
  measure(`Produce v${PRODUCE_VERSION} request decode (6 x 16 KiB)`, produceBody.length, 1000, () => {
    decodeProduceRequest(new Reader(produceBody), PRODUCE_VERSION);
  });

  // Fetch: 6 partitions x 1 MiB of records, as a broker would send slices of segment files.
  const mib = Buffer.alloc(1024 * 1024, 0x33);
  const fetchBody = {
    responses: [
      {
        topicId: 'AAAAAAAAAAAAAAAAAAAAAQ',
        partitions: [0, 1, 2, 3, 4, 5].map((partitionIndex) => ({
          partitionIndex,
          highWatermark: 1_000_000n,
          lastStableOffset: 1_000_000n,
          logStartOffset: 0n,
          records: mib,
        })),
      },
    ],
  };
  const total = 6 * mib.length;
  measure(`Fetch v${FETCH_VERSION} response encode, one buffer (6 x 1 MiB)`, total, 1000, () => {
    encodeResponse(ApiKey.Fetch, FETCH_VERSION, 1, fetchBody);
  });
  measure(`Fetch v${FETCH_VERSION} response encode, chunks/zero-copy (6 x 1 MiB)`, total, 1000, () => {
    encodeResponseChunks(ApiKey.Fetch, FETCH_VERSION, 1, fetchBody);
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await runMessagesBench();
}
