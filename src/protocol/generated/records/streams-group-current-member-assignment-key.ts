// Generated from StreamsGroupCurrentMemberAssignmentKey.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** StreamsGroupCurrentMemberAssignmentKey (coordinator-key, api key 22), versions 0, flexible none. */
export interface StreamsGroupCurrentMemberAssignmentKey {
  /** The group ID. (versions 0) */
  groupId: string;
  /** The member ID. (versions 0) */
  memberId: string;
}

const StreamsGroupCurrentMemberAssignmentKeyFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
  { name: "memberId", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
];

export const streamsGroupCurrentMemberAssignmentKeySchema: MessageSchema = {
  name: "StreamsGroupCurrentMemberAssignmentKey",
  type: "coordinator-key",
  apiKey: 22,
  validVersions: [0, 0],
  flexibleVersions: null,
  fields: StreamsGroupCurrentMemberAssignmentKeyFields,
};

export function encodeStreamsGroupCurrentMemberAssignmentKey(w: Writer, v: Input<StreamsGroupCurrentMemberAssignmentKey>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `StreamsGroupCurrentMemberAssignmentKey version ${version} is not supported (valid: 0-0)`);
  }
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `StreamsGroupCurrentMemberAssignmentKey.groupId cannot be null in version ${version}`);
    w.nullableString(x);
  }
  {
    const x = v.memberId === undefined ? "" : v.memberId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `StreamsGroupCurrentMemberAssignmentKey.memberId cannot be null in version ${version}`);
    w.nullableString(x);
  }
}

export function decodeStreamsGroupCurrentMemberAssignmentKey(r: Reader, version: number): StreamsGroupCurrentMemberAssignmentKey {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `StreamsGroupCurrentMemberAssignmentKey version ${version} is not supported (valid: 0-0)`);
  }
  const f_groupId: string = r.string();
  const f_memberId: string = r.string();
  return {
    groupId: f_groupId,
    memberId: f_memberId,
  };
}
