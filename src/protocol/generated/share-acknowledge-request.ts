// Generated from ShareAcknowledgeRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ShareAcknowledgeRequest (request, api key 79), versions 0-2, flexible 0+.
 *
 * Version 0 was used for early access of KIP-932 in Apache Kafka 4.0 but removed in Apache Kafka 4.1.
 *
 * Version 1 is the initial stable version (KIP-932).
 *
 * Version 2 introduces Renew acknowledgements (KIP-1222).
 */
export interface ShareAcknowledgeRequest {
  /** The group identifier. (versions 0-2, nullable 0-2, default null, entity groupId) */
  groupId: string | null;
  /** The member ID. (versions 0-2, nullable 0-2) */
  memberId: string | null;
  /** The current share session epoch: 0 to open a share session; -1 to close it; otherwise increments for consecutive requests. (versions 0-2) */
  shareSessionEpoch: number;
  /** Whether Renew type acknowledgements present in AcknowledgementBatches. (versions 2, default false) */
  isRenewAck: boolean;
  /** The topics containing records to acknowledge. (versions 0-2) */
  topics: AcknowledgeTopic[];
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

export interface AcknowledgePartition {
  /** The partition index. (versions 0-2, map key) */
  partitionIndex: number;
  /** Record batches to acknowledge. (versions 0-2) */
  acknowledgementBatches: AcknowledgementBatch[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AcknowledgeTopic {
  /** The unique topic ID. (versions 0-2, map key) */
  topicId: string;
  /** The partitions containing records to acknowledge. (versions 0-2) */
  partitions: AcknowledgePartition[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const AcknowledgementBatchFields: readonly FieldSchema[] = [
  { name: "firstOffset", type: "int64", versions: [0, 2], nullable: null, tagged: null, default: 0n },
  { name: "lastOffset", type: "int64", versions: [0, 2], nullable: null, tagged: null, default: 0n },
  { name: "acknowledgeTypes", type: "[]int8", versions: [0, 2], nullable: null, tagged: null },
];
const AcknowledgePartitionFields: readonly FieldSchema[] = [
  { name: "partitionIndex", type: "int32", versions: [0, 2], nullable: null, tagged: null, default: 0, mapKey: true },
  { name: "acknowledgementBatches", type: "[]AcknowledgementBatch", versions: [0, 2], nullable: null, tagged: null, fields: AcknowledgementBatchFields },
];
const AcknowledgeTopicFields: readonly FieldSchema[] = [
  { name: "topicId", type: "uuid", versions: [0, 2], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA", mapKey: true },
  { name: "partitions", type: "[]AcknowledgePartition", versions: [0, 2], nullable: null, tagged: null, fields: AcknowledgePartitionFields },
];
const ShareAcknowledgeRequestFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [0, 2], nullable: [0, 2], tagged: null, default: null, entityType: "groupId" },
  { name: "memberId", type: "string", versions: [0, 2], nullable: [0, 2], tagged: null, default: "" },
  { name: "shareSessionEpoch", type: "int32", versions: [0, 2], nullable: null, tagged: null, default: 0 },
  { name: "isRenewAck", type: "bool", versions: [2, 2], nullable: null, tagged: null, default: false },
  { name: "topics", type: "[]AcknowledgeTopic", versions: [0, 2], nullable: null, tagged: null, fields: AcknowledgeTopicFields },
];

export const shareAcknowledgeRequestSchema: MessageSchema = {
  name: "ShareAcknowledgeRequest",
  type: "request",
  apiKey: 79,
  validVersions: [0, 2],
  flexibleVersions: [0, 32767],
  fields: ShareAcknowledgeRequestFields,
};

export function encodeShareAcknowledgeRequest(w: Writer, v: Input<ShareAcknowledgeRequest>, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ShareAcknowledgeRequest version ${version} is not supported (valid: 0-2)`);
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
  if (version >= 2) {
    w.bool(v.isRenewAck ?? false);
  }
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ShareAcknowledgeRequest.topics cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ShareAcknowledgeRequest.topics has a null element`);
        encodeAcknowledgeTopic(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeShareAcknowledgeRequest(r: Reader, version: number): ShareAcknowledgeRequest {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ShareAcknowledgeRequest version ${version} is not supported (valid: 0-2)`);
  }
  const f_groupId: string | null = r.compactNullableString();
  const f_memberId: string | null = r.compactNullableString();
  const f_shareSessionEpoch: number = r.int32();
  let f_isRenewAck: boolean;
  if (version >= 2) {
    f_isRenewAck = r.bool();
  } else f_isRenewAck = false;
  let f_topics: AcknowledgeTopic[];
  {
    const n = r.compactArrayLength(17);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ShareAcknowledgeRequest.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<AcknowledgeTopic>(n);
      for (let i = 0; i < n; i++) a[i] = decodeAcknowledgeTopic(r, version);
      f_topics = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: ShareAcknowledgeRequest = {
    groupId: f_groupId,
    memberId: f_memberId,
    shareSessionEpoch: f_shareSessionEpoch,
    isRenewAck: f_isRenewAck,
    topics: f_topics,
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

function encodeAcknowledgePartition(w: Writer, v: Input<AcknowledgePartition>, version: number): void {
  w.int32(v.partitionIndex ?? 0);
  {
    const x = v.acknowledgementBatches === undefined ? [] : v.acknowledgementBatches;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AcknowledgePartition.acknowledgementBatches cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `AcknowledgePartition.acknowledgementBatches has a null element`);
        encodeAcknowledgementBatch(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeAcknowledgePartition(r: Reader, version: number): AcknowledgePartition {
  const f_partitionIndex: number = r.int32();
  let f_acknowledgementBatches: AcknowledgementBatch[];
  {
    const n = r.compactArrayLength(17);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `AcknowledgePartition.acknowledgementBatches is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<AcknowledgementBatch>(n);
      for (let i = 0; i < n; i++) a[i] = decodeAcknowledgementBatch(r, version);
      f_acknowledgementBatches = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: AcknowledgePartition = {
    partitionIndex: f_partitionIndex,
    acknowledgementBatches: f_acknowledgementBatches,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeAcknowledgeTopic(w: Writer, v: Input<AcknowledgeTopic>, version: number): void {
  w.uuid(v.topicId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `AcknowledgeTopic.partitions cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `AcknowledgeTopic.partitions has a null element`);
        encodeAcknowledgePartition(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeAcknowledgeTopic(r: Reader, version: number): AcknowledgeTopic {
  const f_topicId: string = r.uuid();
  let f_partitions: AcknowledgePartition[];
  {
    const n = r.compactArrayLength(5);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `AcknowledgeTopic.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<AcknowledgePartition>(n);
      for (let i = 0; i < n; i++) a[i] = decodeAcknowledgePartition(r, version);
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: AcknowledgeTopic = {
    topicId: f_topicId,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
