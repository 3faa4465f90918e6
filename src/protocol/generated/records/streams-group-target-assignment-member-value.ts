// Generated from StreamsGroupTargetAssignmentMemberValue.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** StreamsGroupTargetAssignmentMemberValue (coordinator-value, api key 21), versions 0, flexible 0+. */
export interface StreamsGroupTargetAssignmentMemberValue {
  /** Currently assigned active tasks for this streams client. (versions 0) */
  activeTasks: TaskIds[];
  /** Currently assigned standby tasks for this streams client. (versions 0) */
  standbyTasks: TaskIds[];
  /** Currently assigned warm-up tasks for this streams client. (versions 0) */
  warmupTasks: TaskIds[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TaskIds {
  /** The subtopology ID. (versions 0) */
  subtopologyId: string;
  /** The partitions of the input topics processed by this member. (versions 0) */
  partitions: number[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const TaskIdsFields: readonly FieldSchema[] = [
  { name: "subtopologyId", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
  { name: "partitions", type: "[]int32", versions: [0, 0], nullable: null, tagged: null },
];
const StreamsGroupTargetAssignmentMemberValueFields: readonly FieldSchema[] = [
  { name: "activeTasks", type: "[]TaskIds", versions: [0, 0], nullable: null, tagged: null, fields: TaskIdsFields },
  { name: "standbyTasks", type: "[]TaskIds", versions: [0, 0], nullable: null, tagged: null, fields: TaskIdsFields },
  { name: "warmupTasks", type: "[]TaskIds", versions: [0, 0], nullable: null, tagged: null, fields: TaskIdsFields },
];

export const streamsGroupTargetAssignmentMemberValueSchema: MessageSchema = {
  name: "StreamsGroupTargetAssignmentMemberValue",
  type: "coordinator-value",
  apiKey: 21,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: StreamsGroupTargetAssignmentMemberValueFields,
};

export function encodeStreamsGroupTargetAssignmentMemberValue(w: Writer, v: Input<StreamsGroupTargetAssignmentMemberValue>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `StreamsGroupTargetAssignmentMemberValue version ${version} is not supported (valid: 0-0)`);
  }
  {
    const x = v.activeTasks === undefined ? [] : v.activeTasks;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `StreamsGroupTargetAssignmentMemberValue.activeTasks cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `StreamsGroupTargetAssignmentMemberValue.activeTasks has a null element`);
        encodeTaskIds(w, e, version);
      }
    }
  }
  {
    const x = v.standbyTasks === undefined ? [] : v.standbyTasks;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `StreamsGroupTargetAssignmentMemberValue.standbyTasks cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `StreamsGroupTargetAssignmentMemberValue.standbyTasks has a null element`);
        encodeTaskIds(w, e, version);
      }
    }
  }
  {
    const x = v.warmupTasks === undefined ? [] : v.warmupTasks;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `StreamsGroupTargetAssignmentMemberValue.warmupTasks cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `StreamsGroupTargetAssignmentMemberValue.warmupTasks has a null element`);
        encodeTaskIds(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeStreamsGroupTargetAssignmentMemberValue(r: Reader, version: number): StreamsGroupTargetAssignmentMemberValue {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `StreamsGroupTargetAssignmentMemberValue version ${version} is not supported (valid: 0-0)`);
  }
  let f_activeTasks: TaskIds[];
  {
    const n = r.compactArrayLength(2);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `StreamsGroupTargetAssignmentMemberValue.activeTasks is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TaskIds>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTaskIds(r, version);
      f_activeTasks = a;
    }
  }
  let f_standbyTasks: TaskIds[];
  {
    const n = r.compactArrayLength(2);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `StreamsGroupTargetAssignmentMemberValue.standbyTasks is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TaskIds>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTaskIds(r, version);
      f_standbyTasks = a;
    }
  }
  let f_warmupTasks: TaskIds[];
  {
    const n = r.compactArrayLength(2);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `StreamsGroupTargetAssignmentMemberValue.warmupTasks is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TaskIds>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTaskIds(r, version);
      f_warmupTasks = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: StreamsGroupTargetAssignmentMemberValue = {
    activeTasks: f_activeTasks,
    standbyTasks: f_standbyTasks,
    warmupTasks: f_warmupTasks,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeTaskIds(w: Writer, v: Input<TaskIds>, version: number): void {
  {
    const x = v.subtopologyId === undefined ? "" : v.subtopologyId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TaskIds.subtopologyId cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.partitions === undefined ? [] : v.partitions;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TaskIds.partitions cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `TaskIds.partitions has a null element`);
        w.int32(e);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeTaskIds(r: Reader, version: number): TaskIds {
  const f_subtopologyId: string = r.compactString();
  let f_partitions: number[];
  {
    const n = r.compactArrayLength(4);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `TaskIds.partitions is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.int32();
      f_partitions = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: TaskIds = {
    subtopologyId: f_subtopologyId,
    partitions: f_partitions,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
