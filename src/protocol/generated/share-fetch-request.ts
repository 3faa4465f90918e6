// Generated from ShareFetchRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ShareFetchRequest (request, api key 78), versions 0-2, flexible 0+.
 *
 * Version 0 was used for early access of KIP-932 in Apache Kafka 4.0 but removed in Apache Kafka 4.1.
 *
 * Version 1 is the initial stable version (KIP-932).
 *
 * Version 2 introduces ShareAcquireMode and Renew acknowledgements (KIP-1206 and KIP-1222).
 */
export interface ShareFetchRequest {
  /** The group identifier. (versions 0-2, nullable 0-2, default null, entity groupId) */
  groupId: string | null;
  /** The member ID. (versions 0-2, nullable 0-2) */
  memberId: string | null;
  /** The current share session epoch: 0 to open a share session; -1 to close it; otherwise increments for consecutive requests. (versions 0-2) */
  shareSessionEpoch: number;
  /** The maximum time in milliseconds to wait for the response. (versions 0-2) */
  maxWaitMs: number;
  /** The minimum bytes to accumulate in the response. (versions 0-2) */
  minBytes: number;
  /** The maximum bytes to fetch. See KIP-74 for cases where this limit may not be honored. (versions 0-2, default 0x7fffffff) */
  maxBytes: number;
  /** The maximum number of records to fetch. This limit can be exceeded for alignment of batch boundaries. (versions 1-2) */
  maxRecords: number;
  /** The optimal number of records for batches of acquired records and acknowledgements. (versions 1-2) */
  batchSize: number;
  /** The acquire mode to control the fetch behavior - 0:batch-optimized,1:record-limit. (versions 2, default 0) */
  shareAcquireMode: number;
  /** Whether Renew type acknowledgements present in AcknowledgementBatches. (versions 2, default false) */
  isRenewAck: boolean;
  /** The topics to fetch. (versions 0-2) */
  topics: FetchTopic[];
  /** The partitions to remove from this share session. (versions 0-2) */
  forgottenTopicsData: ForgottenTopic[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AcknowledgementBatch {
  /** First offset of batch of records to acknowledge. (versions 0-2) */
  firstOffset: bigint;
  /** Last offset (inclusive) of batch of records to acknowledge. (versions 0-2) */
  lastOffset: bigint;
  /** Array of acknowledge types - 0:Gap,1:Accept,2:Release,3:Reject,4:Renew. (versions 0-2) */
  acknowledgeTypes: number[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface FetchPartition {
  /** The partition index. (versions 0-2, map key) */
  partitionIndex: number;
  /** The maximum bytes to fetch from this partition. 0 when only acknowledgement with no fetching is required. See KIP-74 for cases where this limit may not be honored. (versions 0) */
  partitionMaxBytes: number;
  /** Record batches to acknowledge. (versions 0-2) */
  acknowledgementBatches: AcknowledgementBatch[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface FetchTopic {
  /** The unique topic ID. (versions 0-2, map key) */
  topicId: string;
  /** The partitions to fetch. (versions 0-2) */
  partitions: FetchPartition[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ForgottenTopic {
  /** The unique topic ID. (versions 0-2) */
  topicId: string;
  /** The partitions indexes to forget. (versions 0-2) */
  partitions: number[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const AcknowledgementBatchFields: readonly FieldSchema[] = [
  { name: "firstOffset", type: "int64", versions: [0, 2], nullable: null, tagged: null, default: 0n },
  { name: "lastOffset", type: "int64", versions: [0, 2], nullable: null, tagged: null, default: 0n },
  { name: "acknowledgeTypes", type: "[]int8", versions: [0, 2], nullable: null, tagged: null },
];
const FetchPartitionFields: readonly FieldSchema[] = [
  { name: "partitionIndex", type: "int32", versions: [0, 2], nullable: null, tagged: null, default: 0, mapKey: true },
  { name: "partitionMaxBytes", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "acknowledgementBatches", type: "[]AcknowledgementBatch", versions: [0, 2], nullable: null, tagged: null, fields: AcknowledgementBatchFields },
];
const FetchTopicFields: readonly FieldSchema[] = [
  { name: "topicId", type: "uuid", versions: [0, 2], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA", mapKey: true },
  { name: "partitions", type: "[]FetchPartition", versions: [0, 2], nullable: null, tagged: null, fields: FetchPartitionFields },
];
const ForgottenTopicFields: readonly FieldSchema[] = [
  { name: "topicId", type: "uuid", versions: [0, 2], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "partitions", type: "[]int32", versions: [0, 2], nullable: null, tagged: null },
];
const ShareFetchRequestFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [0, 2], nullable: [0, 2], tagged: null, default: null, entityType: "groupId" },
  { name: "memberId", type: "string", versions: [0, 2], nullable: [0, 2], tagged: null, default: "" },
  { name: "shareSessionEpoch", type: "int32", versions: [0, 2], nullable: null, tagged: null, default: 0 },
  { name: "maxWaitMs", type: "int32", versions: [0, 2], nullable: null, tagged: null, default: 0 },
  { name: "minBytes", type: "int32", versions: [0, 2], nullable: null, tagged: null, default: 0 },
  { name: "maxBytes", type: "int32", versions: [0, 2], nullable: null, tagged: null, default: 2147483647 },
  { name: "maxRecords", type: "int32", versions: [1, 2], nullable: null, tagged: null, default: 0 },
  { name: "batchSize", type: "int32", versions: [1, 2], nullable: null, tagged: null, default: 0 },
  { name: "shareAcquireMode", type: "int8", versions: [2, 2], nullable: null, tagged: null, default: 0 },
  { name: "isRenewAck", type: "bool", versions: [2, 2], nullable: null, tagged: null, default: false },
  { name: "topics", type: "[]FetchTopic", versions: [0, 2], nullable: null, tagged: null, fields: FetchTopicFields },
  { name: "forgottenTopicsData", type: "[]ForgottenTopic", versions: [0, 2], nullable: null, tagged: null, fields: ForgottenTopicFields },
];

export const shareFetchRequestSchema: MessageSchema = {
  name: "ShareFetchRequest",
  type: "request",
  apiKey: 78,
  validVersions: [0, 2],
  flexibleVersions: [0, 32767],
  fields: ShareFetchRequestFields,
};

export function encodeShareFetchRequest(w: Writer, v: Input<ShareFetchRequest>, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ShareFetchRequest version ${version} is not supported (valid: 0-2)`);
  }
  {
    const x = v.groupId === undefined ? null : v.groupId;
    w.compactNullableString(x);
  }
  {
    const x = v.memberId === undefined ? "" : v.memberId;
    w.compactNullableString(x);
  }
  w.int32(v.shareSessionEpoch ?? 0);
  w.int32(v.maxWaitMs ?? 0);
  w.int32(v.minBytes ?? 0);
  w.int32(v.maxBytes ?? 2147483647);
  if (version >= 1) {
    w.int32(v.maxRecords ?? 0);
  }
  if (version >= 1) {
    w.int32(v.batchSize ?? 0);
  }
  if (version >= 2) {
    w.int8(v.shareAcquireMode ?? 0);
  }
  if (version >= 2) {
    w.bool(v.isRenewAck ?? false);
  }
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ShareFetchRequest.topics cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ShareFetchRequest.topics has a null element`);
        encodeFetchTopic(w, e, version);
      }
    }
  }
  {
    const x = v.forgottenTopicsData === undefined ? [] : v.forgottenTopicsData;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ShareFetchRequest.forgottenTopicsData cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ShareFetchRequest.forgottenTopicsData has a null element`);
        encodeForgottenTopic(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeShareFetchRequest(r: Reader, version: number): ShareFetchRequest {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ShareFetchRequest version ${version} is not supported (valid: 0-2)`);
  }
  const f_groupId: string | null = r.compactNullableString();
  const f_memberId: string | null = r.compactNullableString();
  const f_shareSessionEpoch: number = r.int32();
  const f_maxWaitMs: number = r.int32();
  const f_minBytes: number = r.int32();
  const f_maxBytes: number = r.int32();
  let f_maxRecords: number;
  if (version >= 1) {
    f_maxRecords = r.int32();
  } else f_maxRecords = 0;
  let f_batchSize: number;
  if (version >= 1) {
    f_batchSize = r.int32();
  } else f_batchSize = 0;
  let f_shareAcquireMode: number;
  if (version >= 2) {
    f_shareAcquireMode = r.int8();
  } else f_shareAcquireMode = 0;
  let f_isRenewAck: boolean;
  if (version >= 2) {
    f_isRenewAck = r.bool();
  } else f_isRenewAck = false;
  let f_topics: FetchTopic[];
  {
    const n = r.compactArrayLength(17);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ShareFetchRequest.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<FetchTopic>(n);
      for (let i = 0; i < n; i++) a[i] = decodeFetchTopic(r, version);
      f_topics = a;
    }
  }
  let f_forgottenTopicsData: ForgottenTopic[];
  {
    const n = r.compactArrayLength(17);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ShareFetchRequest.forgottenTopicsData is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<ForgottenTopic>(n);
      for (let i = 0; i < n; i++) a[i] = decodeForgottenTopic(r, version);
      f_forgottenTopicsData = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: ShareFetchRequest = {
    groupId: f_groupId,
    memberId: f_memberId,
    shareSessionEpoch: f_shareSessionEpoch,
    maxWaitMs: f_maxWaitMs,
    minBytes: f_minBytes,
    maxBytes: f_maxBytes,
    maxRecords: f_maxRecords,
    batchSize: f_batchSize,
    shareAcquireMode: f_shareAcquireMode,
    isRenewAck: f_isRenewAck,
    topics: f_topics,
    forgottenTopicsData: f_forgottenTopicsData,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeAcknowledgementBatch(w: Writer, v: Input<AcknowledgementBatch>, version: number): void {
  w.int64(v.firstOffset ?? 0n);
  w.int64(v.lastOffset ?? 0n);
  {
    const x = v.acknowledgeTypes === undefined ? [] : v.acknowledgeTypes;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AcknowledgementBatch.acknowledgeTypes cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `AcknowledgementBatch.acknowledgeTypes has a null element`);
        w.int8(e);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeAcknowledgementBatch(r: Reader, version: number): AcknowledgementBatch {
  const f_firstOffset: bigint = r.int64();
  const f_lastOffset: bigint = r.int64();
  let f_acknowledgeTypes: number[];
  {
    const n = r.compactArrayLength(1);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `AcknowledgementBatch.acknowledgeTypes is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.int8();
      f_acknowledgeTypes = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: AcknowledgementBatch = {
    firstOffset: f_firstOffset,
    lastOffset: f_lastOffset,
    acknowledgeTypes: f_acknowledgeTypes,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeFetchPartition(w: Writer, v: Input<FetchPartition>, version: number): void {
  w.int32(v.partitionIndex ?? 0);
  if (version <= 0) {
    w.int32(v.partitionMaxBytes ?? 0);
  }
  {
    const x = v.acknowledgementBatches === undefined ? [] : v.acknowledgementBatches;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `FetchPartition.acknowledgementBatches cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `FetchPartition.acknowledgementBatches has a null element`);
        encodeAcknowledgementBatch(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeFetchPartition(r: Reader, version: number): FetchPartition {
  const f_partitionIndex: number = r.int32();
  let f_partitionMaxBytes: number;
  if (version <= 0) {
    f_partitionMaxBytes = r.int32();
  } else f_partitionMaxBytes = 0;
  let f_acknowledgementBatches: AcknowledgementBatch[];
  {
    const n = r.compactArrayLength(17);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `FetchPartition.acknowledgementBatches is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<AcknowledgementBatch>(n);
      for (let i = 0; i < n; i++) a[i] = decodeAcknowledgementBatch(r, version);
      f_acknowledgementBatches = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: FetchPartition = {
    partitionIndex: f_partitionIndex,
    partitionMaxBytes: f_partitionMaxBytes,
    acknowledgementBatches: f_acknowledgementBatches,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeFetchTopic(w: Writer, v: Input<FetchTopic>, version: number): void {
  w.uuid(v.topicId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `FetchTopic.partitions cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `FetchTopic.partitions has a null element`);
        encodeFetchPartition(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeFetchTopic(r: Reader, version: number): FetchTopic {
  const f_topicId: string = r.uuid();
  let f_partitions: FetchPartition[];
  {
    const n = r.compactArrayLength(5);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `FetchTopic.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<FetchPartition>(n);
      for (let i = 0; i < n; i++) a[i] = decodeFetchPartition(r, version);
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: FetchTopic = {
    topicId: f_topicId,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeForgottenTopic(w: Writer, v: Input<ForgottenTopic>, version: number): void {
  w.uuid(v.topicId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ForgottenTopic.partitions cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ForgottenTopic.partitions has a null element`);
        w.int32(e);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeForgottenTopic(r: Reader, version: number): ForgottenTopic {
  const f_topicId: string = r.uuid();
  let f_partitions: number[];
  {
    const n = r.compactArrayLength(4);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ForgottenTopic.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.int32();
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: ForgottenTopic = {
    topicId: f_topicId,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
