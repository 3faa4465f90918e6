// Generated from DeleteShareGroupOffsetsRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** DeleteShareGroupOffsetsRequest (request, api key 92), versions 0, flexible 0+. */
export interface DeleteShareGroupOffsetsRequest {
  /** The group identifier. (versions 0, entity groupId) */
  groupId: string;
  /** The topics to delete offsets for. (versions 0) */
  topics: DeleteShareGroupOffsetsRequestTopic[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DeleteShareGroupOffsetsRequestTopic {
  /** The topic name. (versions 0, entity topicName) */
  topicName: string;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const DeleteShareGroupOffsetsRequestTopicFields: readonly FieldSchema[] = [
  { name: "topicName", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "", entityType: "topicName" },
];
const DeleteShareGroupOffsetsRequestFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "", entityType: "groupId" },
  { name: "topics", type: "[]DeleteShareGroupOffsetsRequestTopic", versions: [0, 0], nullable: null, tagged: null, fields: DeleteShareGroupOffsetsRequestTopicFields },
];

export const deleteShareGroupOffsetsRequestSchema: MessageSchema = {
  name: "DeleteShareGroupOffsetsRequest",
  type: "request",
  apiKey: 92,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: DeleteShareGroupOffsetsRequestFields,
};

export function encodeDeleteShareGroupOffsetsRequest(w: Writer, v: Input<DeleteShareGroupOffsetsRequest>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DeleteShareGroupOffsetsRequest version ${version} is not supported (valid: 0-0)`);
  }
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DeleteShareGroupOffsetsRequest.groupId cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DeleteShareGroupOffsetsRequest.topics cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DeleteShareGroupOffsetsRequest.topics has a null element`);
        encodeDeleteShareGroupOffsetsRequestTopic(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeDeleteShareGroupOffsetsRequest(r: Reader, version: number): DeleteShareGroupOffsetsRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DeleteShareGroupOffsetsRequest version ${version} is not supported (valid: 0-0)`);
  }
  const f_groupId: string = r.compactString();
  let f_topics: DeleteShareGroupOffsetsRequestTopic[];
  {
    const n = r.compactArrayLength(1);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DeleteShareGroupOffsetsRequest.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<DeleteShareGroupOffsetsRequestTopic>(n);
      for (let i = 0; i < n; i++) a[i] = decodeDeleteShareGroupOffsetsRequestTopic(r, version);
      f_topics = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: DeleteShareGroupOffsetsRequest = {
    groupId: f_groupId,
    topics: f_topics,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeDeleteShareGroupOffsetsRequestTopic(w: Writer, v: Input<DeleteShareGroupOffsetsRequestTopic>, version: number): void {
  {
    const x = v.topicName === undefined ? "" : v.topicName;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DeleteShareGroupOffsetsRequestTopic.topicName cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeDeleteShareGroupOffsetsRequestTopic(r: Reader, version: number): DeleteShareGroupOffsetsRequestTopic {
  const f_topicName: string = r.compactString();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: DeleteShareGroupOffsetsRequestTopic = {
    topicName: f_topicName,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
