// Generated from ShareGroupDescribeRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ShareGroupDescribeRequest (request, api key 77), versions 0-1, flexible 0+.
 *
 * Version 0 was used for early access of KIP-932 in Apache Kafka 4.0 but removed in Apache Kafka 4.1.
 *
 * Version 1 is the initial stable version (KIP-932).
 */
export interface ShareGroupDescribeRequest {
  /** The ids of the groups to describe. (versions 0-1, entity groupId) */
  groupIds: string[];
  /** Whether to include authorized operations. (versions 0-1) */
  includeAuthorizedOperations: boolean;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const ShareGroupDescribeRequestFields: readonly FieldSchema[] = [
  { name: "groupIds", type: "[]string", versions: [0, 1], nullable: null, tagged: null, entityType: "groupId" },
  { name: "includeAuthorizedOperations", type: "bool", versions: [0, 1], nullable: null, tagged: null, default: false },
];

export const shareGroupDescribeRequestSchema: MessageSchema = {
  name: "ShareGroupDescribeRequest",
  type: "request",
  apiKey: 77,
  validVersions: [0, 1],
  flexibleVersions: [0, 32767],
  fields: ShareGroupDescribeRequestFields,
};

export function encodeShareGroupDescribeRequest(w: Writer, v: Input<ShareGroupDescribeRequest>, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ShareGroupDescribeRequest version ${version} is not supported (valid: 0-1)`);
  }
  {
    const x = v.groupIds === undefined ? [] : v.groupIds;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ShareGroupDescribeRequest.groupIds cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ShareGroupDescribeRequest.groupIds has a null element`);
        w.compactString(e);
      }
    }
  }
  w.bool(v.includeAuthorizedOperations ?? false);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeShareGroupDescribeRequest(r: Reader, version: number): ShareGroupDescribeRequest {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ShareGroupDescribeRequest version ${version} is not supported (valid: 0-1)`);
  }
  let f_groupIds: string[];
  {
    const n = r.compactArrayLength(1);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ShareGroupDescribeRequest.groupIds is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<string>(n);
      for (let i = 0; i < n; i++) a[i] = r.compactString();
      f_groupIds = a;
    }
  }
  const f_includeAuthorizedOperations: boolean = r.bool();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: ShareGroupDescribeRequest = {
    groupIds: f_groupIds,
    includeAuthorizedOperations: f_includeAuthorizedOperations,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
