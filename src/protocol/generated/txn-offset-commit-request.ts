// Generated from TxnOffsetCommitRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * TxnOffsetCommitRequest (request, api key 28), versions 0-6, flexible 3+.
 *
 * Version 1 is the same as version 0.
 *
 * Version 2 adds the committed leader epoch.
 *
 * Version 3 adds the member.id, group.instance.id and generation.id.
 *
 * Version 4 adds support for new error code TRANSACTION_ABORTABLE (KIP-890).
 *
 * Version 5 is the same as version 4 (KIP-890). Note when TxnOffsetCommit requests are used in transaction, if
 * transaction V2 (KIP_890 part 2) is enabled, the TxnOffsetCommit request will also include the function for a
 * AddOffsetsToTxn call. If V2 is disabled, the client can't use TxnOffsetCommit request version higher than 4 within
 * a transaction.
 *
 * Version 6 adds support for topic IDs and removes support for topic names (KIP-1319).
 */
export interface TxnOffsetCommitRequest {
  /** The ID of the transaction. (versions 0-6, entity transactionalId) */
  transactionalId: string;
  /** The ID of the group. (versions 0-6, entity groupId) */
  groupId: string;
  /** The current producer ID in use by the transactional ID. (versions 0-6, entity producerId) */
  producerId: bigint;
  /** The current epoch associated with the producer ID. (versions 0-6) */
  producerEpoch: number;
  /** The generation of the group if using the classic group protocol or the member epoch if using the consumer protocol. (versions 3-6, default -1) */
  generationIdOrMemberEpoch: number;
  /** The member ID assigned by the group coordinator. (versions 3-6) */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. (versions 3-6, nullable 3-6, default null) */
  groupInstanceId: string | null;
  /** Each topic that we want to commit offsets for. (versions 0-6) */
  topics: TxnOffsetCommitRequestTopic[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TxnOffsetCommitRequestPartition {
  /** The index of the partition within the topic. (versions 0-6) */
  partitionIndex: number;
  /** The message offset to be committed. (versions 0-6) */
  committedOffset: bigint;
  /** The leader epoch of the last consumed record. (versions 2-6, default -1) */
  committedLeaderEpoch: number;
  /** Any associated metadata the client wants to keep. (versions 0-6, nullable 0-6) */
  committedMetadata: string | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TxnOffsetCommitRequestTopic {
  /** The topic name. (versions 0-5, entity topicName) */
  name: string;
  /** The topic ID. (versions 6) */
  topicId: string;
  /** The partitions inside the topic that we want to commit offsets for. (versions 0-6) */
  partitions: TxnOffsetCommitRequestPartition[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const TxnOffsetCommitRequestPartitionFields: readonly FieldSchema[] = [
  { name: "partitionIndex", type: "int32", versions: [0, 6], nullable: null, tagged: null, default: 0 },
  { name: "committedOffset", type: "int64", versions: [0, 6], nullable: null, tagged: null, default: 0n },
  { name: "committedLeaderEpoch", type: "int32", versions: [2, 6], nullable: null, tagged: null, default: -1 },
  { name: "committedMetadata", type: "string", versions: [0, 6], nullable: [0, 6], tagged: null, default: "" },
];
const TxnOffsetCommitRequestTopicFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 5], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "topicId", type: "uuid", versions: [6, 6], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "partitions", type: "[]TxnOffsetCommitRequestPartition", versions: [0, 6], nullable: null, tagged: null, fields: TxnOffsetCommitRequestPartitionFields },
];
const TxnOffsetCommitRequestFields: readonly FieldSchema[] = [
  { name: "transactionalId", type: "string", versions: [0, 6], nullable: null, tagged: null, default: "", entityType: "transactionalId" },
  { name: "groupId", type: "string", versions: [0, 6], nullable: null, tagged: null, default: "", entityType: "groupId" },
  { name: "producerId", type: "int64", versions: [0, 6], nullable: null, tagged: null, default: 0n, entityType: "producerId" },
  { name: "producerEpoch", type: "int16", versions: [0, 6], nullable: null, tagged: null, default: 0 },
  { name: "generationIdOrMemberEpoch", type: "int32", versions: [3, 6], nullable: null, tagged: null, default: -1 },
  { name: "memberId", type: "string", versions: [3, 6], nullable: null, tagged: null, default: "" },
  { name: "groupInstanceId", type: "string", versions: [3, 6], nullable: [3, 6], tagged: null, default: null },
  { name: "topics", type: "[]TxnOffsetCommitRequestTopic", versions: [0, 6], nullable: null, tagged: null, fields: TxnOffsetCommitRequestTopicFields },
];

export const txnOffsetCommitRequestSchema: MessageSchema = {
  name: "TxnOffsetCommitRequest",
  type: "request",
  apiKey: 28,
  validVersions: [0, 6],
  flexibleVersions: [3, 32767],
  fields: TxnOffsetCommitRequestFields,
};

export function encodeTxnOffsetCommitRequest(w: Writer, v: Input<TxnOffsetCommitRequest>, version: number): void {
  if (!(version >= 0 && version <= 6)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `TxnOffsetCommitRequest version ${version} is not supported (valid: 0-6)`);
  }
  const flexible = version >= 3;
  {
    const x = v.transactionalId === undefined ? "" : v.transactionalId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TxnOffsetCommitRequest.transactionalId cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TxnOffsetCommitRequest.groupId cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  w.int64(v.producerId ?? 0n);
  w.int16(v.producerEpoch ?? 0);
  if (version >= 3) {
    w.int32(v.generationIdOrMemberEpoch ?? -1);
  }
  if (version >= 3) {
    {
      const x = v.memberId === undefined ? "" : v.memberId;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `TxnOffsetCommitRequest.memberId cannot be null in version ${version}`);
      w.compactNullableString(x);
    }
  }
  if (version >= 3) {
    {
      const x = v.groupInstanceId === undefined ? null : v.groupInstanceId;
      w.compactNullableString(x);
    }
  }
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TxnOffsetCommitRequest.topics cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `TxnOffsetCommitRequest.topics has a null element`);
        encodeTxnOffsetCommitRequestTopic(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeTxnOffsetCommitRequest(r: Reader, version: number): TxnOffsetCommitRequest {
  if (!(version >= 0 && version <= 6)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `TxnOffsetCommitRequest version ${version} is not supported (valid: 0-6)`);
  }
  const flexible = version >= 3;
  const f_transactionalId: string = (flexible ? r.compactString() : r.string());
  const f_groupId: string = (flexible ? r.compactString() : r.string());
  const f_producerId: bigint = r.int64();
  const f_producerEpoch: number = r.int16();
  let f_generationIdOrMemberEpoch: number;
  if (version >= 3) {
    f_generationIdOrMemberEpoch = r.int32();
  } else f_generationIdOrMemberEpoch = -1;
  let f_memberId: string;
  if (version >= 3) {
    f_memberId = r.compactString();
  } else f_memberId = "";
  let f_groupInstanceId: string | null;
  if (version >= 3) {
    f_groupInstanceId = r.compactNullableString();
  } else f_groupInstanceId = null;
  let f_topics: TxnOffsetCommitRequestTopic[];
  {
    const n = (flexible ? r.compactArrayLength(1) : r.arrayLength(1));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `TxnOffsetCommitRequest.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TxnOffsetCommitRequestTopic>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTxnOffsetCommitRequestTopic(r, version);
      f_topics = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: TxnOffsetCommitRequest = {
    transactionalId: f_transactionalId,
    groupId: f_groupId,
    producerId: f_producerId,
    producerEpoch: f_producerEpoch,
    generationIdOrMemberEpoch: f_generationIdOrMemberEpoch,
    memberId: f_memberId,
    groupInstanceId: f_groupInstanceId,
    topics: f_topics,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeTxnOffsetCommitRequestPartition(w: Writer, v: Input<TxnOffsetCommitRequestPartition>, version: number): void {
  const flexible = version >= 3;
  w.int32(v.partitionIndex ?? 0);
  w.int64(v.committedOffset ?? 0n);
  if (version >= 2) {
    w.int32(v.committedLeaderEpoch ?? -1);
  }
  {
    const x = v.committedMetadata === undefined ? "" : v.committedMetadata;
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeTxnOffsetCommitRequestPartition(r: Reader, version: number): TxnOffsetCommitRequestPartition {
  const flexible = version >= 3;
  const f_partitionIndex: number = r.int32();
  const f_committedOffset: bigint = r.int64();
  let f_committedLeaderEpoch: number;
  if (version >= 2) {
    f_committedLeaderEpoch = r.int32();
  } else f_committedLeaderEpoch = -1;
  const f_committedMetadata: string | null = (flexible ? r.compactNullableString() : r.nullableString());
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: TxnOffsetCommitRequestPartition = {
    partitionIndex: f_partitionIndex,
    committedOffset: f_committedOffset,
    committedLeaderEpoch: f_committedLeaderEpoch,
    committedMetadata: f_committedMetadata,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeTxnOffsetCommitRequestTopic(w: Writer, v: Input<TxnOffsetCommitRequestTopic>, version: number): void {
  const flexible = version >= 3;
  if (version <= 5) {
    {
      const x = v.name === undefined ? "" : v.name;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `TxnOffsetCommitRequestTopic.name cannot be null in version ${version}`);
      (flexible ? w.compactNullableString(x) : w.nullableString(x));
    }
  }
  if (version >= 6) {
    w.uuid(v.topicId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  }
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TxnOffsetCommitRequestTopic.partitions cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `TxnOffsetCommitRequestTopic.partitions has a null element`);
        encodeTxnOffsetCommitRequestPartition(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeTxnOffsetCommitRequestTopic(r: Reader, version: number): TxnOffsetCommitRequestTopic {
  const flexible = version >= 3;
  let f_name: string;
  if (version <= 5) {
    f_name = (flexible ? r.compactString() : r.string());
  } else f_name = "";
  let f_topicId: string;
  if (version >= 6) {
    f_topicId = r.uuid();
  } else f_topicId = "AAAAAAAAAAAAAAAAAAAAAA";
  let f_partitions: TxnOffsetCommitRequestPartition[];
  {
    const n = (flexible ? r.compactArrayLength(13) : r.arrayLength(13));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `TxnOffsetCommitRequestTopic.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TxnOffsetCommitRequestPartition>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTxnOffsetCommitRequestPartition(r, version);
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: TxnOffsetCommitRequestTopic = {
    name: f_name,
    topicId: f_topicId,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
