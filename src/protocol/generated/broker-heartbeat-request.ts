// Generated from BrokerHeartbeatRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * BrokerHeartbeatRequest (request, api key 63), versions 0-2, flexible 0+.
 *
 * Version 1 adds the OfflineLogDirs flexible field
 * Version 2 adds the CordonedLogDirs flexible field
 */
export interface BrokerHeartbeatRequest {
  /** The broker ID. (versions 0-2, entity brokerId) */
  brokerId: number;
  /** The broker epoch. (versions 0-2, default -1) */
  brokerEpoch: bigint;
  /** The highest metadata offset which the broker has reached. (versions 0-2) */
  currentMetadataOffset: bigint;
  /** True if the broker wants to be fenced, false otherwise. (versions 0-2) */
  wantFence: boolean;
  /** True if the broker wants to be shut down, false otherwise. (versions 0-2) */
  wantShutDown: boolean;
  /** Log directories that failed and went offline. (versions 1-2, tagged 1-2 as tag 0) */
  offlineLogDirs: string[];
  /** List of log directories that are cordoned. This is null before the broker reaches the RECOVERY state. (versions 2, nullable 2, tagged 2 as tag 1, default null) */
  cordonedLogDirs: string[] | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const BrokerHeartbeatRequestFields: readonly FieldSchema[] = [
  { name: "brokerId", type: "int32", versions: [0, 2], nullable: null, tagged: null, default: 0, entityType: "brokerId" },
  { name: "brokerEpoch", type: "int64", versions: [0, 2], nullable: null, tagged: null, default: -1n },
  { name: "currentMetadataOffset", type: "int64", versions: [0, 2], nullable: null, tagged: null, default: 0n },
  { name: "wantFence", type: "bool", versions: [0, 2], nullable: null, tagged: null, default: false },
  { name: "wantShutDown", type: "bool", versions: [0, 2], nullable: null, tagged: null, default: false },
  { name: "offlineLogDirs", type: "[]uuid", versions: [1, 2], nullable: null, tagged: [1, 2], tag: 0 },
  { name: "cordonedLogDirs", type: "[]uuid", versions: [2, 2], nullable: [2, 2], tagged: [2, 2], tag: 1, default: null },
];

export const brokerHeartbeatRequestSchema: MessageSchema = {
  name: "BrokerHeartbeatRequest",
  type: "request",
  apiKey: 63,
  validVersions: [0, 2],
  flexibleVersions: [0, 32767],
  fields: BrokerHeartbeatRequestFields,
};

export function encodeBrokerHeartbeatRequest(w: Writer, v: Input<BrokerHeartbeatRequest>, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `BrokerHeartbeatRequest version ${version} is not supported (valid: 0-2)`);
  }
  w.int32(v.brokerId ?? 0);
  w.int64(v.brokerEpoch ?? -1n);
  w.int64(v.currentMetadataOffset ?? 0n);
  w.bool(v.wantFence ?? false);
  w.bool(v.wantShutDown ?? false);
  let tagged: TaggedField[] | undefined;
  if (version >= 1) {
    const x = v.offlineLogDirs === undefined ? [] : v.offlineLogDirs;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `BrokerHeartbeatRequest.offlineLogDirs cannot be null in version ${version}`);
    if (x.length !== 0) {
      const tw = new Writer(64);
      {
        tw.uvarint(x.length + 1);
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `BrokerHeartbeatRequest.offlineLogDirs has a null element`);
          tw.uuid(e);
        }
      }
      (tagged ??= []).push({ tag: 0, data: tw.finish() });
    }
  }
  if (version >= 2) {
    const x = v.cordonedLogDirs === undefined ? null : v.cordonedLogDirs;
    if (x !== null) {
      const tw = new Writer(64);
      if (x === null) tw.uvarint(0);
      else {
        tw.uvarint(x.length + 1);
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `BrokerHeartbeatRequest.cordonedLogDirs has a null element`);
          tw.uuid(e);
        }
      }
      (tagged ??= []).push({ tag: 1, data: tw.finish() });
    }
  }
  writeTaggedFields(w, tagged, v._unknownTaggedFields);
}

export function decodeBrokerHeartbeatRequest(r: Reader, version: number): BrokerHeartbeatRequest {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `BrokerHeartbeatRequest version ${version} is not supported (valid: 0-2)`);
  }
  const f_brokerId: number = r.int32();
  const f_brokerEpoch: bigint = r.int64();
  const f_currentMetadataOffset: bigint = r.int64();
  const f_wantFence: boolean = r.bool();
  const f_wantShutDown: boolean = r.bool();
  let f_offlineLogDirs: string[] = [];
  let f_cordonedLogDirs: string[] | null = null;
  let unknownTags: TaggedField[] | undefined;
  const nTags = r.uvarint();
  for (let t = 0; t < nTags; t++) {
    const tag = r.uvarint();
    const tr = taggedFieldReader(r);
    if (tag === 0 && version >= 1) {
      {
        const n = tr.compactArrayLength(16);
        if (n === null) {
          throw new ProtocolError('NEGATIVE_LENGTH', `BrokerHeartbeatRequest.offlineLogDirs is null, not allowed in version ${version}`);
        }
        else {
          const a = new Array<string>(n);
          for (let i = 0; i < n; i++) a[i] = tr.uuid();
          f_offlineLogDirs = a;
        }
      }
    } else if (tag === 1 && version >= 2) {
      {
        const n = tr.compactArrayLength(16);
        if (n === null) f_cordonedLogDirs = null;
        else {
          const a = new Array<string>(n);
          for (let i = 0; i < n; i++) a[i] = tr.uuid();
          f_cordonedLogDirs = a;
        }
      }
    } else {
      (unknownTags ??= []).push({ tag, data: tr.buf.subarray(tr.pos, tr.end) });
    }
  }
  const out: BrokerHeartbeatRequest = {
    brokerId: f_brokerId,
    brokerEpoch: f_brokerEpoch,
    currentMetadataOffset: f_currentMetadataOffset,
    wantFence: f_wantFence,
    wantShutDown: f_wantShutDown,
    offlineLogDirs: f_offlineLogDirs,
    cordonedLogDirs: f_cordonedLogDirs,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
