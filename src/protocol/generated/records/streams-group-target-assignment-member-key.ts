// Generated from StreamsGroupTargetAssignmentMemberKey.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** StreamsGroupTargetAssignmentMemberKey (coordinator-key, api key 21), versions 0, flexible none. */
export interface StreamsGroupTargetAssignmentMemberKey {
  /** The group ID. (versions 0) */
  groupId: string;
  /** The member ID. (versions 0) */
  memberId: string;
}

const StreamsGroupTargetAssignmentMemberKeyFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
  { name: "memberId", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
];

export const streamsGroupTargetAssignmentMemberKeySchema: MessageSchema = {
  name: "StreamsGroupTargetAssignmentMemberKey",
  type: "coordinator-key",
  apiKey: 21,
  validVersions: [0, 0],
  flexibleVersions: null,
  fields: StreamsGroupTargetAssignmentMemberKeyFields,
};

export function encodeStreamsGroupTargetAssignmentMemberKey(w: Writer, v: Input<StreamsGroupTargetAssignmentMemberKey>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `StreamsGroupTargetAssignmentMemberKey version ${version} is not supported (valid: 0-0)`);
  }
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `StreamsGroupTargetAssignmentMemberKey.groupId cannot be null in version ${version}`);
    w.nullableString(x);
  }
  {
    const x = v.memberId === undefined ? "" : v.memberId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `StreamsGroupTargetAssignmentMemberKey.memberId cannot be null in version ${version}`);
    w.nullableString(x);
  }
}

export function decodeStreamsGroupTargetAssignmentMemberKey(r: Reader, version: number): StreamsGroupTargetAssignmentMemberKey {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `StreamsGroupTargetAssignmentMemberKey version ${version} is not supported (valid: 0-0)`);
  }
  const f_groupId: string = r.string();
  const f_memberId: string = r.string();
  return {
    groupId: f_groupId,
    memberId: f_memberId,
  };
}
