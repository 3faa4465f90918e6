/**
 * The records of the __transaction_state topic, byte for byte as Kafka writes them
 * (records/transaction-coordinator/*.json of the 4.4 schemas): every key and value starts with an
 * int16 version.
 *
 *   key   v0  TransactionLogKey    transactionalId:string
 *   value v0  TransactionLogValue  producerId:int64 producerEpoch:int16 transactionTimeoutMs:int32
 *                                  transactionStatus:int8 transactionPartitions:[topic:string partitionIds:[int32]]?
 *                                  transactionLastUpdateTimestampMs:int64 transactionStartTimestampMs:int64
 *         v1  the same, flexible, with the tagged fields of Transactions V2 (KIP-890):
 *             previousProducerId (0), nextProducerId (1), clientTransactionVersion (2), nextProducerEpoch (3)
 *
 * A null value is a tombstone (an expired transactional id). Kafka picks the value version from the
 * cluster's transaction.version feature (v1 from level 1; a new 4.4 cluster is at level 2), so we
 * write v1 and read both. An Empty transactional id has null partitions, as Kafka writes. The field
 * codecs are the generated ones.
 */
import { Reader } from '../../protocol/reader.ts';
import { Writer } from '../../protocol/writer.ts';
import { decodeTransactionLogKey, encodeTransactionLogKey } from '../../protocol/generated/records/transaction-log-key.ts';
import { decodeTransactionLogValue, encodeTransactionLogValue } from '../../protocol/generated/records/transaction-log-value.ts';
import { TxnState, txnStateOfId, type TxnStateId } from './transaction-state.ts';

/** What the log keeps of one transactional id. */
export interface StoredTransaction {
  producerId: bigint;
  previousProducerId: bigint;
  nextProducerId: bigint;
  producerEpoch: number;
  nextProducerEpoch: number;
  transactionTimeoutMs: number;
  state: TxnStateId;
  /** Partitions of the ongoing transaction, by topic. */
  partitions: Map<string, number[]>;
  lastUpdateTimestampMs: number;
  /** -1 when no transaction has started. */
  startTimestampMs: number;
  /** 0 or 1: the original protocol; 2: Transactions V2 (KIP-890). */
  clientTransactionVersion: number;
}

export class TransactionLogFormatError extends Error {
  override readonly name = 'TransactionLogFormatError';
}

export function encodeTransactionKey(transactionalId: string): Buffer {
  const w = new Writer(32).int16(0);
  encodeTransactionLogKey(w, { transactionalId }, 0);
  return w.finish();
}

/** The transactional id of a key, or null for a key version this broker does not know. */
export function decodeTransactionKey(key: Buffer): string | null {
  const r = new Reader(key);
  const version = r.int16();
  if (version !== 0) return null;
  return decodeTransactionLogKey(r, version).transactionalId;
}

export function encodeTransactionValue(t: StoredTransaction): Buffer {
  const version = 1;
  const w = new Writer(128).int16(version);
  encodeTransactionLogValue(
    w,
    {
      producerId: t.producerId,
      previousProducerId: t.previousProducerId,
      nextProducerId: t.nextProducerId,
      producerEpoch: t.producerEpoch,
      nextProducerEpoch: t.nextProducerEpoch,
      transactionTimeoutMs: t.transactionTimeoutMs,
      transactionStatus: t.state,
      transactionPartitions: t.state === TxnState.EMPTY ? null : [...t.partitions].map(([topic, partitionIds]) => ({ topic, partitionIds })),
      transactionLastUpdateTimestampMs: BigInt(t.lastUpdateTimestampMs),
      transactionStartTimestampMs: BigInt(t.startTimestampMs),
      clientTransactionVersion: t.clientTransactionVersion,
    },
    version,
  );
  return w.finish();
}

export function decodeTransactionValue(value: Buffer): StoredTransaction {
  const r = new Reader(value);
  const version = r.int16();
  if (version < 0 || version > 1) throw new TransactionLogFormatError(`unknown TransactionLogValue version ${version}`);
  const v = decodeTransactionLogValue(r, version);
  const state = txnStateOfId(v.transactionStatus);
  if (state === undefined) throw new TransactionLogFormatError(`unknown transaction state ${v.transactionStatus}`);
  const partitions = new Map<string, number[]>();
  if (state !== TxnState.EMPTY) for (const p of v.transactionPartitions ?? []) partitions.set(p.topic, [...(partitions.get(p.topic) ?? []), ...p.partitionIds]);
  return {
    producerId: v.producerId,
    previousProducerId: v.previousProducerId,
    nextProducerId: v.nextProducerId,
    producerEpoch: v.producerEpoch,
    nextProducerEpoch: v.nextProducerEpoch,
    transactionTimeoutMs: v.transactionTimeoutMs,
    state,
    partitions,
    lastUpdateTimestampMs: Number(v.transactionLastUpdateTimestampMs),
    startTimestampMs: Number(v.transactionStartTimestampMs),
    clientTransactionVersion: v.clientTransactionVersion,
  };
}
