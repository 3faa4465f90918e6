// Generated from ConsumerGroupMemberMetadataValue.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ConsumerGroupMemberMetadataValue (data), versions 0, flexible 0+.
 *
 * KIP-848 is in development. This schema is subject to non-backwards-compatible changes.
 */
export interface ConsumerGroupMemberMetadataValue {
  /** The (optional) instance id. (versions 0, nullable 0) */
  instanceId: string | null;
  /** The (optional) rack id. (versions 0, nullable 0) */
  rackId: string | null;
  /** The client id. (versions 0) */
  clientId: string;
  /** The client host. (versions 0) */
  clientHost: string;
  /** The list of subscribed topic names. (versions 0) */
  subscribedTopicNames: string[];
  /** The subscribed topic regular expression. (versions 0, nullable 0) */
  subscribedTopicRegex: string | null;
  /** The rebalance timeout (versions 0, default -1) */
  rebalanceTimeoutMs: number;
  /** The server assignor to use; or null if not used. (versions 0, nullable 0) */
  serverAssignor: string | null;
  /** The classic member metadata which includes the supported protocols of the consumer if it uses the classic protocol. The metadata is null if the consumer uses the consumer protocol. (versions 0, nullable 0, tagged 0 as tag 0, default null) */
  classicMemberMetadata: ClassicMemberMetadata | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ClassicProtocol {
  /** The protocol name. (versions 0) */
  name: string;
  /** The protocol metadata. (versions 0) */
  metadata: Buffer;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ClassicMemberMetadata {
  /** The session timeout if the consumer uses the classic protocol. (versions 0) */
  sessionTimeoutMs: number;
  /** The list of protocols that the member supports if the consumer uses the classic protocol. (versions 0) */
  supportedProtocols: ClassicProtocol[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const ClassicProtocolFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
  { name: "metadata", type: "bytes", versions: [0, 0], nullable: null, tagged: null },
];
const ClassicMemberMetadataFields: readonly FieldSchema[] = [
  { name: "sessionTimeoutMs", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "supportedProtocols", type: "[]ClassicProtocol", versions: [0, 0], nullable: null, tagged: null, fields: ClassicProtocolFields },
];
const ConsumerGroupMemberMetadataValueFields: readonly FieldSchema[] = [
  { name: "instanceId", type: "string", versions: [0, 0], nullable: [0, 0], tagged: null, default: "" },
  { name: "rackId", type: "string", versions: [0, 0], nullable: [0, 0], tagged: null, default: "" },
  { name: "clientId", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
  { name: "clientHost", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
  { name: "subscribedTopicNames", type: "[]string", versions: [0, 0], nullable: null, tagged: null },
  { name: "subscribedTopicRegex", type: "string", versions: [0, 0], nullable: [0, 0], tagged: null, default: "" },
  { name: "rebalanceTimeoutMs", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: -1 },
  { name: "serverAssignor", type: "string", versions: [0, 0], nullable: [0, 0], tagged: null, default: "" },
  { name: "classicMemberMetadata", type: "ClassicMemberMetadata", versions: [0, 0], nullable: [0, 0], tagged: [0, 0], tag: 0, default: null, fields: ClassicMemberMetadataFields },
];

export const consumerGroupMemberMetadataValueSchema: MessageSchema = {
  name: "ConsumerGroupMemberMetadataValue",
  type: "data",
  apiKey: null,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: ConsumerGroupMemberMetadataValueFields,
};

export function encodeConsumerGroupMemberMetadataValue(w: Writer, v: Input<ConsumerGroupMemberMetadataValue>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ConsumerGroupMemberMetadataValue version ${version} is not supported (valid: 0-0)`);
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
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ConsumerGroupMemberMetadataValue.clientId cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.clientHost === undefined ? "" : v.clientHost;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ConsumerGroupMemberMetadataValue.clientHost cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.subscribedTopicNames === undefined ? [] : v.subscribedTopicNames;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ConsumerGroupMemberMetadataValue.subscribedTopicNames cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ConsumerGroupMemberMetadataValue.subscribedTopicNames has a null element`);
        w.compactString(e);
      }
    }
  }
  {
    const x = v.subscribedTopicRegex === undefined ? "" : v.subscribedTopicRegex;
    w.compactNullableString(x);
  }
  w.int32(v.rebalanceTimeoutMs ?? -1);
  {
    const x = v.serverAssignor === undefined ? "" : v.serverAssignor;
    w.compactNullableString(x);
  }
  let tagged: TaggedField[] | undefined;
  {
    const x = v.classicMemberMetadata === undefined ? null : v.classicMemberMetadata;
    if (x !== null) {
      const tw = new Writer(64);
      if (x === null) tw.uvarint(0);
      else {
        tw.uvarint(1);
        encodeClassicMemberMetadata(tw, x, version);
      }
      (tagged ??= []).push({ tag: 0, data: tw.finish() });
    }
  }
  writeTaggedFields(w, tagged, v._unknownTaggedFields);
}

export function decodeConsumerGroupMemberMetadataValue(r: Reader, version: number): ConsumerGroupMemberMetadataValue {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ConsumerGroupMemberMetadataValue version ${version} is not supported (valid: 0-0)`);
  }
  const f_instanceId: string | null = r.compactNullableString();
  const f_rackId: string | null = r.compactNullableString();
  const f_clientId: string = r.compactString();
  const f_clientHost: string = r.compactString();
  let f_subscribedTopicNames: string[];
  {
    const n = r.compactArrayLength(1);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ConsumerGroupMemberMetadataValue.subscribedTopicNames is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<string>(n);
      for (let i = 0; i < n; i++) a[i] = r.compactString();
      f_subscribedTopicNames = a;
    }
  }
  const f_subscribedTopicRegex: string | null = r.compactNullableString();
  const f_rebalanceTimeoutMs: number = r.int32();
  const f_serverAssignor: string | null = r.compactNullableString();
  let f_classicMemberMetadata: ClassicMemberMetadata | null = null;
  let unknownTags: TaggedField[] | undefined;
  const nTags = r.uvarint();
  for (let t = 0; t < nTags; t++) {
    const tag = r.uvarint();
    const tr = taggedFieldReader(r);
    if (tag === 0) {
      f_classicMemberMetadata = tr.uvarint() === 0 ? null : decodeClassicMemberMetadata(tr, version);
    } else {
      (unknownTags ??= []).push({ tag, data: tr.buf.subarray(tr.pos, tr.end) });
    }
  }
  const out: ConsumerGroupMemberMetadataValue = {
    instanceId: f_instanceId,
    rackId: f_rackId,
    clientId: f_clientId,
    clientHost: f_clientHost,
    subscribedTopicNames: f_subscribedTopicNames,
    subscribedTopicRegex: f_subscribedTopicRegex,
    rebalanceTimeoutMs: f_rebalanceTimeoutMs,
    serverAssignor: f_serverAssignor,
    classicMemberMetadata: f_classicMemberMetadata,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeClassicProtocol(w: Writer, v: Input<ClassicProtocol>, version: number): void {
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ClassicProtocol.name cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.metadata === undefined ? EMPTY_BYTES : v.metadata;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ClassicProtocol.metadata cannot be null in version ${version}`);
    w.compactNullableBytes(x);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeClassicProtocol(r: Reader, version: number): ClassicProtocol {
  const f_name: string = r.compactString();
  const f_metadata: Buffer = r.compactBytes();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: ClassicProtocol = {
    name: f_name,
    metadata: f_metadata,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeClassicMemberMetadata(w: Writer, v: Input<ClassicMemberMetadata>, version: number): void {
  w.int32(v.sessionTimeoutMs ?? 0);
  {
    const x = v.supportedProtocols === undefined ? [] : v.supportedProtocols;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ClassicMemberMetadata.supportedProtocols cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ClassicMemberMetadata.supportedProtocols has a null element`);
        encodeClassicProtocol(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeClassicMemberMetadata(r: Reader, version: number): ClassicMemberMetadata {
  const f_sessionTimeoutMs: number = r.int32();
  let f_supportedProtocols: ClassicProtocol[];
  {
    const n = r.compactArrayLength(2);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ClassicMemberMetadata.supportedProtocols is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<ClassicProtocol>(n);
      for (let i = 0; i < n; i++) a[i] = decodeClassicProtocol(r, version);
      f_supportedProtocols = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: ClassicMemberMetadata = {
    sessionTimeoutMs: f_sessionTimeoutMs,
    supportedProtocols: f_supportedProtocols,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
