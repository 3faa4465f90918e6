// Generated from StreamsGroupMetadataValue.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** StreamsGroupMetadataValue (coordinator-value, api key 17), versions 0, flexible 0+. */
export interface StreamsGroupMetadataValue {
  /** The group epoch. (versions 0) */
  epoch: number;
  /** The hash of all topics in the group. (versions 0) */
  metadataHash: bigint;
  /** The topology epoch whose topics are validated to be present in a valid configuration in the metadata. (versions 0, tagged 0 as tag 0, default -1) */
  validatedTopologyEpoch: number;
  /** The last used configuration parameters as key-value pairs. (versions 0, nullable 0, tagged 0 as tag 1, default null) */
  lastAssignmentConfigs: LastAssignmentConfig[] | null;
  /** The topology epoch the plugin holds, or -1 if none. -2 (uncertain) marks an interrupted plugin operation: it solicits a push like -1 and is delete-eligible like a stored epoch. (versions 0, tagged 0 as tag 2, default -1) */
  storedDescriptionTopologyEpoch: number;
  /** The topology epoch whose description push the plugin permanently rejected (signalled by StreamsTopologyDescriptionPermanentFailureException), or -1 if none. Heartbeat-path solicitation is suppressed while this equals the current topology epoch, to avoid hot-looping. (versions 0, tagged 0 as tag 3, default -1) */
  failedDescriptionTopologyEpoch: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface LastAssignmentConfig {
  /** Key of the config. (versions 0) */
  key: string;
  /** Value of the config. (versions 0) */
  value: string;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const LastAssignmentConfigFields: readonly FieldSchema[] = [
  { name: "key", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
  { name: "value", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
];
const StreamsGroupMetadataValueFields: readonly FieldSchema[] = [
  { name: "epoch", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "metadataHash", type: "int64", versions: [0, 0], nullable: null, tagged: null, default: 0n },
  { name: "validatedTopologyEpoch", type: "int32", versions: [0, 0], nullable: null, tagged: [0, 0], tag: 0, default: -1 },
  { name: "lastAssignmentConfigs", type: "[]LastAssignmentConfig", versions: [0, 0], nullable: [0, 0], tagged: [0, 0], tag: 1, default: null, fields: LastAssignmentConfigFields },
  { name: "storedDescriptionTopologyEpoch", type: "int32", versions: [0, 0], nullable: null, tagged: [0, 0], tag: 2, default: -1 },
  { name: "failedDescriptionTopologyEpoch", type: "int32", versions: [0, 0], nullable: null, tagged: [0, 0], tag: 3, default: -1 },
];

export const streamsGroupMetadataValueSchema: MessageSchema = {
  name: "StreamsGroupMetadataValue",
  type: "coordinator-value",
  apiKey: 17,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: StreamsGroupMetadataValueFields,
};

export function encodeStreamsGroupMetadataValue(w: Writer, v: Input<StreamsGroupMetadataValue>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `StreamsGroupMetadataValue version ${version} is not supported (valid: 0-0)`);
  }
  w.int32(v.epoch ?? 0);
  w.int64(v.metadataHash ?? 0n);
  let tagged: TaggedField[] | undefined;
  {
    const x = v.validatedTopologyEpoch ?? -1;
    if (x !== -1) {
      const tw = new Writer(64);
      tw.int32(x);
      (tagged ??= []).push({ tag: 0, data: tw.finish() });
    }
  }
  {
    const x = v.lastAssignmentConfigs === undefined ? null : v.lastAssignmentConfigs;
    if (x !== null) {
      const tw = new Writer(64);
      if (x === null) tw.uvarint(0);
      else {
        tw.uvarint(x.length + 1);
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `StreamsGroupMetadataValue.lastAssignmentConfigs has a null element`);
          encodeLastAssignmentConfig(tw, e, version);
        }
      }
      (tagged ??= []).push({ tag: 1, data: tw.finish() });
    }
  }
  {
    const x = v.storedDescriptionTopologyEpoch ?? -1;
    if (x !== -1) {
      const tw = new Writer(64);
      tw.int32(x);
      (tagged ??= []).push({ tag: 2, data: tw.finish() });
    }
  }
  {
    const x = v.failedDescriptionTopologyEpoch ?? -1;
    if (x !== -1) {
      const tw = new Writer(64);
      tw.int32(x);
      (tagged ??= []).push({ tag: 3, data: tw.finish() });
    }
  }
  writeTaggedFields(w, tagged, v._unknownTaggedFields);
}

export function decodeStreamsGroupMetadataValue(r: Reader, version: number): StreamsGroupMetadataValue {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `StreamsGroupMetadataValue version ${version} is not supported (valid: 0-0)`);
  }
  const f_epoch: number = r.int32();
  const f_metadataHash: bigint = r.int64();
  let f_validatedTopologyEpoch: number = -1;
  let f_lastAssignmentConfigs: LastAssignmentConfig[] | null = null;
  let f_storedDescriptionTopologyEpoch: number = -1;
  let f_failedDescriptionTopologyEpoch: number = -1;
  let unknownTags: TaggedField[] | undefined;
  const nTags = r.uvarint();
  for (let t = 0; t < nTags; t++) {
    const tag = r.uvarint();
    const tr = taggedFieldReader(r);
    if (tag === 0) {
      f_validatedTopologyEpoch = tr.int32();
    } else if (tag === 1) {
      {
        const n = tr.compactArrayLength(2);
        if (n === null) f_lastAssignmentConfigs = null;
        else {
          const a = new Array<LastAssignmentConfig>(n);
          for (let i = 0; i < n; i++) a[i] = decodeLastAssignmentConfig(tr, version);
          f_lastAssignmentConfigs = a;
        }
      }
    } else if (tag === 2) {
      f_storedDescriptionTopologyEpoch = tr.int32();
    } else if (tag === 3) {
      f_failedDescriptionTopologyEpoch = tr.int32();
    } else {
      (unknownTags ??= []).push({ tag, data: tr.buf.subarray(tr.pos, tr.end) });
    }
  }
  const out: StreamsGroupMetadataValue = {
    epoch: f_epoch,
    metadataHash: f_metadataHash,
    validatedTopologyEpoch: f_validatedTopologyEpoch,
    lastAssignmentConfigs: f_lastAssignmentConfigs,
    storedDescriptionTopologyEpoch: f_storedDescriptionTopologyEpoch,
    failedDescriptionTopologyEpoch: f_failedDescriptionTopologyEpoch,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeLastAssignmentConfig(w: Writer, v: Input<LastAssignmentConfig>, version: number): void {
  {
    const x = v.key === undefined ? "" : v.key;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `LastAssignmentConfig.key cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.value === undefined ? "" : v.value;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `LastAssignmentConfig.value cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeLastAssignmentConfig(r: Reader, version: number): LastAssignmentConfig {
  const f_key: string = r.compactString();
  const f_value: string = r.compactString();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: LastAssignmentConfig = {
    key: f_key,
    value: f_value,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
