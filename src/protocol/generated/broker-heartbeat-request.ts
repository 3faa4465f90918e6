// Generated from BrokerHeartbeatRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** BrokerHeartbeatRequest (request, api key 63), versions 0-1, flexible 0+. */
export interface BrokerHeartbeatRequest {
  /** The broker ID. (versions 0-1, entity brokerId) */
  brokerId: number;
  /** The broker epoch. (versions 0-1, default -1) */
  brokerEpoch: bigint;
  /** The highest metadata offset which the broker has reached. (versions 0-1) */
  currentMetadataOffset: bigint;
  /** True if the broker wants to be fenced, false otherwise. (versions 0-1) */
  wantFence: boolean;
  /** True if the broker wants to be shut down, false otherwise. (versions 0-1) */
  wantShutDown: boolean;
  /** Log directories that failed and went offline. (versions 1, tagged 1 as tag 0) */
  offlineLogDirs: string[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const BrokerHeartbeatRequestFields: readonly FieldSchema[] = [
  { name: "brokerId", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0, entityType: "brokerId" },
  { name: "brokerEpoch", type: "int64", versions: [0, 1], nullable: null, tagged: null, default: -1n },
  { name: "currentMetadataOffset", type: "int64", versions: [0, 1], nullable: null, tagged: null, default: 0n },
  { name: "wantFence", type: "bool", versions: [0, 1], nullable: null, tagged: null, default: false },
  { name: "wantShutDown", type: "bool", versions: [0, 1], nullable: null, tagged: null, default: false },
  { name: "offlineLogDirs", type: "[]uuid", versions: [1, 1], nullable: null, tagged: [1, 1], tag: 0 },
];

export const brokerHeartbeatRequestSchema: MessageSchema = {
  name: "BrokerHeartbeatRequest",
  type: "request",
  apiKey: 63,
  validVersions: [0, 1],
  flexibleVersions: [0, 32767],
  fields: BrokerHeartbeatRequestFields,
};

export function encodeBrokerHeartbeatRequest(w: Writer, v: Input<BrokerHeartbeatRequest>, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `BrokerHeartbeatRequest version ${version} is not supported (valid: 0-1)`);
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
  writeTaggedFields(w, tagged, v._unknownTaggedFields);
}

export function decodeBrokerHeartbeatRequest(r: Reader, version: number): BrokerHeartbeatRequest {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `BrokerHeartbeatRequest version ${version} is not supported (valid: 0-1)`);
  }
  const f_brokerId: number = r.int32();
  const f_brokerEpoch: bigint = r.int64();
  const f_currentMetadataOffset: bigint = r.int64();
  const f_wantFence: boolean = r.bool();
  const f_wantShutDown: boolean = r.bool();
  let f_offlineLogDirs: string[] = [];
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
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
