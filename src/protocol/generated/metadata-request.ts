// Generated from MetadataRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * MetadataRequest (request, api key 3), versions 0-13, flexible 9+.
 *
 * In version 0, an empty array indicates "request metadata for all topics."  In version 1 and
 * higher, an empty array indicates "request metadata for no topics," and a null array is used to
 * indicate "request metadata for all topics."
 *
 * Version 2 and 3 are the same as version 1.
 *
 * Version 4 adds AllowAutoTopicCreation.
 *
 * Starting in version 8, authorized operations can be requested for cluster and topic resource.
 *
 * Version 9 is the first flexible version.
 *
 * Version 10 adds topicId and allows name field to be null. However, this functionality was not implemented on the server.
 * Versions 10 and 11 should not use the topicId field or set topic name to null.
 *
 * Version 11 deprecates IncludeClusterAuthorizedOperations field. This is now exposed
 * by the DescribeCluster API (KIP-700).
 * Version 12 supports topic Id.
 * Version 13 supports top-level error code in the response.
 */
export interface MetadataRequest {
  /** The topics to fetch metadata for. (versions 0-13, nullable 1-13) */
  topics: MetadataRequestTopic[] | null;
  /** If this is true, the broker may auto-create topics that we requested which do not already exist, if it is configured to do so. (versions 4-13, default true) */
  allowAutoTopicCreation: boolean;
  /** Whether to include cluster authorized operations. (versions 8-10) */
  includeClusterAuthorizedOperations: boolean;
  /** Whether to include topic authorized operations. (versions 8-13) */
  includeTopicAuthorizedOperations: boolean;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface MetadataRequestTopic {
  /** The topic id. (versions 10-13) */
  topicId: string;
  /** The topic name. (versions 0-13, nullable 10-13, entity topicName) */
  name: string | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const MetadataRequestTopicFields: readonly FieldSchema[] = [
  { name: "topicId", type: "uuid", versions: [10, 13], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "name", type: "string", versions: [0, 13], nullable: [10, 13], tagged: null, default: "", entityType: "topicName" },
];
const MetadataRequestFields: readonly FieldSchema[] = [
  { name: "topics", type: "[]MetadataRequestTopic", versions: [0, 13], nullable: [1, 13], tagged: null, fields: MetadataRequestTopicFields },
  { name: "allowAutoTopicCreation", type: "bool", versions: [4, 13], nullable: null, tagged: null, default: true },
  { name: "includeClusterAuthorizedOperations", type: "bool", versions: [8, 10], nullable: null, tagged: null, default: false },
  { name: "includeTopicAuthorizedOperations", type: "bool", versions: [8, 13], nullable: null, tagged: null, default: false },
];

export const metadataRequestSchema: MessageSchema = {
  name: "MetadataRequest",
  type: "request",
  apiKey: 3,
  validVersions: [0, 13],
  flexibleVersions: [9, 32767],
  fields: MetadataRequestFields,
};

export function encodeMetadataRequest(w: Writer, v: Input<MetadataRequest>, version: number): void {
  if (!(version >= 0 && version <= 13)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `MetadataRequest version ${version} is not supported (valid: 0-13)`);
  }
  const flexible = version >= 9;
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null && !(version >= 1)) throw new ProtocolError('INVALID_VALUE', `MetadataRequest.topics cannot be null in version ${version}`);
    if (x === null) (flexible ? w.uvarint(0) : w.int32(-1));
    else {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `MetadataRequest.topics has a null element`);
        encodeMetadataRequestTopic(w, e, version);
      }
    }
  }
  if (version >= 4) {
    w.bool(v.allowAutoTopicCreation ?? true);
  }
  if (version >= 8 && version <= 10) {
    w.bool(v.includeClusterAuthorizedOperations ?? false);
  }
  if (version >= 8) {
    w.bool(v.includeTopicAuthorizedOperations ?? false);
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeMetadataRequest(r: Reader, version: number): MetadataRequest {
  if (!(version >= 0 && version <= 13)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `MetadataRequest version ${version} is not supported (valid: 0-13)`);
  }
  const flexible = version >= 9;
  let f_topics: MetadataRequestTopic[] | null;
  {
    const n = (flexible ? r.compactArrayLength(1) : r.arrayLength(1));
    if (n === null) {
      if (!(version >= 1)) throw new ProtocolError('NEGATIVE_LENGTH', `MetadataRequest.topics is null, not allowed in version ${version}`);
      f_topics = null;
    }
    else {
      const a = new Array<MetadataRequestTopic>(n);
      for (let i = 0; i < n; i++) a[i] = decodeMetadataRequestTopic(r, version);
      f_topics = a;
    }
  }
  let f_allowAutoTopicCreation: boolean;
  if (version >= 4) {
    f_allowAutoTopicCreation = r.bool();
  } else f_allowAutoTopicCreation = true;
  let f_includeClusterAuthorizedOperations: boolean;
  if (version >= 8 && version <= 10) {
    f_includeClusterAuthorizedOperations = r.bool();
  } else f_includeClusterAuthorizedOperations = false;
  let f_includeTopicAuthorizedOperations: boolean;
  if (version >= 8) {
    f_includeTopicAuthorizedOperations = r.bool();
  } else f_includeTopicAuthorizedOperations = false;
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: MetadataRequest = {
    topics: f_topics,
    allowAutoTopicCreation: f_allowAutoTopicCreation,
    includeClusterAuthorizedOperations: f_includeClusterAuthorizedOperations,
    includeTopicAuthorizedOperations: f_includeTopicAuthorizedOperations,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeMetadataRequestTopic(w: Writer, v: Input<MetadataRequestTopic>, version: number): void {
  const flexible = version >= 9;
  if (version >= 10) {
    w.uuid(v.topicId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  }
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null && !(version >= 10)) throw new ProtocolError('INVALID_VALUE', `MetadataRequestTopic.name cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeMetadataRequestTopic(r: Reader, version: number): MetadataRequestTopic {
  const flexible = version >= 9;
  let f_topicId: string;
  if (version >= 10) {
    f_topicId = r.uuid();
  } else f_topicId = "AAAAAAAAAAAAAAAAAAAAAA";
  const f_name: string | null = (flexible ? (version >= 10 ? r.compactNullableString() : r.compactString()) : (version >= 10 ? r.nullableString() : r.string()));
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: MetadataRequestTopic = {
    topicId: f_topicId,
    name: f_name,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
