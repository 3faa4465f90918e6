// Generated from RemoveRaftVoterRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** RemoveRaftVoterRequest (request, api key 81), versions 0, flexible 0+. */
export interface RemoveRaftVoterRequest {
  /** The cluster id of the request. (versions 0, nullable 0) */
  clusterId: string | null;
  /** The replica id of the voter getting removed from the topic partition. (versions 0) */
  voterId: number;
  /** The directory id of the voter getting removed from the topic partition. (versions 0) */
  voterDirectoryId: string;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const RemoveRaftVoterRequestFields: readonly FieldSchema[] = [
  { name: "clusterId", type: "string", versions: [0, 0], nullable: [0, 0], tagged: null, default: "" },
  { name: "voterId", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "voterDirectoryId", type: "uuid", versions: [0, 0], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
];

export const removeRaftVoterRequestSchema: MessageSchema = {
  name: "RemoveRaftVoterRequest",
  type: "request",
  apiKey: 81,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: RemoveRaftVoterRequestFields,
};

export function encodeRemoveRaftVoterRequest(w: Writer, v: Input<RemoveRaftVoterRequest>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `RemoveRaftVoterRequest version ${version} is not supported (valid: 0-0)`);
  }
  {
    const x = v.clusterId === undefined ? "" : v.clusterId;
    w.compactNullableString(x);
  }
  w.int32(v.voterId ?? 0);
  w.uuid(v.voterDirectoryId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeRemoveRaftVoterRequest(r: Reader, version: number): RemoveRaftVoterRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `RemoveRaftVoterRequest version ${version} is not supported (valid: 0-0)`);
  }
  const f_clusterId: string | null = r.compactNullableString();
  const f_voterId: number = r.int32();
  const f_voterDirectoryId: string = r.uuid();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: RemoveRaftVoterRequest = {
    clusterId: f_clusterId,
    voterId: f_voterId,
    voterDirectoryId: f_voterDirectoryId,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
