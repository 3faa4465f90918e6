// Generated from ProduceRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ProduceRequest (request, api key 0), versions 0-13, flexible 9+.
 *
 * Versions 0-2 were removed in Apache Kafka 4.0, version 3 is the new baseline. Due to a bug in librdkafka,
 * these versions have to be included in the api versions response (see KAFKA-18659), but are rejected otherwise.
 * See `ApiKeys.PRODUCE_API_VERSIONS_RESPONSE_MIN_VERSION` for more details.
 *
 * Version 1 and 2 are the same as version 0.
 *
 * Version 3 adds the transactional ID, which is used for authorization when attempting to write
 * transactional data.  Version 3 also adds support for Kafka Message Format v2.
 *
 * Version 4 is the same as version 3, but the requester must be prepared to handle a
 * KAFKA_STORAGE_ERROR.
 *
 * Version 5 and 6 are the same as version 3.
 *
 * Starting in version 7, records can be produced using ZStandard compression.  See KIP-110.
 *
 * Starting in Version 8, response has RecordErrors and ErrorMessage. See KIP-467.
 *
 * Version 9 enables flexible versions.
 *
 * Version 10 is the same as version 9 (KIP-951).
 *
 * Version 11 adds support for new error code TRANSACTION_ABORTABLE (KIP-890).
 *
 * Version 12 is the same as version 11 (KIP-890). Note when produce requests are used in transaction, if
 * transaction V2 (KIP_890 part 2) is enabled, the produce request will also include the function for a
 * AddPartitionsToTxn call. If V2 is disabled, the client can't use produce request version higher than 11 within
 * a transaction.
 * Version 13 replaces topic names with topic IDs (KIP-516). May return UNKNOWN_TOPIC_ID error code.
 */
export interface ProduceRequest {
  /** The transactional ID, or null if the producer is not transactional. (versions 3-13, nullable 3-13, default null, entity transactionalId) */
  transactionalId: string | null;
  /** The number of acknowledgments the producer requires the leader to have received before considering a request complete. Allowed values: 0 for no acknowledgments, 1 for only the leader and -1 for the full ISR. (versions 0-13) */
  acks: number;
  /** The timeout to await a response in milliseconds. (versions 0-13) */
  timeoutMs: number;
  /** Each topic to produce to. (versions 0-13) */
  topicData: TopicProduceData[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface PartitionProduceData {
  /** The partition index. (versions 0-13) */
  index: number;
  /** The record data to be produced. (versions 0-13, nullable 0-13) */
  records: Buffer | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TopicProduceData {
  /** The topic name. (versions 0-12, entity topicName, map key) */
  name: string;
  /** The unique topic ID (versions 13, map key) */
  topicId: string;
  /** Each partition to produce to. (versions 0-13) */
  partitionData: PartitionProduceData[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const PartitionProduceDataFields: readonly FieldSchema[] = [
  { name: "index", type: "int32", versions: [0, 13], nullable: null, tagged: null, default: 0 },
  { name: "records", type: "records", versions: [0, 13], nullable: [0, 13], tagged: null, default: null },
];
const TopicProduceDataFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 12], nullable: null, tagged: null, default: "", entityType: "topicName", mapKey: true },
  { name: "topicId", type: "uuid", versions: [13, 13], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA", mapKey: true },
  { name: "partitionData", type: "[]PartitionProduceData", versions: [0, 13], nullable: null, tagged: null, fields: PartitionProduceDataFields },
];
const ProduceRequestFields: readonly FieldSchema[] = [
  { name: "transactionalId", type: "string", versions: [3, 13], nullable: [3, 13], tagged: null, default: null, entityType: "transactionalId" },
  { name: "acks", type: "int16", versions: [0, 13], nullable: null, tagged: null, default: 0 },
  { name: "timeoutMs", type: "int32", versions: [0, 13], nullable: null, tagged: null, default: 0 },
  { name: "topicData", type: "[]TopicProduceData", versions: [0, 13], nullable: null, tagged: null, fields: TopicProduceDataFields },
];

export const produceRequestSchema: MessageSchema = {
  name: "ProduceRequest",
  type: "request",
  apiKey: 0,
  validVersions: [0, 13],
  flexibleVersions: [9, 32767],
  fields: ProduceRequestFields,
};

export function encodeProduceRequest(w: Writer, v: Input<ProduceRequest>, version: number): void {
  if (!(version >= 0 && version <= 13)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ProduceRequest version ${version} is not supported (valid: 0-13)`);
  }
  const flexible = version >= 9;
  if (version >= 3) {
    {
      const x = v.transactionalId === undefined ? null : v.transactionalId;
      (flexible ? w.compactNullableString(x) : w.nullableString(x));
    }
  }
  w.int16(v.acks ?? 0);
  w.int32(v.timeoutMs ?? 0);
  {
    const x = v.topicData === undefined ? [] : v.topicData;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ProduceRequest.topicData cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ProduceRequest.topicData has a null element`);
        encodeTopicProduceData(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeProduceRequest(r: Reader, version: number): ProduceRequest {
  if (!(version >= 0 && version <= 13)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ProduceRequest version ${version} is not supported (valid: 0-13)`);
  }
  const flexible = version >= 9;
  let f_transactionalId: string | null;
  if (version >= 3) {
    f_transactionalId = (flexible ? r.compactNullableString() : r.nullableString());
  } else f_transactionalId = null;
  const f_acks: number = r.int16();
  const f_timeoutMs: number = r.int32();
  let f_topicData: TopicProduceData[];
  {
    const n = (flexible ? r.compactArrayLength(1) : r.arrayLength(1));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ProduceRequest.topicData is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TopicProduceData>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTopicProduceData(r, version);
      f_topicData = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: ProduceRequest = {
    transactionalId: f_transactionalId,
    acks: f_acks,
    timeoutMs: f_timeoutMs,
    topicData: f_topicData,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodePartitionProduceData(w: Writer, v: Input<PartitionProduceData>, version: number): void {
  const flexible = version >= 9;
  w.int32(v.index ?? 0);
  {
    const x = v.records === undefined ? null : v.records;
    (flexible ? w.compactNullableBytes(x) : w.nullableBytes(x));
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodePartitionProduceData(r: Reader, version: number): PartitionProduceData {
  const flexible = version >= 9;
  const f_index: number = r.int32();
  const f_records: Buffer | null = (flexible ? r.compactNullableBytes() : r.nullableBytes());
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: PartitionProduceData = {
    index: f_index,
    records: f_records,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeTopicProduceData(w: Writer, v: Input<TopicProduceData>, version: number): void {
  const flexible = version >= 9;
  if (version <= 12) {
    {
      const x = v.name === undefined ? "" : v.name;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `TopicProduceData.name cannot be null in version ${version}`);
      (flexible ? w.compactNullableString(x) : w.nullableString(x));
    }
  }
  if (version >= 13) {
    w.uuid(v.topicId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  }
  {
    const x = v.partitionData === undefined ? [] : v.partitionData;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopicProduceData.partitionData cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `TopicProduceData.partitionData has a null element`);
        encodePartitionProduceData(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeTopicProduceData(r: Reader, version: number): TopicProduceData {
  const flexible = version >= 9;
  let f_name: string;
  if (version <= 12) {
    f_name = (flexible ? r.compactString() : r.string());
  } else f_name = "";
  let f_topicId: string;
  if (version >= 13) {
    f_topicId = r.uuid();
  } else f_topicId = "AAAAAAAAAAAAAAAAAAAAAA";
  let f_partitionData: PartitionProduceData[];
  {
    const n = (flexible ? r.compactArrayLength(5) : r.arrayLength(5));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `TopicProduceData.partitionData is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<PartitionProduceData>(n);
      for (let i = 0; i < n; i++) a[i] = decodePartitionProduceData(r, version);
      f_partitionData = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: TopicProduceData = {
    name: f_name,
    topicId: f_topicId,
    partitionData: f_partitionData,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
