/**
 * Control batches (KIP-98): batches with the control attribute bit whose single record is a
 * marker rather than data. Transaction markers end a transaction in each partition it wrote to:
 * the transaction coordinator has the partition leaders append them (WriteTxnMarkers), and
 * consumers use them to drop aborted records (read_committed) and never return them to users.
 *
 * Control record key   (both big-endian, as bytes of the record key):
 *   version int16 (0) | type int16 (0 ABORT, 1 COMMIT; 2-6 are KRaft's: leader change, snapshot
 *   header/footer, kraft version, voters)
 * End transaction marker value (types 0 and 1):
 *   version int16 (0) | coordinatorEpoch int32
 * Kafka ignores bytes after the fields it knows (a later version may add some), and so do we.
 */
import { ProtocolError } from '../protocol-error.ts';
import { buildBatch } from './batch-builder.ts';
import { isControl, OFF_ATTRIBUTES } from './batch-header.ts';
import { readRecords, type BatchRecord } from './record-batch.ts';

export enum ControlRecordType {
  Abort = 0,
  Commit = 1,
  LeaderChange = 2,
  SnapshotHeader = 3,
  SnapshotFooter = 4,
  KRaftVersion = 5,
  KRaftVoters = 6,
}

export interface TxnMarkerOptions {
  type: ControlRecordType.Abort | ControlRecordType.Commit;
  producerId: number;
  producerEpoch: number;
  coordinatorEpoch: number;
  baseOffset?: number;
  partitionLeaderEpoch?: number;
  /** Marker timestamp in ms (defaults to now). */
  timestamp?: number;
}

export interface ControlRecord {
  version: number;
  type: ControlRecordType | number;
  /** Set for ABORT and COMMIT markers. */
  coordinatorEpoch?: number;
  /** The record value as stored, for the types this file does not interpret. */
  value: Buffer | null;
}

/** A transaction marker batch: transactional + control, one record, base sequence -1. */
export function buildTxnMarkerBatch(opts: TxnMarkerOptions): Buffer {
  const key = Buffer.alloc(4);
  key.writeInt16BE(0, 0);
  key.writeInt16BE(opts.type, 2);
  const value = Buffer.alloc(6);
  value.writeInt16BE(0, 0);
  value.writeInt32BE(opts.coordinatorEpoch, 2);
  return buildBatch({
    baseOffset: opts.baseOffset ?? 0,
    partitionLeaderEpoch: opts.partitionLeaderEpoch ?? -1,
    producerId: opts.producerId,
    producerEpoch: opts.producerEpoch,
    baseSequence: -1,
    transactional: true,
    control: true,
    timestamp: opts.timestamp,
    records: [{ key, value }],
  });
}

/** Interprets one record of a control batch. Malformed keys or marker values are INVALID_RECORD. */
export function parseControlRecord(record: Pick<BatchRecord, 'key' | 'value'>): ControlRecord {
  const key = record.key;
  if (key === null || key.length < 4) throw new ProtocolError('INVALID_RECORD', `control record key must hold version and type (4 bytes), got ${key?.length ?? 'null'}`);
  const version = key.readInt16BE(0);
  const type = key.readInt16BE(2);
  if (version < 0) throw new ProtocolError('INVALID_RECORD', `control record key version ${version}`);
  if (type === ControlRecordType.Abort || type === ControlRecordType.Commit) {
    const value = record.value;
    if (value === null || value.length < 6) {
      throw new ProtocolError('INVALID_RECORD', `transaction marker value must hold version and coordinator epoch (6 bytes), got ${value?.length ?? 'null'}`);
    }
    const valueVersion = value.readInt16BE(0);
    if (valueVersion < 0) throw new ProtocolError('INVALID_RECORD', `transaction marker value version ${valueVersion}`);
    return { version, type, coordinatorEpoch: value.readInt32BE(2), value };
  }
  return { version, type, value: record.value };
}

/**
 * Reads the control record of a control batch. Kafka writes exactly one record per control batch;
 * an empty one (possible after compaction) yields null.
 */
export function readControlBatch(batch: Buffer, opts: { validate?: boolean } = {}): ControlRecord | null {
  if (batch.length > OFF_ATTRIBUTES + 1 && !isControl(batch.readInt16BE(OFF_ATTRIBUTES))) {
    throw new ProtocolError('INVALID_RECORD', 'batch is not a control batch');
  }
  // Control records are a few bytes; the limit only guards a compressed control batch.
  for (const record of readRecords(batch, { maxDecompressedBytes: 1 << 20, validate: opts.validate })) {
    return parseControlRecord(record);
  }
  return null;
}
