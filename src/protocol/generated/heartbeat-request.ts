// Generated from HeartbeatRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * HeartbeatRequest (request, api key 12), versions 0-4, flexible 4+.
 *
 * Version 1 and version 2 are the same as version 0.
 *
 * Starting from version 3, we add a new field called groupInstanceId to indicate member identity across restarts.
 *
 * Version 4 is the first flexible version.
 */
export interface HeartbeatRequest {
  /** The group id. (versions 0-4, entity groupId) */
  groupId: string;
  /** The generation of the group. (versions 0-4) */
  generationId: number;
  /** The member ID. (versions 0-4) */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. (versions 3-4, nullable 3-4, default null) */
  groupInstanceId: string | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const HeartbeatRequestFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [0, 4], nullable: null, tagged: null, default: "", entityType: "groupId" },
  { name: "generationId", type: "int32", versions: [0, 4], nullable: null, tagged: null, default: 0 },
  { name: "memberId", type: "string", versions: [0, 4], nullable: null, tagged: null, default: "" },
  { name: "groupInstanceId", type: "string", versions: [3, 4], nullable: [3, 4], tagged: null, default: null },
];

export const heartbeatRequestSchema: MessageSchema = {
  name: "HeartbeatRequest",
  type: "request",
  apiKey: 12,
  validVersions: [0, 4],
  flexibleVersions: [4, 32767],
  fields: HeartbeatRequestFields,
};

export function encodeHeartbeatRequest(w: Writer, v: Input<HeartbeatRequest>, version: number): void {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `HeartbeatRequest version ${version} is not supported (valid: 0-4)`);
  }
  const flexible = version >= 4;
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `HeartbeatRequest.groupId cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  w.int32(v.generationId ?? 0);
  {
    const x = v.memberId === undefined ? "" : v.memberId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `HeartbeatRequest.memberId cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  if (version >= 3) {
    {
      const x = v.groupInstanceId === undefined ? null : v.groupInstanceId;
      (flexible ? w.compactNullableString(x) : w.nullableString(x));
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeHeartbeatRequest(r: Reader, version: number): HeartbeatRequest {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `HeartbeatRequest version ${version} is not supported (valid: 0-4)`);
  }
  const flexible = version >= 4;
  const f_groupId: string = (flexible ? r.compactString() : r.string());
  const f_generationId: number = r.int32();
  const f_memberId: string = (flexible ? r.compactString() : r.string());
  let f_groupInstanceId: string | null;
  if (version >= 3) {
    f_groupInstanceId = (flexible ? r.compactNullableString() : r.nullableString());
  } else f_groupInstanceId = null;
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: HeartbeatRequest = {
    groupId: f_groupId,
    generationId: f_generationId,
    memberId: f_memberId,
    groupInstanceId: f_groupInstanceId,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
