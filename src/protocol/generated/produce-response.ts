// Generated from ProduceResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ProduceResponse (response, api key 0), versions 0-13, flexible 9+.
 *
 * Versions 0-2 were removed in Apache Kafka 4.0, version 3 is the new baseline. Due to a bug in librdkafka,
 * these versions have to be included in the api versions response (see KAFKA-18659), but are rejected otherwise.
 * See `ApiKeys.PRODUCE_API_VERSIONS_RESPONSE_MIN_VERSION` for more details.
 *
 * Version 1 added the throttle time.
 * Version 2 added the log append time.
 *
 * Version 3 is the same as version 2.
 *
 * Version 4 added KAFKA_STORAGE_ERROR as a possible error code.
 *
 * Version 5 added LogStartOffset to filter out spurious OutOfOrderSequenceExceptions on the client.
 *
 * Version 8 added RecordErrors and ErrorMessage to include information about
 * records that cause the whole batch to be dropped.  See KIP-467 for details.
 *
 * Version 9 enables flexible versions.
 *
 * Version 10 adds 'CurrentLeader' and 'NodeEndpoints' as tagged fields (KIP-951)
 *
 * Version 11 adds support for new error code TRANSACTION_ABORTABLE (KIP-890).
 *
 * Version 12 is the same as version 10 (KIP-890).
 * Version 13 replaces topic names with topic IDs (KIP-516). May return UNKNOWN_TOPIC_ID error code.
 */
export interface ProduceResponse {
  /** Each produce response. (versions 0-13) */
  responses: TopicProduceResponse[];
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1-13, default 0) */
  throttleTimeMs: number;
  /** Endpoints for all current-leaders enumerated in PartitionProduceResponses, with errors NOT_LEADER_OR_FOLLOWER. (versions 10-13, tagged 10-13 as tag 0) */
  nodeEndpoints: NodeEndpoint[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface BatchIndexAndErrorMessage {
  /** The batch index of the record that caused the batch to be dropped. (versions 8-13) */
  batchIndex: number;
  /** The error message of the record that caused the batch to be dropped. (versions 8-13, nullable 8-13, default null) */
  batchIndexErrorMessage: string | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface LeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. (versions 10-13, default -1, entity brokerId) */
  leaderId: number;
  /** The latest known leader epoch. (versions 10-13, default -1) */
  leaderEpoch: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface PartitionProduceResponse {
  /** The partition index. (versions 0-13) */
  index: number;
  /** The error code, or 0 if there was no error. (versions 0-13) */
  errorCode: number;
  /** The base offset. (versions 0-13) */
  baseOffset: bigint;
  /** The timestamp returned by broker after appending the messages. If CreateTime is used for the topic, the timestamp will be -1.  If LogAppendTime is used for the topic, the timestamp will be the broker local time when the messages are appended. (versions 2-13, default -1) */
  logAppendTimeMs: bigint;
  /** The log start offset. (versions 5-13, default -1) */
  logStartOffset: bigint;
  /** The batch indices of records that caused the batch to be dropped. (versions 8-13) */
  recordErrors: BatchIndexAndErrorMessage[];
  /** The global error message summarizing the common root cause of the records that caused the batch to be dropped. (versions 8-13, nullable 8-13, default null) */
  errorMessage: string | null;
  /** The leader broker that the producer should use for future requests. (versions 10-13, tagged 10-13 as tag 0) */
  currentLeader: LeaderIdAndEpoch;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TopicProduceResponse {
  /** The topic name. (versions 0-12, entity topicName, map key) */
  name: string;
  /** The unique topic ID (versions 13, map key) */
  topicId: string;
  /** Each partition that we produced to within the topic. (versions 0-13) */
  partitionResponses: PartitionProduceResponse[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface NodeEndpoint {
  /** The ID of the associated node. (versions 10-13, entity brokerId, map key) */
  nodeId: number;
  /** The node's hostname. (versions 10-13) */
  host: string;
  /** The node's port. (versions 10-13) */
  port: number;
  /** The rack of the node, or null if it has not been assigned to a rack. (versions 10-13, nullable 10-13, default null) */
  rack: string | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const BatchIndexAndErrorMessageFields: readonly FieldSchema[] = [
  { name: "batchIndex", type: "int32", versions: [8, 13], nullable: null, tagged: null, default: 0 },
  { name: "batchIndexErrorMessage", type: "string", versions: [8, 13], nullable: [8, 13], tagged: null, default: null },
];
const LeaderIdAndEpochFields: readonly FieldSchema[] = [
  { name: "leaderId", type: "int32", versions: [10, 13], nullable: null, tagged: null, default: -1, entityType: "brokerId" },
  { name: "leaderEpoch", type: "int32", versions: [10, 13], nullable: null, tagged: null, default: -1 },
];
const PartitionProduceResponseFields: readonly FieldSchema[] = [
  { name: "index", type: "int32", versions: [0, 13], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 13], nullable: null, tagged: null, default: 0 },
  { name: "baseOffset", type: "int64", versions: [0, 13], nullable: null, tagged: null, default: 0n },
  { name: "logAppendTimeMs", type: "int64", versions: [2, 13], nullable: null, tagged: null, default: -1n },
  { name: "logStartOffset", type: "int64", versions: [5, 13], nullable: null, tagged: null, default: -1n },
  { name: "recordErrors", type: "[]BatchIndexAndErrorMessage", versions: [8, 13], nullable: null, tagged: null, fields: BatchIndexAndErrorMessageFields },
  { name: "errorMessage", type: "string", versions: [8, 13], nullable: [8, 13], tagged: null, default: null },
  { name: "currentLeader", type: "LeaderIdAndEpoch", versions: [10, 13], nullable: null, tagged: [10, 13], tag: 0, fields: LeaderIdAndEpochFields },
];
const TopicProduceResponseFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 12], nullable: null, tagged: null, default: "", entityType: "topicName", mapKey: true },
  { name: "topicId", type: "uuid", versions: [13, 13], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA", mapKey: true },
  { name: "partitionResponses", type: "[]PartitionProduceResponse", versions: [0, 13], nullable: null, tagged: null, fields: PartitionProduceResponseFields },
];
const NodeEndpointFields: readonly FieldSchema[] = [
  { name: "nodeId", type: "int32", versions: [10, 13], nullable: null, tagged: null, default: 0, entityType: "brokerId", mapKey: true },
  { name: "host", type: "string", versions: [10, 13], nullable: null, tagged: null, default: "" },
  { name: "port", type: "int32", versions: [10, 13], nullable: null, tagged: null, default: 0 },
  { name: "rack", type: "string", versions: [10, 13], nullable: [10, 13], tagged: null, default: null },
];
const ProduceResponseFields: readonly FieldSchema[] = [
  { name: "responses", type: "[]TopicProduceResponse", versions: [0, 13], nullable: null, tagged: null, fields: TopicProduceResponseFields },
  { name: "throttleTimeMs", type: "int32", versions: [1, 13], nullable: null, tagged: null, default: 0 },
  { name: "nodeEndpoints", type: "[]NodeEndpoint", versions: [10, 13], nullable: null, tagged: [10, 13], tag: 0, fields: NodeEndpointFields },
];

export const produceResponseSchema: MessageSchema = {
  name: "ProduceResponse",
  type: "response",
  apiKey: 0,
  validVersions: [0, 13],
  flexibleVersions: [9, 32767],
  fields: ProduceResponseFields,
};

function defaultLeaderIdAndEpoch(): LeaderIdAndEpoch {
  return { leaderId: -1, leaderEpoch: -1 };
}

function isDefaultLeaderIdAndEpoch(v: Input<LeaderIdAndEpoch>): boolean {
  return (v.leaderId === undefined || v.leaderId === -1) &&
    (v.leaderEpoch === undefined || v.leaderEpoch === -1) &&
    (v._unknownTaggedFields === undefined || v._unknownTaggedFields.length === 0);
}

export function encodeProduceResponse(w: Writer, v: Input<ProduceResponse>, version: number): void {
  if (!(version >= 0 && version <= 13)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ProduceResponse version ${version} is not supported (valid: 0-13)`);
  }
  const flexible = version >= 9;
  {
    const x = v.responses === undefined ? [] : v.responses;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ProduceResponse.responses cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ProduceResponse.responses has a null element`);
        encodeTopicProduceResponse(w, e, version);
      }
    }
  }
  if (version >= 1) {
    w.int32(v.throttleTimeMs ?? 0);
  }
  if (flexible) {
    let tagged: TaggedField[] | undefined;
    if (version >= 10) {
      const x = v.nodeEndpoints === undefined ? [] : v.nodeEndpoints;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `ProduceResponse.nodeEndpoints cannot be null in version ${version}`);
      if (x.length !== 0) {
        const tw = new Writer(64);
        {
          tw.uvarint(x.length + 1);
          for (const e of x) {
            if (e == null) throw new ProtocolError('INVALID_VALUE', `ProduceResponse.nodeEndpoints has a null element`);
            encodeNodeEndpoint(tw, e, version);
          }
        }
        (tagged ??= []).push({ tag: 0, data: tw.finish() });
      }
    }
    writeTaggedFields(w, tagged, v._unknownTaggedFields);
  }
}

export function decodeProduceResponse(r: Reader, version: number): ProduceResponse {
  if (!(version >= 0 && version <= 13)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ProduceResponse version ${version} is not supported (valid: 0-13)`);
  }
  const flexible = version >= 9;
  let f_responses: TopicProduceResponse[];
  {
    const n = (flexible ? r.compactArrayLength(1) : r.arrayLength(1));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ProduceResponse.responses is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TopicProduceResponse>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTopicProduceResponse(r, version);
      f_responses = a;
    }
  }
  let f_throttleTimeMs: number;
  if (version >= 1) {
    f_throttleTimeMs = r.int32();
  } else f_throttleTimeMs = 0;
  let f_nodeEndpoints: NodeEndpoint[] = [];
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    const nTags = r.uvarint();
    for (let t = 0; t < nTags; t++) {
      const tag = r.uvarint();
      const tr = taggedFieldReader(r);
      if (tag === 0 && version >= 10) {
        {
          const n = tr.compactArrayLength(10);
          if (n === null) {
            throw new ProtocolError('NEGATIVE_LENGTH', `ProduceResponse.nodeEndpoints is null, not allowed in version ${version}`);
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
  const out: ProduceResponse = {
    responses: f_responses,
    throttleTimeMs: f_throttleTimeMs,
    nodeEndpoints: f_nodeEndpoints,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeBatchIndexAndErrorMessage(w: Writer, v: Input<BatchIndexAndErrorMessage>, version: number): void {
  const flexible = version >= 9;
  w.int32(v.batchIndex ?? 0);
  {
    const x = v.batchIndexErrorMessage === undefined ? null : v.batchIndexErrorMessage;
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeBatchIndexAndErrorMessage(r: Reader, version: number): BatchIndexAndErrorMessage {
  const flexible = version >= 9;
  const f_batchIndex: number = r.int32();
  const f_batchIndexErrorMessage: string | null = (flexible ? r.compactNullableString() : r.nullableString());
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: BatchIndexAndErrorMessage = {
    batchIndex: f_batchIndex,
    batchIndexErrorMessage: f_batchIndexErrorMessage,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeLeaderIdAndEpoch(w: Writer, v: Input<LeaderIdAndEpoch>, version: number): void {
  w.int32(v.leaderId ?? -1);
  w.int32(v.leaderEpoch ?? -1);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeLeaderIdAndEpoch(r: Reader, version: number): LeaderIdAndEpoch {
  const f_leaderId: number = r.int32();
  const f_leaderEpoch: number = r.int32();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: LeaderIdAndEpoch = {
    leaderId: f_leaderId,
    leaderEpoch: f_leaderEpoch,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodePartitionProduceResponse(w: Writer, v: Input<PartitionProduceResponse>, version: number): void {
  const flexible = version >= 9;
  w.int32(v.index ?? 0);
  w.int16(v.errorCode ?? 0);
  w.int64(v.baseOffset ?? 0n);
  if (version >= 2) {
    w.int64(v.logAppendTimeMs ?? -1n);
  }
  if (version >= 5) {
    w.int64(v.logStartOffset ?? -1n);
  }
  if (version >= 8) {
    {
      const x = v.recordErrors === undefined ? [] : v.recordErrors;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `PartitionProduceResponse.recordErrors cannot be null in version ${version}`);
      {
        (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `PartitionProduceResponse.recordErrors has a null element`);
          encodeBatchIndexAndErrorMessage(w, e, version);
        }
      }
    }
  }
  if (version >= 8) {
    {
      const x = v.errorMessage === undefined ? null : v.errorMessage;
      (flexible ? w.compactNullableString(x) : w.nullableString(x));
    }
  }
  if (flexible) {
    let tagged: TaggedField[] | undefined;
    if (version >= 10) {
      const x = v.currentLeader === undefined ? {} : v.currentLeader;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `PartitionProduceResponse.currentLeader cannot be null in version ${version}`);
      if (!isDefaultLeaderIdAndEpoch(x)) {
        const tw = new Writer(64);
        encodeLeaderIdAndEpoch(tw, x, version);
        (tagged ??= []).push({ tag: 0, data: tw.finish() });
      }
    }
    writeTaggedFields(w, tagged, v._unknownTaggedFields);
  }
}

function decodePartitionProduceResponse(r: Reader, version: number): PartitionProduceResponse {
  const flexible = version >= 9;
  const f_index: number = r.int32();
  const f_errorCode: number = r.int16();
  const f_baseOffset: bigint = r.int64();
  let f_logAppendTimeMs: bigint;
  if (version >= 2) {
    f_logAppendTimeMs = r.int64();
  } else f_logAppendTimeMs = -1n;
  let f_logStartOffset: bigint;
  if (version >= 5) {
    f_logStartOffset = r.int64();
  } else f_logStartOffset = -1n;
  let f_recordErrors: BatchIndexAndErrorMessage[];
  if (version >= 8) {
    {
      const n = (flexible ? r.compactArrayLength(5) : r.arrayLength(5));
      if (n === null) {
        throw new ProtocolError('NEGATIVE_LENGTH', `PartitionProduceResponse.recordErrors is null, not allowed in version ${version}`);
      }
      else {
        const a = new Array<BatchIndexAndErrorMessage>(n);
        for (let i = 0; i < n; i++) a[i] = decodeBatchIndexAndErrorMessage(r, version);
        f_recordErrors = a;
      }
    }
  } else f_recordErrors = [];
  let f_errorMessage: string | null;
  if (version >= 8) {
    f_errorMessage = (flexible ? r.compactNullableString() : r.nullableString());
  } else f_errorMessage = null;
  let f_currentLeader: LeaderIdAndEpoch = defaultLeaderIdAndEpoch();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    const nTags = r.uvarint();
    for (let t = 0; t < nTags; t++) {
      const tag = r.uvarint();
      const tr = taggedFieldReader(r);
      if (tag === 0 && version >= 10) {
        f_currentLeader = decodeLeaderIdAndEpoch(tr, version);
      } else {
        (unknownTags ??= []).push({ tag, data: tr.buf.subarray(tr.pos, tr.end) });
      }
    }
  }
  const out: PartitionProduceResponse = {
    index: f_index,
    errorCode: f_errorCode,
    baseOffset: f_baseOffset,
    logAppendTimeMs: f_logAppendTimeMs,
    logStartOffset: f_logStartOffset,
    recordErrors: f_recordErrors,
    errorMessage: f_errorMessage,
    currentLeader: f_currentLeader,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeTopicProduceResponse(w: Writer, v: Input<TopicProduceResponse>, version: number): void {
  const flexible = version >= 9;
  if (version <= 12) {
    {
      const x = v.name === undefined ? "" : v.name;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `TopicProduceResponse.name cannot be null in version ${version}`);
      (flexible ? w.compactNullableString(x) : w.nullableString(x));
    }
  }
  if (version >= 13) {
    w.uuid(v.topicId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  }
  {
    const x = v.partitionResponses === undefined ? [] : v.partitionResponses;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopicProduceResponse.partitionResponses cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `TopicProduceResponse.partitionResponses has a null element`);
        encodePartitionProduceResponse(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeTopicProduceResponse(r: Reader, version: number): TopicProduceResponse {
  const flexible = version >= 9;
  let f_name: string;
  if (version <= 12) {
    f_name = (flexible ? r.compactString() : r.string());
  } else f_name = "";
  let f_topicId: string;
  if (version >= 13) {
    f_topicId = r.uuid();
  } else f_topicId = "AAAAAAAAAAAAAAAAAAAAAA";
  let f_partitionResponses: PartitionProduceResponse[];
  {
    const n = (flexible ? r.compactArrayLength(14) : r.arrayLength(14));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `TopicProduceResponse.partitionResponses is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<PartitionProduceResponse>(n);
      for (let i = 0; i < n; i++) a[i] = decodePartitionProduceResponse(r, version);
      f_partitionResponses = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: TopicProduceResponse = {
    name: f_name,
    topicId: f_topicId,
    partitionResponses: f_partitionResponses,
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
  w.int32(v.port ?? 0);
  {
    const x = v.rack === undefined ? null : v.rack;
    w.compactNullableString(x);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeNodeEndpoint(r: Reader, version: number): NodeEndpoint {
  const f_nodeId: number = r.int32();
  const f_host: string = r.compactString();
  const f_port: number = r.int32();
  const f_rack: string | null = r.compactNullableString();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: NodeEndpoint = {
    nodeId: f_nodeId,
    host: f_host,
    port: f_port,
    rack: f_rack,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
