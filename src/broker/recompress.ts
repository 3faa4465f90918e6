/**
 * Topic compression.type other than `producer`: a produced batch whose codec differs from the
 * topic's is decoded and rebuilt with the topic's codec and level (KIP-390), as Kafka's LogValidator
 * does. Producer id, epoch, base sequence, transactional flag, record timestamps, offset deltas,
 * keys, values and headers are kept; the CRC is new. This is the one path that touches records, and
 * only when the operator asked for it. Decompression is bounded; a bomb is MESSAGE_TOO_LARGE.
 */
import { buildBatch } from '../protocol/record-batch/batch-builder.ts';
import { CompressionCodec, codecOf, isTransactional, readBatchHeader } from '../protocol/record-batch/batch-header.ts';
import { readRecords } from '../protocol/record-batch/record-batch.ts';
import { isProtocolError } from '../protocol/protocol-error.ts';
import type { BatchProblem } from './produced-batch.ts';

const CODEC_BY_NAME: Readonly<Record<string, CompressionCodec>> = {
  uncompressed: CompressionCodec.None,
  gzip: CompressionCodec.Gzip,
  snappy: CompressionCodec.Snappy,
  lz4: CompressionCodec.Lz4,
  zstd: CompressionCodec.Zstd,
};

export interface TopicCompression {
  /** compression.type; 'producer' keeps batches as sent. */
  type: string;
  gzipLevel: number;
  lz4Level: number;
  zstdLevel: number;
}

/** The batch to append: `batch` itself, or a rebuilt one; or the problem that stops it. */
export function recompressIfNeeded(batch: Buffer, topic: TopicCompression, maxDecompressedBytes: number): Buffer | BatchProblem {
  if (topic.type === 'producer') return batch;
  const target = CODEC_BY_NAME[topic.type];
  if (target === undefined) return batch;
  const header = readBatchHeader(batch);
  if (codecOf(header.attributes) === target) return batch;
  try {
    const records = [...readRecords(batch, { maxDecompressedBytes })].map((r) => ({
      key: r.key,
      value: r.value,
      headers: r.headers,
      timestamp: r.timestamp,
      offsetDelta: r.offsetDelta,
    }));
    // gzip -1 is "the codec's default"; lz4-napi has no level setting, so lz4 keeps its default.
    const level = target === CompressionCodec.Gzip ? (topic.gzipLevel === -1 ? undefined : topic.gzipLevel) : target === CompressionCodec.Zstd ? topic.zstdLevel : undefined;
    return buildBatch({
      baseOffset: 0,
      records,
      compression: target,
      compressionLevel: level,
      producerId: header.producerId,
      producerEpoch: header.producerEpoch,
      baseSequence: header.baseSequence,
      transactional: isTransactional(header.attributes),
      partitionLeaderEpoch: header.partitionLeaderEpoch,
      lastOffsetDelta: header.lastOffsetDelta,
    });
  } catch (e) {
    if (!isProtocolError(e)) throw e;
    if (e.code === 'DECOMPRESSED_TOO_LARGE') return { error: 'MESSAGE_TOO_LARGE', message: e.message };
    if (e.code === 'UNSUPPORTED_COMPRESSION') return { error: 'UNSUPPORTED_COMPRESSION_TYPE', message: e.message };
    if (e.code === 'INVALID_RECORD') return { error: 'INVALID_RECORD', message: e.message };
    return { error: 'CORRUPT_MESSAGE', message: e.message };
  }
}
