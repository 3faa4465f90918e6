// Generated from StreamsGroupTargetAssignmentMetadataKey.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** StreamsGroupTargetAssignmentMetadataKey (coordinator-key, api key 20), versions 0, flexible none. */
export interface StreamsGroupTargetAssignmentMetadataKey {
  /** The group ID. (versions 0) */
  groupId: string;
}

const StreamsGroupTargetAssignmentMetadataKeyFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
];

export const streamsGroupTargetAssignmentMetadataKeySchema: MessageSchema = {
  name: "StreamsGroupTargetAssignmentMetadataKey",
  type: "coordinator-key",
  apiKey: 20,
  validVersions: [0, 0],
  flexibleVersions: null,
  fields: StreamsGroupTargetAssignmentMetadataKeyFields,
};

export function encodeStreamsGroupTargetAssignmentMetadataKey(w: Writer, v: Input<StreamsGroupTargetAssignmentMetadataKey>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `StreamsGroupTargetAssignmentMetadataKey version ${version} is not supported (valid: 0-0)`);
  }
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `StreamsGroupTargetAssignmentMetadataKey.groupId cannot be null in version ${version}`);
    w.nullableString(x);
  }
}

export function decodeStreamsGroupTargetAssignmentMetadataKey(r: Reader, version: number): StreamsGroupTargetAssignmentMetadataKey {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `StreamsGroupTargetAssignmentMetadataKey version ${version} is not supported (valid: 0-0)`);
  }
  const f_groupId: string = r.string();
  return {
    groupId: f_groupId,
  };
}
