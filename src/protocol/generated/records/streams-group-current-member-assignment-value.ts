// Generated from StreamsGroupCurrentMemberAssignmentValue.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** StreamsGroupCurrentMemberAssignmentValue (coordinator-value, api key 22), versions 0, flexible 0+. */
export interface StreamsGroupCurrentMemberAssignmentValue {
  /** The current member epoch that is expected from the member in the heartbeat request. (versions 0) */
  memberEpoch: number;
  /** If the last epoch bump is lost before reaching the member, the member will retry with the previous epoch. (versions 0) */
  previousMemberEpoch: number;
  /** The member state. See StreamsGroupMember.MemberState for the possible values. (versions 0) */
  state: number;
  /** Currently assigned active tasks for this streams client. (versions 0) */
  activeTasks: TaskIds[];
  /** Currently assigned standby tasks for this streams client. (versions 0) */
  standbyTasks: TaskIds[];
  /** Currently assigned warm-up tasks for this streams client. (versions 0) */
  warmupTasks: TaskIds[];
  /** The active tasks that must be revoked by this member. (versions 0) */
  activeTasksPendingRevocation: TaskIds[];
  /** The standby tasks that must be revoked by this member. (versions 0) */
  standbyTasksPendingRevocation: TaskIds[];
  /** The warmup tasks that must be revoked by this member. (versions 0) */
  warmupTasksPendingRevocation: TaskIds[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TaskIds {
  /** The subtopology ID. (versions 0) */
  subtopologyId: string;
  /** The partitions of the input topics processed by this member. (versions 0) */
  partitions: number[];
  /** The epoch at which the partition was assigned to the member. Used to fence zombie commits requests. Of the same length as Partitions. Only defined for active tasks. (versions 0, nullable 0, tagged 0 as tag 0, default null) */
  assignmentEpochs: number[] | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const TaskIdsFields: readonly FieldSchema[] = [
  { name: "subtopologyId", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
  { name: "partitions", type: "[]int32", versions: [0, 0], nullable: null, tagged: null },
  { name: "assignmentEpochs", type: "[]int32", versions: [0, 0], nullable: [0, 0], tagged: [0, 0], tag: 0, default: null },
];
const StreamsGroupCurrentMemberAssignmentValueFields: readonly FieldSchema[] = [
  { name: "memberEpoch", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "previousMemberEpoch", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "state", type: "int8", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "activeTasks", type: "[]TaskIds", versions: [0, 0], nullable: null, tagged: null, fields: TaskIdsFields },
  { name: "standbyTasks", type: "[]TaskIds", versions: [0, 0], nullable: null, tagged: null, fields: TaskIdsFields },
  { name: "warmupTasks", type: "[]TaskIds", versions: [0, 0], nullable: null, tagged: null, fields: TaskIdsFields },
  { name: "activeTasksPendingRevocation", type: "[]TaskIds", versions: [0, 0], nullable: null, tagged: null, fields: TaskIdsFields },
  { name: "standbyTasksPendingRevocation", type: "[]TaskIds", versions: [0, 0], nullable: null, tagged: null, fields: TaskIdsFields },
  { name: "warmupTasksPendingRevocation", type: "[]TaskIds", versions: [0, 0], nullable: null, tagged: null, fields: TaskIdsFields },
];

export const streamsGroupCurrentMemberAssignmentValueSchema: MessageSchema = {
  name: "StreamsGroupCurrentMemberAssignmentValue",
  type: "coordinator-value",
  apiKey: 22,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: StreamsGroupCurrentMemberAssignmentValueFields,
};

export function encodeStreamsGroupCurrentMemberAssignmentValue(w: Writer, v: Input<StreamsGroupCurrentMemberAssignmentValue>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `StreamsGroupCurrentMemberAssignmentValue version ${version} is not supported (valid: 0-0)`);
  }
  w.int32(v.memberEpoch ?? 0);
  w.int32(v.previousMemberEpoch ?? 0);
  w.int8(v.state ?? 0);
  {
    const x = v.activeTasks === undefined ? [] : v.activeTasks;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `StreamsGroupCurrentMemberAssignmentValue.activeTasks cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `StreamsGroupCurrentMemberAssignmentValue.activeTasks has a null element`);
        encodeTaskIds(w, e, version);
      }
    }
  }
  {
    const x = v.standbyTasks === undefined ? [] : v.standbyTasks;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `StreamsGroupCurrentMemberAssignmentValue.standbyTasks cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `StreamsGroupCurrentMemberAssignmentValue.standbyTasks has a null element`);
        encodeTaskIds(w, e, version);
      }
    }
  }
  {
    const x = v.warmupTasks === undefined ? [] : v.warmupTasks;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `StreamsGroupCurrentMemberAssignmentValue.warmupTasks cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `StreamsGroupCurrentMemberAssignmentValue.warmupTasks has a null element`);
        encodeTaskIds(w, e, version);
      }
    }
  }
  {
    const x = v.activeTasksPendingRevocation === undefined ? [] : v.activeTasksPendingRevocation;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `StreamsGroupCurrentMemberAssignmentValue.activeTasksPendingRevocation cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `StreamsGroupCurrentMemberAssignmentValue.activeTasksPendingRevocation has a null element`);
        encodeTaskIds(w, e, version);
      }
    }
  }
  {
    const x = v.standbyTasksPendingRevocation === undefined ? [] : v.standbyTasksPendingRevocation;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `StreamsGroupCurrentMemberAssignmentValue.standbyTasksPendingRevocation cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `StreamsGroupCurrentMemberAssignmentValue.standbyTasksPendingRevocation has a null element`);
        encodeTaskIds(w, e, version);
      }
    }
  }
  {
    const x = v.warmupTasksPendingRevocation === undefined ? [] : v.warmupTasksPendingRevocation;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `StreamsGroupCurrentMemberAssignmentValue.warmupTasksPendingRevocation cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `StreamsGroupCurrentMemberAssignmentValue.warmupTasksPendingRevocation has a null element`);
        encodeTaskIds(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeStreamsGroupCurrentMemberAssignmentValue(r: Reader, version: number): StreamsGroupCurrentMemberAssignmentValue {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `StreamsGroupCurrentMemberAssignmentValue version ${version} is not supported (valid: 0-0)`);
  }
  const f_memberEpoch: number = r.int32();
  const f_previousMemberEpoch: number = r.int32();
  const f_state: number = r.int8();
  let f_activeTasks: TaskIds[];
  {
    const n = r.compactArrayLength(2);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `StreamsGroupCurrentMemberAssignmentValue.activeTasks is null, not allowed in version ${version}`);
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
      throw new ProtocolError('NEGATIVE_LENGTH', `StreamsGroupCurrentMemberAssignmentValue.standbyTasks is null, not allowed in version ${version}`);
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
      throw new ProtocolError('NEGATIVE_LENGTH', `StreamsGroupCurrentMemberAssignmentValue.warmupTasks is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TaskIds>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTaskIds(r, version);
      f_warmupTasks = a;
    }
  }
  let f_activeTasksPendingRevocation: TaskIds[];
  {
    const n = r.compactArrayLength(2);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `StreamsGroupCurrentMemberAssignmentValue.activeTasksPendingRevocation is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TaskIds>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTaskIds(r, version);
      f_activeTasksPendingRevocation = a;
    }
  }
  let f_standbyTasksPendingRevocation: TaskIds[];
  {
    const n = r.compactArrayLength(2);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `StreamsGroupCurrentMemberAssignmentValue.standbyTasksPendingRevocation is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TaskIds>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTaskIds(r, version);
      f_standbyTasksPendingRevocation = a;
    }
  }
  let f_warmupTasksPendingRevocation: TaskIds[];
  {
    const n = r.compactArrayLength(2);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `StreamsGroupCurrentMemberAssignmentValue.warmupTasksPendingRevocation is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TaskIds>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTaskIds(r, version);
      f_warmupTasksPendingRevocation = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: StreamsGroupCurrentMemberAssignmentValue = {
    memberEpoch: f_memberEpoch,
    previousMemberEpoch: f_previousMemberEpoch,
    state: f_state,
    activeTasks: f_activeTasks,
    standbyTasks: f_standbyTasks,
    warmupTasks: f_warmupTasks,
    activeTasksPendingRevocation: f_activeTasksPendingRevocation,
    standbyTasksPendingRevocation: f_standbyTasksPendingRevocation,
    warmupTasksPendingRevocation: f_warmupTasksPendingRevocation,
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
  let tagged: TaggedField[] | undefined;
  {
    const x = v.assignmentEpochs === undefined ? null : v.assignmentEpochs;
    if (x !== null) {
      const tw = new Writer(64);
      if (x === null) tw.uvarint(0);
      else {
        tw.uvarint(x.length + 1);
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `TaskIds.assignmentEpochs has a null element`);
          tw.int32(e);
        }
      }
      (tagged ??= []).push({ tag: 0, data: tw.finish() });
    }
  }
  writeTaggedFields(w, tagged, v._unknownTaggedFields);
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
  let f_assignmentEpochs: number[] | null = null;
  let unknownTags: TaggedField[] | undefined;
  const nTags = r.uvarint();
  for (let t = 0; t < nTags; t++) {
    const tag = r.uvarint();
    const tr = taggedFieldReader(r);
    if (tag === 0) {
      {
        const n = tr.compactArrayLength(4);
        if (n === null) f_assignmentEpochs = null;
        else {
          const a = new Array<number>(n);
          for (let i = 0; i < n; i++) a[i] = tr.int32();
          f_assignmentEpochs = a;
        }
      }
    } else {
      (unknownTags ??= []).push({ tag, data: tr.buf.subarray(tr.pos, tr.end) });
    }
  }
  const out: TaskIds = {
    subtopologyId: f_subtopologyId,
    partitions: f_partitions,
    assignmentEpochs: f_assignmentEpochs,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
