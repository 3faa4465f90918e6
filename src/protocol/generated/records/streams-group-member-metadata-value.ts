// Generated from StreamsGroupMemberMetadataValue.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** StreamsGroupMemberMetadataValue (coordinator-value, api key 19), versions 0, flexible 0+. */
export interface StreamsGroupMemberMetadataValue {
  /** The (optional) instance ID for static membership. (versions 0, nullable 0) */
  instanceId: string | null;
  /** The (optional) rack ID. (versions 0, nullable 0) */
  rackId: string | null;
  /** The client ID. (versions 0) */
  clientId: string;
  /** The client host. (versions 0) */
  clientHost: string;
  /** The rebalance timeout. (versions 0, default -1) */
  rebalanceTimeoutMs: number;
  /** The epoch of the topology. (versions 0) */
  topologyEpoch: number;
  /** Identity of the streams instance that may have multiple consumers. (versions 0) */
  processId: string;
  /** User-defined endpoint for running interactive queries on this instance. (versions 0, nullable 0, default null) */
  userEndpoint: Endpoint | null;
  /** Used for rack-aware assignment algorithm. (versions 0) */
  clientTags: KeyValue[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface Endpoint {
  /** The host of the endpoint. (versions 0) */
  host: string;
  /** The port of the endpoint. (versions 0) */
  port: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface KeyValue {
  /** The key of the config. (versions 0) */
  key: string;
  /** the value of the config. (versions 0) */
  value: string;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const EndpointFields: readonly FieldSchema[] = [
  { name: "host", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
  { name: "port", type: "uint16", versions: [0, 0], nullable: null, tagged: null, default: 0 },
];
const KeyValueFields: readonly FieldSchema[] = [
  { name: "key", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
  { name: "value", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
];
const StreamsGroupMemberMetadataValueFields: readonly FieldSchema[] = [
  { name: "instanceId", type: "string", versions: [0, 0], nullable: [0, 0], tagged: null, default: "" },
  { name: "rackId", type: "string", versions: [0, 0], nullable: [0, 0], tagged: null, default: "" },
  { name: "clientId", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
  { name: "clientHost", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
  { name: "rebalanceTimeoutMs", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: -1 },
  { name: "topologyEpoch", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "processId", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
  { name: "userEndpoint", type: "Endpoint", versions: [0, 0], nullable: [0, 0], tagged: null, default: null, fields: EndpointFields },
  { name: "clientTags", type: "[]KeyValue", versions: [0, 0], nullable: null, tagged: null, fields: KeyValueFields },
];

export const streamsGroupMemberMetadataValueSchema: MessageSchema = {
  name: "StreamsGroupMemberMetadataValue",
  type: "coordinator-value",
  apiKey: 19,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: StreamsGroupMemberMetadataValueFields,
};

export function encodeStreamsGroupMemberMetadataValue(w: Writer, v: Input<StreamsGroupMemberMetadataValue>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `StreamsGroupMemberMetadataValue version ${version} is not supported (valid: 0-0)`);
  }
  {
    const x = v.instanceId === undefined ? "" : v.instanceId;
    w.compactNullableString(x);
  }
  {
    const x = v.rackId === undefined ? "" : v.rackId;
    w.compactNullableString(x);
  }
  {
    const x = v.clientId === undefined ? "" : v.clientId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `StreamsGroupMemberMetadataValue.clientId cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.clientHost === undefined ? "" : v.clientHost;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `StreamsGroupMemberMetadataValue.clientHost cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  w.int32(v.rebalanceTimeoutMs ?? -1);
  w.int32(v.topologyEpoch ?? 0);
  {
    const x = v.processId === undefined ? "" : v.processId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `StreamsGroupMemberMetadataValue.processId cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.userEndpoint === undefined ? null : v.userEndpoint;
    if (x === null) w.int8(-1);
    else {
      w.int8(1);
      encodeEndpoint(w, x, version);
    }
  }
  {
    const x = v.clientTags === undefined ? [] : v.clientTags;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `StreamsGroupMemberMetadataValue.clientTags cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `StreamsGroupMemberMetadataValue.clientTags has a null element`);
        encodeKeyValue(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeStreamsGroupMemberMetadataValue(r: Reader, version: number): StreamsGroupMemberMetadataValue {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `StreamsGroupMemberMetadataValue version ${version} is not supported (valid: 0-0)`);
  }
  const f_instanceId: string | null = r.compactNullableString();
  const f_rackId: string | null = r.compactNullableString();
  const f_clientId: string = r.compactString();
  const f_clientHost: string = r.compactString();
  const f_rebalanceTimeoutMs: number = r.int32();
  const f_topologyEpoch: number = r.int32();
  const f_processId: string = r.compactString();
  const f_userEndpoint: Endpoint | null = r.int8() < 0 ? null : decodeEndpoint(r, version);
  let f_clientTags: KeyValue[];
  {
    const n = r.compactArrayLength(2);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `StreamsGroupMemberMetadataValue.clientTags is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<KeyValue>(n);
      for (let i = 0; i < n; i++) a[i] = decodeKeyValue(r, version);
      f_clientTags = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: StreamsGroupMemberMetadataValue = {
    instanceId: f_instanceId,
    rackId: f_rackId,
    clientId: f_clientId,
    clientHost: f_clientHost,
    rebalanceTimeoutMs: f_rebalanceTimeoutMs,
    topologyEpoch: f_topologyEpoch,
    processId: f_processId,
    userEndpoint: f_userEndpoint,
    clientTags: f_clientTags,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeEndpoint(w: Writer, v: Input<Endpoint>, version: number): void {
  {
    const x = v.host === undefined ? "" : v.host;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `Endpoint.host cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  w.uint16(v.port ?? 0);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeEndpoint(r: Reader, version: number): Endpoint {
  const f_host: string = r.compactString();
  const f_port: number = r.uint16();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: Endpoint = {
    host: f_host,
    port: f_port,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeKeyValue(w: Writer, v: Input<KeyValue>, version: number): void {
  {
    const x = v.key === undefined ? "" : v.key;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `KeyValue.key cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.value === undefined ? "" : v.value;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `KeyValue.value cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeKeyValue(r: Reader, version: number): KeyValue {
  const f_key: string = r.compactString();
  const f_value: string = r.compactString();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: KeyValue = {
    key: f_key,
    value: f_value,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
