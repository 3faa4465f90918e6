// Generated from LeaderAndIsrResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * LeaderAndIsrResponse (response, api key 4), versions 0-7, flexible 4+.
 *
 * This request was removed in Apache Kafka 4.0.
 */
export interface LeaderAndIsrResponse {
  /** The error code, or 0 if there was no error. (versions 0-7) */
  errorCode: number;
  /** Each partition in v0 to v4 message. (versions 0-4) */
  partitionErrors: LeaderAndIsrPartitionError[];
  /** Each topic (versions 5-7) */
  topics: LeaderAndIsrTopicError[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface LeaderAndIsrPartitionError {
  /** The topic name. (versions 0-4, entity topicName) */
  topicName: string;
  /** The partition index. (versions 0-7) */
  partitionIndex: number;
  /** The partition error code, or 0 if there was no error. (versions 0-7) */
  errorCode: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface LeaderAndIsrTopicError {
  /** The unique topic ID (versions 5-7, map key) */
  topicId: string;
  /** Each partition. (versions 5-7) */
  partitionErrors: LeaderAndIsrPartitionError[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const LeaderAndIsrPartitionErrorFields: readonly FieldSchema[] = [
  { name: "topicName", type: "string", versions: [0, 4], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "partitionIndex", type: "int32", versions: [0, 7], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 7], nullable: null, tagged: null, default: 0 },
];
const LeaderAndIsrTopicErrorFields: readonly FieldSchema[] = [
  { name: "topicId", type: "uuid", versions: [5, 7], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA", mapKey: true },
  { name: "partitionErrors", type: "[]LeaderAndIsrPartitionError", versions: [5, 7], nullable: null, tagged: null, fields: LeaderAndIsrPartitionErrorFields },
];
const LeaderAndIsrResponseFields: readonly FieldSchema[] = [
  { name: "errorCode", type: "int16", versions: [0, 7], nullable: null, tagged: null, default: 0 },
  { name: "partitionErrors", type: "[]LeaderAndIsrPartitionError", versions: [0, 4], nullable: null, tagged: null, fields: LeaderAndIsrPartitionErrorFields },
  { name: "topics", type: "[]LeaderAndIsrTopicError", versions: [5, 7], nullable: null, tagged: null, fields: LeaderAndIsrTopicErrorFields },
];

export const leaderAndIsrResponseSchema: MessageSchema = {
  name: "LeaderAndIsrResponse",
  type: "response",
  apiKey: 4,
  validVersions: [0, 7],
  flexibleVersions: [4, 32767],
  fields: LeaderAndIsrResponseFields,
};

export function encodeLeaderAndIsrResponse(w: Writer, v: Input<LeaderAndIsrResponse>, version: number): void {
  if (!(version >= 0 && version <= 7)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `LeaderAndIsrResponse version ${version} is not supported (valid: 0-7)`);
  }
  const flexible = version >= 4;
  w.int16(v.errorCode ?? 0);
  if (version <= 4) {
    {
      const x = v.partitionErrors === undefined ? [] : v.partitionErrors;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `LeaderAndIsrResponse.partitionErrors cannot be null in version ${version}`);
      {
        (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `LeaderAndIsrResponse.partitionErrors has a null element`);
          encodeLeaderAndIsrPartitionError(w, e, version);
        }
      }
    }
  }
  if (version >= 5) {
    {
      const x = v.topics === undefined ? [] : v.topics;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `LeaderAndIsrResponse.topics cannot be null in version ${version}`);
      {
        w.uvarint(x.length + 1);
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `LeaderAndIsrResponse.topics has a null element`);
          encodeLeaderAndIsrTopicError(w, e, version);
        }
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeLeaderAndIsrResponse(r: Reader, version: number): LeaderAndIsrResponse {
  if (!(version >= 0 && version <= 7)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `LeaderAndIsrResponse version ${version} is not supported (valid: 0-7)`);
  }
  const flexible = version >= 4;
  const f_errorCode: number = r.int16();
  let f_partitionErrors: LeaderAndIsrPartitionError[];
  if (version <= 4) {
    {
      const n = (flexible ? r.compactArrayLength(6) : r.arrayLength(6));
      if (n === null) {
        throw new ProtocolError('NEGATIVE_LENGTH', `LeaderAndIsrResponse.partitionErrors is null, not allowed in version ${version}`);
      }
      else {
        const a = new Array<LeaderAndIsrPartitionError>(n);
        for (let i = 0; i < n; i++) a[i] = decodeLeaderAndIsrPartitionError(r, version);
        f_partitionErrors = a;
      }
    }
  } else f_partitionErrors = [];
  let f_topics: LeaderAndIsrTopicError[];
  if (version >= 5) {
    {
      const n = r.compactArrayLength(17);
      if (n === null) {
        throw new ProtocolError('NEGATIVE_LENGTH', `LeaderAndIsrResponse.topics is null, not allowed in version ${version}`);
      }
      else {
        const a = new Array<LeaderAndIsrTopicError>(n);
        for (let i = 0; i < n; i++) a[i] = decodeLeaderAndIsrTopicError(r, version);
        f_topics = a;
      }
    }
  } else f_topics = [];
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: LeaderAndIsrResponse = {
    errorCode: f_errorCode,
    partitionErrors: f_partitionErrors,
    topics: f_topics,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeLeaderAndIsrPartitionError(w: Writer, v: Input<LeaderAndIsrPartitionError>, version: number): void {
  const flexible = version >= 4;
  if (version <= 4) {
    {
      const x = v.topicName === undefined ? "" : v.topicName;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `LeaderAndIsrPartitionError.topicName cannot be null in version ${version}`);
      (flexible ? w.compactNullableString(x) : w.nullableString(x));
    }
  }
  w.int32(v.partitionIndex ?? 0);
  w.int16(v.errorCode ?? 0);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeLeaderAndIsrPartitionError(r: Reader, version: number): LeaderAndIsrPartitionError {
  const flexible = version >= 4;
  let f_topicName: string;
  if (version <= 4) {
    f_topicName = (flexible ? r.compactString() : r.string());
  } else f_topicName = "";
  const f_partitionIndex: number = r.int32();
  const f_errorCode: number = r.int16();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: LeaderAndIsrPartitionError = {
    topicName: f_topicName,
    partitionIndex: f_partitionIndex,
    errorCode: f_errorCode,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeLeaderAndIsrTopicError(w: Writer, v: Input<LeaderAndIsrTopicError>, version: number): void {
  w.uuid(v.topicId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  {
    const x = v.partitionErrors === undefined ? [] : v.partitionErrors;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `LeaderAndIsrTopicError.partitionErrors cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `LeaderAndIsrTopicError.partitionErrors has a null element`);
        encodeLeaderAndIsrPartitionError(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeLeaderAndIsrTopicError(r: Reader, version: number): LeaderAndIsrTopicError {
  const f_topicId: string = r.uuid();
  let f_partitionErrors: LeaderAndIsrPartitionError[];
  {
    const n = r.compactArrayLength(6);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `LeaderAndIsrTopicError.partitionErrors is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<LeaderAndIsrPartitionError>(n);
      for (let i = 0; i < n; i++) a[i] = decodeLeaderAndIsrPartitionError(r, version);
      f_partitionErrors = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: LeaderAndIsrTopicError = {
    topicId: f_topicId,
    partitionErrors: f_partitionErrors,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
