// Generated from StreamsGroupDescribeRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * StreamsGroupDescribeRequest (request, api key 89), versions 0-1, flexible 0+.
 *
 * Version 1 adds IncludeTopologyDescription (KIP-1331).
 */
export interface StreamsGroupDescribeRequest {
  /** The ids of the groups to describe (versions 0-1, entity groupId) */
  groupIds: string[];
  /** Whether to include authorized operations. (versions 0-1) */
  includeAuthorizedOperations: boolean;
  /** Whether to include the full topology description from the topology description plugin in the response. (versions 1, default false) */
  includeTopologyDescription: boolean;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const StreamsGroupDescribeRequestFields: readonly FieldSchema[] = [
  { name: "groupIds", type: "[]string", versions: [0, 1], nullable: null, tagged: null, entityType: "groupId" },
  { name: "includeAuthorizedOperations", type: "bool", versions: [0, 1], nullable: null, tagged: null, default: false },
  { name: "includeTopologyDescription", type: "bool", versions: [1, 1], nullable: null, tagged: null, default: false },
];

export const streamsGroupDescribeRequestSchema: MessageSchema = {
  name: "StreamsGroupDescribeRequest",
  type: "request",
  apiKey: 89,
  validVersions: [0, 1],
  flexibleVersions: [0, 32767],
  fields: StreamsGroupDescribeRequestFields,
};

export function encodeStreamsGroupDescribeRequest(w: Writer, v: Input<StreamsGroupDescribeRequest>, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `StreamsGroupDescribeRequest version ${version} is not supported (valid: 0-1)`);
  }
  {
    const x = v.groupIds === undefined ? [] : v.groupIds;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `StreamsGroupDescribeRequest.groupIds cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `StreamsGroupDescribeRequest.groupIds has a null element`);
        w.compactString(e);
      }
    }
  }
  w.bool(v.includeAuthorizedOperations ?? false);
  if (version >= 1) {
    w.bool(v.includeTopologyDescription ?? false);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeStreamsGroupDescribeRequest(r: Reader, version: number): StreamsGroupDescribeRequest {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `StreamsGroupDescribeRequest version ${version} is not supported (valid: 0-1)`);
  }
  let f_groupIds: string[];
  {
    const n = r.compactArrayLength(1);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `StreamsGroupDescribeRequest.groupIds is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<string>(n);
      for (let i = 0; i < n; i++) a[i] = r.compactString();
      f_groupIds = a;
    }
  }
  const f_includeAuthorizedOperations: boolean = r.bool();
  let f_includeTopologyDescription: boolean;
  if (version >= 1) {
    f_includeTopologyDescription = r.bool();
  } else f_includeTopologyDescription = false;
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: StreamsGroupDescribeRequest = {
    groupIds: f_groupIds,
    includeAuthorizedOperations: f_includeAuthorizedOperations,
    includeTopologyDescription: f_includeTopologyDescription,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
