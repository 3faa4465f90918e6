// Generated from EndQuorumEpochResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * EndQuorumEpochResponse (response, api key 54), versions 0-1, flexible 1+.
 *
 * Version 1 adds flexible versions and leader endpoint (KIP-853)
 */
export interface EndQuorumEpochResponse {
  /** The top level error code. (versions 0-1) */
  errorCode: number;
  /** The topic data. (versions 0-1) */
  topics: TopicData[];
  /** Endpoints for all leaders enumerated in PartitionData. (versions 1, tagged 1 as tag 0) */
  nodeEndpoints: NodeEndpoint[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface PartitionData {
  /** The partition index. (versions 0-1) */
  partitionIndex: number;
  /** The partition level error code. (versions 0-1) */
  errorCode: number;
  /** The ID of the current leader or -1 if the leader is unknown. (versions 0-1, entity brokerId) */
  leaderId: number;
  /** The latest known leader epoch. (versions 0-1) */
  leaderEpoch: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TopicData {
  /** The topic name. (versions 0-1, entity topicName) */
  topicName: string;
  /** The partition data. (versions 0-1) */
  partitions: PartitionData[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface NodeEndpoint {
  /** The ID of the associated node. (versions 1, entity brokerId, map key) */
  nodeId: number;
  /** The node's hostname. (versions 1) */
  host: string;
  /** The node's port. (versions 1) */
  port: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const PartitionDataFields: readonly FieldSchema[] = [
  { name: "partitionIndex", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "leaderId", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0, entityType: "brokerId" },
  { name: "leaderEpoch", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
];
const TopicDataFields: readonly FieldSchema[] = [
  { name: "topicName", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "partitions", type: "[]PartitionData", versions: [0, 1], nullable: null, tagged: null, fields: PartitionDataFields },
];
const NodeEndpointFields: readonly FieldSchema[] = [
  { name: "nodeId", type: "int32", versions: [1, 1], nullable: null, tagged: null, default: 0, entityType: "brokerId", mapKey: true },
  { name: "host", type: "string", versions: [1, 1], nullable: null, tagged: null, default: "" },
  { name: "port", type: "uint16", versions: [1, 1], nullable: null, tagged: null, default: 0 },
];
const EndQuorumEpochResponseFields: readonly FieldSchema[] = [
  { name: "errorCode", type: "int16", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "topics", type: "[]TopicData", versions: [0, 1], nullable: null, tagged: null, fields: TopicDataFields },
  { name: "nodeEndpoints", type: "[]NodeEndpoint", versions: [1, 1], nullable: null, tagged: [1, 1], tag: 0, fields: NodeEndpointFields },
];

export const endQuorumEpochResponseSchema: MessageSchema = {
  name: "EndQuorumEpochResponse",
  type: "response",
  apiKey: 54,
  validVersions: [0, 1],
  flexibleVersions: [1, 32767],
  fields: EndQuorumEpochResponseFields,
};

export function encodeEndQuorumEpochResponse(w: Writer, v: Input<EndQuorumEpochResponse>, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `EndQuorumEpochResponse version ${version} is not supported (valid: 0-1)`);
  }
  const flexible = version >= 1;
  w.int16(v.errorCode ?? 0);
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `EndQuorumEpochResponse.topics cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `EndQuorumEpochResponse.topics has a null element`);
        encodeTopicData(w, e, version);
      }
    }
  }
  if (flexible) {
    let tagged: TaggedField[] | undefined;
    {
      const x = v.nodeEndpoints === undefined ? [] : v.nodeEndpoints;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `EndQuorumEpochResponse.nodeEndpoints cannot be null in version ${version}`);
      if (x.length !== 0) {
        const tw = new Writer(64);
        {
          tw.uvarint(x.length + 1);
          for (const e of x) {
            if (e == null) throw new ProtocolError('INVALID_VALUE', `EndQuorumEpochResponse.nodeEndpoints has a null element`);
            encodeNodeEndpoint(tw, e, version);
          }
        }
        (tagged ??= []).push({ tag: 0, data: tw.finish() });
      }
    }
    writeTaggedFields(w, tagged, v._unknownTaggedFields);
  }
}

export function decodeEndQuorumEpochResponse(r: Reader, version: number): EndQuorumEpochResponse {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `EndQuorumEpochResponse version ${version} is not supported (valid: 0-1)`);
  }
  const flexible = version >= 1;
  const f_errorCode: number = r.int16();
  let f_topics: TopicData[];
  {
    const n = (flexible ? r.compactArrayLength(2) : r.arrayLength(2));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `EndQuorumEpochResponse.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TopicData>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTopicData(r, version);
      f_topics = a;
    }
  }
  let f_nodeEndpoints: NodeEndpoint[] = [];
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    const nTags = r.uvarint();
    for (let t = 0; t < nTags; t++) {
      const tag = r.uvarint();
      const tr = taggedFieldReader(r);
      if (tag === 0) {
        {
          const n = tr.compactArrayLength(7);
          if (n === null) {
            throw new ProtocolError('NEGATIVE_LENGTH', `EndQuorumEpochResponse.nodeEndpoints is null, not allowed in version ${version}`);
          }
          else {
            const a = new Array<NodeEndpoint>(n);
            for (let i = 0; i < n; i++) a[i] = decodeNodeEndpoint(tr, version);
            f_nodeEndpoints = a;
          }
        }
      } else {
        (unknownTags ??= []).push({ tag, data: tr.buf.subarray(tr.pos, tr.end) });
      }
    }
  }
  const out: EndQuorumEpochResponse = {
    errorCode: f_errorCode,
    topics: f_topics,
    nodeEndpoints: f_nodeEndpoints,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodePartitionData(w: Writer, v: Input<PartitionData>, version: number): void {
  const flexible = version >= 1;
  w.int32(v.partitionIndex ?? 0);
  w.int16(v.errorCode ?? 0);
  w.int32(v.leaderId ?? 0);
  w.int32(v.leaderEpoch ?? 0);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodePartitionData(r: Reader, version: number): PartitionData {
  const flexible = version >= 1;
  const f_partitionIndex: number = r.int32();
  const f_errorCode: number = r.int16();
  const f_leaderId: number = r.int32();
  const f_leaderEpoch: number = r.int32();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: PartitionData = {
    partitionIndex: f_partitionIndex,
    errorCode: f_errorCode,
    leaderId: f_leaderId,
    leaderEpoch: f_leaderEpoch,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeTopicData(w: Writer, v: Input<TopicData>, version: number): void {
  const flexible = version >= 1;
  {
    const x = v.topicName === undefined ? "" : v.topicName;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopicData.topicName cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopicData.partitions cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `TopicData.partitions has a null element`);
        encodePartitionData(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeTopicData(r: Reader, version: number): TopicData {
  const flexible = version >= 1;
  const f_topicName: string = (flexible ? r.compactString() : r.string());
  let f_partitions: PartitionData[];
  {
    const n = (flexible ? r.compactArrayLength(14) : r.arrayLength(14));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `TopicData.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<PartitionData>(n);
      for (let i = 0; i < n; i++) a[i] = decodePartitionData(r, version);
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: TopicData = {
    topicName: f_topicName,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeNodeEndpoint(w: Writer, v: Input<NodeEndpoint>, version: number): void {
  w.int32(v.nodeId ?? 0);
  {
    const x = v.host === undefined ? "" : v.host;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `NodeEndpoint.host cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  w.uint16(v.port ?? 0);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeNodeEndpoint(r: Reader, version: number): NodeEndpoint {
  const f_nodeId: number = r.int32();
  const f_host: string = r.compactString();
  const f_port: number = r.uint16();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: NodeEndpoint = {
    nodeId: f_nodeId,
    host: f_host,
    port: f_port,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
