// Generated from StreamsGroupMemberMetadataKey.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** StreamsGroupMemberMetadataKey (coordinator-key, api key 19), versions 0, flexible none. */
export interface StreamsGroupMemberMetadataKey {
  /** The group ID. (versions 0) */
  groupId: string;
  /** The member ID. (versions 0) */
  memberId: string;
}

const StreamsGroupMemberMetadataKeyFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
  { name: "memberId", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
];

export const streamsGroupMemberMetadataKeySchema: MessageSchema = {
  name: "StreamsGroupMemberMetadataKey",
  type: "coordinator-key",
  apiKey: 19,
  validVersions: [0, 0],
  flexibleVersions: null,
  fields: StreamsGroupMemberMetadataKeyFields,
};

export function encodeStreamsGroupMemberMetadataKey(w: Writer, v: Input<StreamsGroupMemberMetadataKey>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `StreamsGroupMemberMetadataKey version ${version} is not supported (valid: 0-0)`);
  }
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `StreamsGroupMemberMetadataKey.groupId cannot be null in version ${version}`);
    w.nullableString(x);
  }
  {
    const x = v.memberId === undefined ? "" : v.memberId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `StreamsGroupMemberMetadataKey.memberId cannot be null in version ${version}`);
    w.nullableString(x);
  }
}

export function decodeStreamsGroupMemberMetadataKey(r: Reader, version: number): StreamsGroupMemberMetadataKey {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `StreamsGroupMemberMetadataKey version ${version} is not supported (valid: 0-0)`);
  }
  const f_groupId: string = r.string();
  const f_memberId: string = r.string();
  return {
    groupId: f_groupId,
    memberId: f_memberId,
  };
}
