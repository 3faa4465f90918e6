// Generated from DeleteTopicsRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * DeleteTopicsRequest (request, api key 20), versions 0-6, flexible 4+.
 *
 * Version 0 was removed in Apache Kafka 4.0, Version 1 is the new baseline.
 * Versions 0, 1, 2, and 3 are the same.
 *
 * Version 4 is the first flexible version.
 *
 * Version 5 adds ErrorMessage in the response and may return a THROTTLING_QUOTA_EXCEEDED error
 * in the response if the topics deletion is throttled (KIP-599).
 *
 * Version 6 reorganizes topics, adds topic IDs and allows topic names to be null.
 */
export interface DeleteTopicsRequest {
  /** The name or topic ID of the topic. (versions 6) */
  topics: DeleteTopicState[];
  /** The names of the topics to delete. (versions 0-5, entity topicName) */
  topicNames: string[];
  /** The length of time in milliseconds to wait for the deletions to complete. (versions 0-6) */
  timeoutMs: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DeleteTopicState {
  /** The topic name. (versions 6, nullable 6, default null, entity topicName) */
  name: string | null;
  /** The unique topic ID. (versions 6) */
  topicId: string;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const DeleteTopicStateFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [6, 6], nullable: [6, 6], tagged: null, default: null, entityType: "topicName" },
  { name: "topicId", type: "uuid", versions: [6, 6], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
];
const DeleteTopicsRequestFields: readonly FieldSchema[] = [
  { name: "topics", type: "[]DeleteTopicState", versions: [6, 6], nullable: null, tagged: null, fields: DeleteTopicStateFields },
  { name: "topicNames", type: "[]string", versions: [0, 5], nullable: null, tagged: null, entityType: "topicName" },
  { name: "timeoutMs", type: "int32", versions: [0, 6], nullable: null, tagged: null, default: 0 },
];

export const deleteTopicsRequestSchema: MessageSchema = {
  name: "DeleteTopicsRequest",
  type: "request",
  apiKey: 20,
  validVersions: [0, 6],
  flexibleVersions: [4, 32767],
  fields: DeleteTopicsRequestFields,
};

export function encodeDeleteTopicsRequest(w: Writer, v: Input<DeleteTopicsRequest>, version: number): void {
  if (!(version >= 0 && version <= 6)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DeleteTopicsRequest version ${version} is not supported (valid: 0-6)`);
  }
  const flexible = version >= 4;
  if (version >= 6) {
    {
      const x = v.topics === undefined ? [] : v.topics;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `DeleteTopicsRequest.topics cannot be null in version ${version}`);
      {
        w.uvarint(x.length + 1);
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `DeleteTopicsRequest.topics has a null element`);
          encodeDeleteTopicState(w, e, version);
        }
      }
    }
  }
  if (version <= 5) {
    {
      const x = v.topicNames === undefined ? [] : v.topicNames;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `DeleteTopicsRequest.topicNames cannot be null in version ${version}`);
      {
        (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `DeleteTopicsRequest.topicNames has a null element`);
          (flexible ? w.compactString(e) : w.string(e));
        }
      }
    }
  }
  w.int32(v.timeoutMs ?? 0);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeDeleteTopicsRequest(r: Reader, version: number): DeleteTopicsRequest {
  if (!(version >= 0 && version <= 6)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DeleteTopicsRequest version ${version} is not supported (valid: 0-6)`);
  }
  const flexible = version >= 4;
  let f_topics: DeleteTopicState[];
  if (version >= 6) {
    {
      const n = r.compactArrayLength(17);
      if (n === null) {
        throw new ProtocolError('NEGATIVE_LENGTH', `DeleteTopicsRequest.topics is null, not allowed in version ${version}`);
      }
      else {
        const a = new Array<DeleteTopicState>(n);
        for (let i = 0; i < n; i++) a[i] = decodeDeleteTopicState(r, version);
        f_topics = a;
      }
    }
  } else f_topics = [];
  let f_topicNames: string[];
  if (version <= 5) {
    {
      const n = (flexible ? r.compactArrayLength(1) : r.arrayLength(1));
      if (n === null) {
        throw new ProtocolError('NEGATIVE_LENGTH', `DeleteTopicsRequest.topicNames is null, not allowed in version ${version}`);
      }
      else {
        const a = new Array<string>(n);
        for (let i = 0; i < n; i++) a[i] = (flexible ? r.compactString() : r.string());
        f_topicNames = a;
      }
    }
  } else f_topicNames = [];
  const f_timeoutMs: number = r.int32();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: DeleteTopicsRequest = {
    topics: f_topics,
    topicNames: f_topicNames,
    timeoutMs: f_timeoutMs,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeDeleteTopicState(w: Writer, v: Input<DeleteTopicState>, version: number): void {
  {
    const x = v.name === undefined ? null : v.name;
    w.compactNullableString(x);
  }
  w.uuid(v.topicId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeDeleteTopicState(r: Reader, version: number): DeleteTopicState {
  const f_name: string | null = r.compactNullableString();
  const f_topicId: string = r.uuid();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: DeleteTopicState = {
    name: f_name,
    topicId: f_topicId,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
