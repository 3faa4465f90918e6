/**
 * The producer's options and record shape, with the conversions send() applies to a record
 * (strings to bytes, headers as an object or a list).
 */
import { CompressionCodec } from '../protocol/record-batch/batch-header.ts';
import type { ClusterOptions } from './cluster.ts';
import type { PartitionerFn } from './partitioner.ts';

export type CompressionName = 'none' | 'gzip' | 'snappy' | 'lz4' | 'zstd';

export interface ProducerOptions extends ClusterOptions {
  /** 0, 1, or -1/'all' (default 'all'). */
  acks?: 0 | 1 | -1 | 'all';
  /** Default true; false when acks is not all and idempotent was not asked for. */
  idempotent?: boolean;
  /** linger.ms (default 5, Kafka 4.0's default). */
  lingerMs?: number;
  /** batch.size in bytes (default 16384). */
  batchSize?: number;
  compression?: CompressionName;
  /** max.in.flight.requests.per.connection (default 5, the most idempotence allows). */
  maxInFlight?: number;
  /** buffer.memory (default 32 MiB). */
  bufferMemory?: number;
  /** max.block.ms: how long send() may wait for metadata or buffer room (default 60 s). */
  maxBlockMs?: number;
  /** delivery.timeout.ms: a record fails if not acknowledged within this time (default 120 s). */
  deliveryTimeoutMs?: number;
  /** Produce request timeout sent to the broker (default 30 s). */
  ackTimeoutMs?: number;
  partitioner?: PartitionerFn;
  /** metadata.max.age.ms: refresh a topic's metadata this often to see new partitions (default 5 min). */
  metadataMaxAgeMs?: number;
  /** transactional.id: makes the producer transactional (KIP-98); needs idempotence and acks=all. */
  transactionalId?: string;
  /** transaction.timeout.ms: the coordinator aborts a transaction open longer than this (default 60 s). */
  transactionTimeoutMs?: number;
}

export type HeaderValue = string | Buffer | null;

export interface ProducerRecord {
  topic: string;
  value: string | Buffer | null;
  key?: string | Buffer | null;
  partition?: number;
  /** CreateTime in ms (default now). */
  timestamp?: number;
  headers?: Record<string, HeaderValue> | Array<{ key: string; value: HeaderValue }>;
}

export const CODECS: Record<CompressionName, CompressionCodec> = {
  none: CompressionCodec.None,
  gzip: CompressionCodec.Gzip,
  snappy: CompressionCodec.Snappy,
  lz4: CompressionCodec.Lz4,
  zstd: CompressionCodec.Zstd,
};

export function toBuffer(v: string | Buffer | null | undefined): Buffer | null {
  if (v === null || v === undefined) return null;
  return typeof v === 'string' ? Buffer.from(v) : v;
}

export function toHeaders(h: ProducerRecord['headers']): Array<{ key: string; value: Buffer | null }> {
  if (h === undefined) return [];
  const list = Array.isArray(h) ? h : Object.entries(h).map(([key, value]) => ({ key, value }));
  return list.map(({ key, value }) => ({ key, value: toBuffer(value) }));
}
