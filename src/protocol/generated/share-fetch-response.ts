// Generated from ShareFetchResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ShareFetchResponse (response, api key 78), versions 0-2, flexible 0+.
 *
 * Version 0 was used for early access of KIP-932 in Apache Kafka 4.0 but removed in Apache Kafka 4.1.
 *
 * Version 1 is the initial stable version (KIP-932).
 *
 * Version 2 introduces ShareAcquireMode and Renew acknowledgements (KIP-1206 and KIP-1222).
 * Supported errors for ErrorCode and AcknowledgeErrorCode:
 * - GROUP_AUTHORIZATION_FAILED (version 0+)
 * - TOPIC_AUTHORIZATION_FAILED (version 0+)
 * - SHARE_SESSION_NOT_FOUND (version 0+)
 * - INVALID_SHARE_SESSION_EPOCH (version 0+)
 * - UNKNOWN_TOPIC_OR_PARTITION (version 0+)
 * - NOT_LEADER_OR_FOLLOWER (version 0+)
 * - UNKNOWN_TOPIC_ID (version 0+)
 * - INVALID_RECORD_STATE (version 0+) - only for AcknowledgeErrorCode
 * - KAFKA_STORAGE_ERROR (version 0+)
 * - CORRUPT_MESSAGE (version 0+)
 * - INVALID_REQUEST (version 0+)
 * - UNKNOWN_SERVER_ERROR (version 0+)
 */
export interface ShareFetchResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-2) */
  throttleTimeMs: number;
  /** The top-level response error code. (versions 0-2) */
  errorCode: number;
  /** The top-level error message, or null if there was no error. (versions 0-2, nullable 0-2, default null) */
  errorMessage: string | null;
  /** The time in milliseconds for which the acquired records are locked. (versions 1-2) */
  acquisitionLockTimeoutMs: number;
  /** The response topics. (versions 0-2) */
  responses: ShareFetchableTopicResponse[];
  /** Endpoints for all current leaders enumerated in PartitionData with error NOT_LEADER_OR_FOLLOWER. (versions 0-2) */
  nodeEndpoints: NodeEndpoint[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface LeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. (versions 0-2) */
  leaderId: number;
  /** The latest known leader epoch. (versions 0-2) */
  leaderEpoch: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AcquiredRecords {
  /** The earliest offset in this batch of acquired records. (versions 0-2) */
  firstOffset: bigint;
  /** The last offset of this batch of acquired records. (versions 0-2) */
  lastOffset: bigint;
  /** The delivery count of this batch of acquired records. (versions 0-2) */
  deliveryCount: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface PartitionData {
  /** The partition index. (versions 0-2) */
  partitionIndex: number;
  /** The fetch error code, or 0 if there was no fetch error. (versions 0-2) */
  errorCode: number;
  /** The fetch error message, or null if there was no fetch error. (versions 0-2, nullable 0-2, default null) */
  errorMessage: string | null;
  /** The acknowledge error code, or 0 if there was no acknowledge error. (versions 0-2) */
  acknowledgeErrorCode: number;
  /** The acknowledge error message, or null if there was no acknowledge error. (versions 0-2, nullable 0-2, default null) */
  acknowledgeErrorMessage: string | null;
  /** The current leader of the partition. (versions 0-2) */
  currentLeader: LeaderIdAndEpoch;
  /** The record data. (versions 0-2, nullable 0) */
  records: Buffer | null;
  /** The acquired records. (versions 0-2) */
  acquiredRecords: AcquiredRecords[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ShareFetchableTopicResponse {
  /** The unique topic ID. (versions 0-2, map key) */
  topicId: string;
  /** The topic partitions. (versions 0-2) */
  partitions: PartitionData[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface NodeEndpoint {
  /** The ID of the associated node. (versions 0-2, entity brokerId, map key) */
  nodeId: number;
  /** The node's hostname. (versions 0-2) */
  host: string;
  /** The node's port. (versions 0-2) */
  port: number;
  /** The rack of the node, or null if it has not been assigned to a rack. (versions 0-2, nullable 0-2, default null) */
  rack: string | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const LeaderIdAndEpochFields: readonly FieldSchema[] = [
  { name: "leaderId", type: "int32", versions: [0, 2], nullable: null, tagged: null, default: 0 },
  { name: "leaderEpoch", type: "int32", versions: [0, 2], nullable: null, tagged: null, default: 0 },
];
const AcquiredRecordsFields: readonly FieldSchema[] = [
  { name: "firstOffset", type: "int64", versions: [0, 2], nullable: null, tagged: null, default: 0n },
  { name: "lastOffset", type: "int64", versions: [0, 2], nullable: null, tagged: null, default: 0n },
  { name: "deliveryCount", type: "int16", versions: [0, 2], nullable: null, tagged: null, default: 0 },
];
const PartitionDataFields: readonly FieldSchema[] = [
  { name: "partitionIndex", type: "int32", versions: [0, 2], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 2], nullable: null, tagged: null, default: 0 },
  { name: "errorMessage", type: "string", versions: [0, 2], nullable: [0, 2], tagged: null, default: null },
  { name: "acknowledgeErrorCode", type: "int16", versions: [0, 2], nullable: null, tagged: null, default: 0 },
  { name: "acknowledgeErrorMessage", type: "string", versions: [0, 2], nullable: [0, 2], tagged: null, default: null },
  { name: "currentLeader", type: "LeaderIdAndEpoch", versions: [0, 2], nullable: null, tagged: null, fields: LeaderIdAndEpochFields },
  { name: "records", type: "records", versions: [0, 2], nullable: [0, 0], tagged: null, default: null },
  { name: "acquiredRecords", type: "[]AcquiredRecords", versions: [0, 2], nullable: null, tagged: null, fields: AcquiredRecordsFields },
];
const ShareFetchableTopicResponseFields: readonly FieldSchema[] = [
  { name: "topicId", type: "uuid", versions: [0, 2], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA", mapKey: true },
  { name: "partitions", type: "[]PartitionData", versions: [0, 2], nullable: null, tagged: null, fields: PartitionDataFields },
];
const NodeEndpointFields: readonly FieldSchema[] = [
  { name: "nodeId", type: "int32", versions: [0, 2], nullable: null, tagged: null, default: 0, entityType: "brokerId", mapKey: true },
  { name: "host", type: "string", versions: [0, 2], nullable: null, tagged: null, default: "" },
  { name: "port", type: "int32", versions: [0, 2], nullable: null, tagged: null, default: 0 },
  { name: "rack", type: "string", versions: [0, 2], nullable: [0, 2], tagged: null, default: null },
];
const ShareFetchResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 2], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 2], nullable: null, tagged: null, default: 0 },
  { name: "errorMessage", type: "string", versions: [0, 2], nullable: [0, 2], tagged: null, default: null },
  { name: "acquisitionLockTimeoutMs", type: "int32", versions: [1, 2], nullable: null, tagged: null, default: 0 },
  { name: "responses", type: "[]ShareFetchableTopicResponse", versions: [0, 2], nullable: null, tagged: null, fields: ShareFetchableTopicResponseFields },
  { name: "nodeEndpoints", type: "[]NodeEndpoint", versions: [0, 2], nullable: null, tagged: null, fields: NodeEndpointFields },
];

export const shareFetchResponseSchema: MessageSchema = {
  name: "ShareFetchResponse",
  type: "response",
  apiKey: 78,
  validVersions: [0, 2],
  flexibleVersions: [0, 32767],
  fields: ShareFetchResponseFields,
};

function defaultLeaderIdAndEpoch(): LeaderIdAndEpoch {
  return { leaderId: 0, leaderEpoch: 0 };
}

export function encodeShareFetchResponse(w: Writer, v: Input<ShareFetchResponse>, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ShareFetchResponse version ${version} is not supported (valid: 0-2)`);
  }
  w.int32(v.throttleTimeMs ?? 0);
  w.int16(v.errorCode ?? 0);
  {
    const x = v.errorMessage === undefined ? null : v.errorMessage;
    w.compactNullableString(x);
  }
  if (version >= 1) {
    w.int32(v.acquisitionLockTimeoutMs ?? 0);
  }
  {
    const x = v.responses === undefined ? [] : v.responses;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ShareFetchResponse.responses cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ShareFetchResponse.responses has a null element`);
        encodeShareFetchableTopicResponse(w, e, version);
      }
    }
  }
  {
    const x = v.nodeEndpoints === undefined ? [] : v.nodeEndpoints;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ShareFetchResponse.nodeEndpoints cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ShareFetchResponse.nodeEndpoints has a null element`);
        encodeNodeEndpoint(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeShareFetchResponse(r: Reader, version: number): ShareFetchResponse {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ShareFetchResponse version ${version} is not supported (valid: 0-2)`);
  }
  const f_throttleTimeMs: number = r.int32();
  const f_errorCode: number = r.int16();
  const f_errorMessage: string | null = r.compactNullableString();
  let f_acquisitionLockTimeoutMs: number;
  if (version >= 1) {
    f_acquisitionLockTimeoutMs = r.int32();
  } else f_acquisitionLockTimeoutMs = 0;
  let f_responses: ShareFetchableTopicResponse[];
  {
    const n = r.compactArrayLength(17);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ShareFetchResponse.responses is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<ShareFetchableTopicResponse>(n);
      for (let i = 0; i < n; i++) a[i] = decodeShareFetchableTopicResponse(r, version);
      f_responses = a;
    }
  }
  let f_nodeEndpoints: NodeEndpoint[];
  {
    const n = r.compactArrayLength(10);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ShareFetchResponse.nodeEndpoints is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<NodeEndpoint>(n);
      for (let i = 0; i < n; i++) a[i] = decodeNodeEndpoint(r, version);
      f_nodeEndpoints = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: ShareFetchResponse = {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    acquisitionLockTimeoutMs: f_acquisitionLockTimeoutMs,
    responses: f_responses,
    nodeEndpoints: f_nodeEndpoints,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeLeaderIdAndEpoch(w: Writer, v: Input<LeaderIdAndEpoch>, version: number): void {
  w.int32(v.leaderId ?? 0);
  w.int32(v.leaderEpoch ?? 0);
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

function encodeAcquiredRecords(w: Writer, v: Input<AcquiredRecords>, version: number): void {
  w.int64(v.firstOffset ?? 0n);
  w.int64(v.lastOffset ?? 0n);
  w.int16(v.deliveryCount ?? 0);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeAcquiredRecords(r: Reader, version: number): AcquiredRecords {
  const f_firstOffset: bigint = r.int64();
  const f_lastOffset: bigint = r.int64();
  const f_deliveryCount: number = r.int16();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: AcquiredRecords = {
    firstOffset: f_firstOffset,
    lastOffset: f_lastOffset,
    deliveryCount: f_deliveryCount,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodePartitionData(w: Writer, v: Input<PartitionData>, version: number): void {
  w.int32(v.partitionIndex ?? 0);
  w.int16(v.errorCode ?? 0);
  {
    const x = v.errorMessage === undefined ? null : v.errorMessage;
    w.compactNullableString(x);
  }
  w.int16(v.acknowledgeErrorCode ?? 0);
  {
    const x = v.acknowledgeErrorMessage === undefined ? null : v.acknowledgeErrorMessage;
    w.compactNullableString(x);
  }
  {
    const x = v.currentLeader === undefined ? {} : v.currentLeader;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `PartitionData.currentLeader cannot be null in version ${version}`);
    encodeLeaderIdAndEpoch(w, x, version);
  }
  {
    const x = v.records === undefined ? (version <= 0 ? null : EMPTY_BYTES) : v.records;
    if (x === null && !(version <= 0)) throw new ProtocolError('INVALID_VALUE', `PartitionData.records cannot be null in version ${version}`);
    w.compactNullableBytes(x);
  }
  {
    const x = v.acquiredRecords === undefined ? [] : v.acquiredRecords;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `PartitionData.acquiredRecords cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `PartitionData.acquiredRecords has a null element`);
        encodeAcquiredRecords(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodePartitionData(r: Reader, version: number): PartitionData {
  const f_partitionIndex: number = r.int32();
  const f_errorCode: number = r.int16();
  const f_errorMessage: string | null = r.compactNullableString();
  const f_acknowledgeErrorCode: number = r.int16();
  const f_acknowledgeErrorMessage: string | null = r.compactNullableString();
  const f_currentLeader: LeaderIdAndEpoch = decodeLeaderIdAndEpoch(r, version);
  const f_records: Buffer | null = (version <= 0 ? r.compactNullableBytes() : r.compactBytes());
  let f_acquiredRecords: AcquiredRecords[];
  {
    const n = r.compactArrayLength(18);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `PartitionData.acquiredRecords is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<AcquiredRecords>(n);
      for (let i = 0; i < n; i++) a[i] = decodeAcquiredRecords(r, version);
      f_acquiredRecords = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: PartitionData = {
    partitionIndex: f_partitionIndex,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    acknowledgeErrorCode: f_acknowledgeErrorCode,
    acknowledgeErrorMessage: f_acknowledgeErrorMessage,
    currentLeader: f_currentLeader,
    records: f_records,
    acquiredRecords: f_acquiredRecords,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeShareFetchableTopicResponse(w: Writer, v: Input<ShareFetchableTopicResponse>, version: number): void {
  w.uuid(v.topicId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ShareFetchableTopicResponse.partitions cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ShareFetchableTopicResponse.partitions has a null element`);
        encodePartitionData(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeShareFetchableTopicResponse(r: Reader, version: number): ShareFetchableTopicResponse {
  const f_topicId: string = r.uuid();
  let f_partitions: PartitionData[];
  {
    const n = r.compactArrayLength(20);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ShareFetchableTopicResponse.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<PartitionData>(n);
      for (let i = 0; i < n; i++) a[i] = decodePartitionData(r, version);
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: ShareFetchableTopicResponse = {
    topicId: f_topicId,
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
