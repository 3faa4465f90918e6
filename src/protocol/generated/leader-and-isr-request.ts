// Generated from LeaderAndIsrRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * LeaderAndIsrRequest (request, api key 4), versions 0-7, flexible 4+.
 *
 * This request was removed in Apache Kafka 4.0.
 */
export interface LeaderAndIsrRequest {
  /** The current controller ID. (versions 0-7, entity brokerId) */
  controllerId: number;
  /** If KRaft controller id is used during migration. See KIP-866 (versions 7, default false) */
  isKRaftController: boolean;
  /** The current controller epoch. (versions 0-7) */
  controllerEpoch: number;
  /** The current broker epoch. (versions 2-7, default -1) */
  brokerEpoch: bigint;
  /** The type that indicates whether all topics are included in the request (versions 5-7) */
  type: number;
  /** The state of each partition, in a v0 or v1 message. (versions 0-1) */
  ungroupedPartitionStates: LeaderAndIsrPartitionState[];
  /** Each topic. (versions 2-7) */
  topicStates: LeaderAndIsrTopicState[];
  /** The current live leaders. (versions 0-7) */
  liveLeaders: LeaderAndIsrLiveLeader[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface LeaderAndIsrPartitionState {
  /** The topic name.  This is only present in v0 or v1. (versions 0-1, entity topicName) */
  topicName: string;
  /** The partition index. (versions 0-7) */
  partitionIndex: number;
  /** The controller epoch. (versions 0-7) */
  controllerEpoch: number;
  /** The broker ID of the leader. (versions 0-7, entity brokerId) */
  leader: number;
  /** The leader epoch. (versions 0-7) */
  leaderEpoch: number;
  /** The in-sync replica IDs. (versions 0-7, entity brokerId) */
  isr: number[];
  /** The current epoch for the partition. The epoch is a monotonically increasing value which is incremented after every partition change. (Since the LeaderAndIsr request is only used by the legacy controller, this corresponds to the zkVersion) (versions 0-7) */
  partitionEpoch: number;
  /** The replica IDs. (versions 0-7, entity brokerId) */
  replicas: number[];
  /** The replica IDs that we are adding this partition to, or null if no replicas are being added. (versions 3-7, entity brokerId) */
  addingReplicas: number[];
  /** The replica IDs that we are removing this partition from, or null if no replicas are being removed. (versions 3-7, entity brokerId) */
  removingReplicas: number[];
  /** Whether the replica should have existed on the broker or not. (versions 1-7, default false) */
  isNew: boolean;
  /** 1 if the partition is recovering from an unclean leader election; 0 otherwise. (versions 6-7, default 0) */
  leaderRecoveryState: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface LeaderAndIsrTopicState {
  /** The topic name. (versions 2-7, entity topicName) */
  topicName: string;
  /** The unique topic ID. (versions 5-7) */
  topicId: string;
  /** The state of each partition (versions 2-7) */
  partitionStates: LeaderAndIsrPartitionState[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface LeaderAndIsrLiveLeader {
  /** The leader's broker ID. (versions 0-7, entity brokerId) */
  brokerId: number;
  /** The leader's hostname. (versions 0-7) */
  hostName: string;
  /** The leader's port. (versions 0-7) */
  port: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const LeaderAndIsrPartitionStateFields: readonly FieldSchema[] = [
  { name: "topicName", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "partitionIndex", type: "int32", versions: [0, 7], nullable: null, tagged: null, default: 0 },
  { name: "controllerEpoch", type: "int32", versions: [0, 7], nullable: null, tagged: null, default: 0 },
  { name: "leader", type: "int32", versions: [0, 7], nullable: null, tagged: null, default: 0, entityType: "brokerId" },
  { name: "leaderEpoch", type: "int32", versions: [0, 7], nullable: null, tagged: null, default: 0 },
  { name: "isr", type: "[]int32", versions: [0, 7], nullable: null, tagged: null, entityType: "brokerId" },
  { name: "partitionEpoch", type: "int32", versions: [0, 7], nullable: null, tagged: null, default: 0 },
  { name: "replicas", type: "[]int32", versions: [0, 7], nullable: null, tagged: null, entityType: "brokerId" },
  { name: "addingReplicas", type: "[]int32", versions: [3, 7], nullable: null, tagged: null, entityType: "brokerId" },
  { name: "removingReplicas", type: "[]int32", versions: [3, 7], nullable: null, tagged: null, entityType: "brokerId" },
  { name: "isNew", type: "bool", versions: [1, 7], nullable: null, tagged: null, default: false },
  { name: "leaderRecoveryState", type: "int8", versions: [6, 7], nullable: null, tagged: null, default: 0 },
];
const LeaderAndIsrTopicStateFields: readonly FieldSchema[] = [
  { name: "topicName", type: "string", versions: [2, 7], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "topicId", type: "uuid", versions: [5, 7], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "partitionStates", type: "[]LeaderAndIsrPartitionState", versions: [2, 7], nullable: null, tagged: null, fields: LeaderAndIsrPartitionStateFields },
];
const LeaderAndIsrLiveLeaderFields: readonly FieldSchema[] = [
  { name: "brokerId", type: "int32", versions: [0, 7], nullable: null, tagged: null, default: 0, entityType: "brokerId" },
  { name: "hostName", type: "string", versions: [0, 7], nullable: null, tagged: null, default: "" },
  { name: "port", type: "int32", versions: [0, 7], nullable: null, tagged: null, default: 0 },
];
const LeaderAndIsrRequestFields: readonly FieldSchema[] = [
  { name: "controllerId", type: "int32", versions: [0, 7], nullable: null, tagged: null, default: 0, entityType: "brokerId" },
  { name: "isKRaftController", type: "bool", versions: [7, 7], nullable: null, tagged: null, default: false },
  { name: "controllerEpoch", type: "int32", versions: [0, 7], nullable: null, tagged: null, default: 0 },
  { name: "brokerEpoch", type: "int64", versions: [2, 7], nullable: null, tagged: null, default: -1n },
  { name: "type", type: "int8", versions: [5, 7], nullable: null, tagged: null, default: 0 },
  { name: "ungroupedPartitionStates", type: "[]LeaderAndIsrPartitionState", versions: [0, 1], nullable: null, tagged: null, fields: LeaderAndIsrPartitionStateFields },
  { name: "topicStates", type: "[]LeaderAndIsrTopicState", versions: [2, 7], nullable: null, tagged: null, fields: LeaderAndIsrTopicStateFields },
  { name: "liveLeaders", type: "[]LeaderAndIsrLiveLeader", versions: [0, 7], nullable: null, tagged: null, fields: LeaderAndIsrLiveLeaderFields },
];

export const leaderAndIsrRequestSchema: MessageSchema = {
  name: "LeaderAndIsrRequest",
  type: "request",
  apiKey: 4,
  validVersions: [0, 7],
  flexibleVersions: [4, 32767],
  fields: LeaderAndIsrRequestFields,
};

export function encodeLeaderAndIsrRequest(w: Writer, v: Input<LeaderAndIsrRequest>, version: number): void {
  if (!(version >= 0 && version <= 7)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `LeaderAndIsrRequest version ${version} is not supported (valid: 0-7)`);
  }
  const flexible = version >= 4;
  w.int32(v.controllerId ?? 0);
  if (version >= 7) {
    w.bool(v.isKRaftController ?? false);
  }
  w.int32(v.controllerEpoch ?? 0);
  if (version >= 2) {
    w.int64(v.brokerEpoch ?? -1n);
  }
  if (version >= 5) {
    w.int8(v.type ?? 0);
  }
  if (version <= 1) {
    {
      const x = v.ungroupedPartitionStates === undefined ? [] : v.ungroupedPartitionStates;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `LeaderAndIsrRequest.ungroupedPartitionStates cannot be null in version ${version}`);
      {
        w.int32(x.length);
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `LeaderAndIsrRequest.ungroupedPartitionStates has a null element`);
          encodeLeaderAndIsrPartitionState(w, e, version);
        }
      }
    }
  }
  if (version >= 2) {
    {
      const x = v.topicStates === undefined ? [] : v.topicStates;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `LeaderAndIsrRequest.topicStates cannot be null in version ${version}`);
      {
        (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `LeaderAndIsrRequest.topicStates has a null element`);
          encodeLeaderAndIsrTopicState(w, e, version);
        }
      }
    }
  }
  {
    const x = v.liveLeaders === undefined ? [] : v.liveLeaders;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `LeaderAndIsrRequest.liveLeaders cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `LeaderAndIsrRequest.liveLeaders has a null element`);
        encodeLeaderAndIsrLiveLeader(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeLeaderAndIsrRequest(r: Reader, version: number): LeaderAndIsrRequest {
  if (!(version >= 0 && version <= 7)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `LeaderAndIsrRequest version ${version} is not supported (valid: 0-7)`);
  }
  const flexible = version >= 4;
  const f_controllerId: number = r.int32();
  let f_isKRaftController: boolean;
  if (version >= 7) {
    f_isKRaftController = r.bool();
  } else f_isKRaftController = false;
  const f_controllerEpoch: number = r.int32();
  let f_brokerEpoch: bigint;
  if (version >= 2) {
    f_brokerEpoch = r.int64();
  } else f_brokerEpoch = -1n;
  let f_type: number;
  if (version >= 5) {
    f_type = r.int8();
  } else f_type = 0;
  let f_ungroupedPartitionStates: LeaderAndIsrPartitionState[];
  if (version <= 1) {
    {
      const n = r.arrayLength(22);
      if (n === null) {
        throw new ProtocolError('NEGATIVE_LENGTH', `LeaderAndIsrRequest.ungroupedPartitionStates is null, not allowed in version ${version}`);
      }
      else {
        const a = new Array<LeaderAndIsrPartitionState>(n);
        for (let i = 0; i < n; i++) a[i] = decodeLeaderAndIsrPartitionState(r, version);
        f_ungroupedPartitionStates = a;
      }
    }
  } else f_ungroupedPartitionStates = [];
  let f_topicStates: LeaderAndIsrTopicState[];
  if (version >= 2) {
    {
      const n = (flexible ? r.compactArrayLength(2) : r.arrayLength(2));
      if (n === null) {
        throw new ProtocolError('NEGATIVE_LENGTH', `LeaderAndIsrRequest.topicStates is null, not allowed in version ${version}`);
      }
      else {
        const a = new Array<LeaderAndIsrTopicState>(n);
        for (let i = 0; i < n; i++) a[i] = decodeLeaderAndIsrTopicState(r, version);
        f_topicStates = a;
      }
    }
  } else f_topicStates = [];
  let f_liveLeaders: LeaderAndIsrLiveLeader[];
  {
    const n = (flexible ? r.compactArrayLength(9) : r.arrayLength(9));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `LeaderAndIsrRequest.liveLeaders is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<LeaderAndIsrLiveLeader>(n);
      for (let i = 0; i < n; i++) a[i] = decodeLeaderAndIsrLiveLeader(r, version);
      f_liveLeaders = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: LeaderAndIsrRequest = {
    controllerId: f_controllerId,
    isKRaftController: f_isKRaftController,
    controllerEpoch: f_controllerEpoch,
    brokerEpoch: f_brokerEpoch,
    type: f_type,
    ungroupedPartitionStates: f_ungroupedPartitionStates,
    topicStates: f_topicStates,
    liveLeaders: f_liveLeaders,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeLeaderAndIsrPartitionState(w: Writer, v: Input<LeaderAndIsrPartitionState>, version: number): void {
  const flexible = version >= 4;
  if (version <= 1) {
    {
      const x = v.topicName === undefined ? "" : v.topicName;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `LeaderAndIsrPartitionState.topicName cannot be null in version ${version}`);
      w.nullableString(x);
    }
  }
  w.int32(v.partitionIndex ?? 0);
  w.int32(v.controllerEpoch ?? 0);
  w.int32(v.leader ?? 0);
  w.int32(v.leaderEpoch ?? 0);
  {
    const x = v.isr === undefined ? [] : v.isr;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `LeaderAndIsrPartitionState.isr cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `LeaderAndIsrPartitionState.isr has a null element`);
        w.int32(e);
      }
    }
  }
  w.int32(v.partitionEpoch ?? 0);
  {
    const x = v.replicas === undefined ? [] : v.replicas;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `LeaderAndIsrPartitionState.replicas cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `LeaderAndIsrPartitionState.replicas has a null element`);
        w.int32(e);
      }
    }
  }
  if (version >= 3) {
    {
      const x = v.addingReplicas === undefined ? [] : v.addingReplicas;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `LeaderAndIsrPartitionState.addingReplicas cannot be null in version ${version}`);
      {
        (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `LeaderAndIsrPartitionState.addingReplicas has a null element`);
          w.int32(e);
        }
      }
    }
  }
  if (version >= 3) {
    {
      const x = v.removingReplicas === undefined ? [] : v.removingReplicas;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `LeaderAndIsrPartitionState.removingReplicas cannot be null in version ${version}`);
      {
        (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `LeaderAndIsrPartitionState.removingReplicas has a null element`);
          w.int32(e);
        }
      }
    }
  }
  if (version >= 1) {
    w.bool(v.isNew ?? false);
  }
  if (version >= 6) {
    w.int8(v.leaderRecoveryState ?? 0);
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeLeaderAndIsrPartitionState(r: Reader, version: number): LeaderAndIsrPartitionState {
  const flexible = version >= 4;
  let f_topicName: string;
  if (version <= 1) {
    f_topicName = r.string();
  } else f_topicName = "";
  const f_partitionIndex: number = r.int32();
  const f_controllerEpoch: number = r.int32();
  const f_leader: number = r.int32();
  const f_leaderEpoch: number = r.int32();
  let f_isr: number[];
  {
    const n = (flexible ? r.compactArrayLength(4) : r.arrayLength(4));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `LeaderAndIsrPartitionState.isr is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.int32();
      f_isr = a;
    }
  }
  const f_partitionEpoch: number = r.int32();
  let f_replicas: number[];
  {
    const n = (flexible ? r.compactArrayLength(4) : r.arrayLength(4));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `LeaderAndIsrPartitionState.replicas is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.int32();
      f_replicas = a;
    }
  }
  let f_addingReplicas: number[];
  if (version >= 3) {
    {
      const n = (flexible ? r.compactArrayLength(4) : r.arrayLength(4));
      if (n === null) {
        throw new ProtocolError('NEGATIVE_LENGTH', `LeaderAndIsrPartitionState.addingReplicas is null, not allowed in version ${version}`);
      }
      else {
        const a = new Array<number>(n);
        for (let i = 0; i < n; i++) a[i] = r.int32();
        f_addingReplicas = a;
      }
    }
  } else f_addingReplicas = [];
  let f_removingReplicas: number[];
  if (version >= 3) {
    {
      const n = (flexible ? r.compactArrayLength(4) : r.arrayLength(4));
      if (n === null) {
        throw new ProtocolError('NEGATIVE_LENGTH', `LeaderAndIsrPartitionState.removingReplicas is null, not allowed in version ${version}`);
      }
      else {
        const a = new Array<number>(n);
        for (let i = 0; i < n; i++) a[i] = r.int32();
        f_removingReplicas = a;
      }
    }
  } else f_removingReplicas = [];
  let f_isNew: boolean;
  if (version >= 1) {
    f_isNew = r.bool();
  } else f_isNew = false;
  let f_leaderRecoveryState: number;
  if (version >= 6) {
    f_leaderRecoveryState = r.int8();
  } else f_leaderRecoveryState = 0;
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: LeaderAndIsrPartitionState = {
    topicName: f_topicName,
    partitionIndex: f_partitionIndex,
    controllerEpoch: f_controllerEpoch,
    leader: f_leader,
    leaderEpoch: f_leaderEpoch,
    isr: f_isr,
    partitionEpoch: f_partitionEpoch,
    replicas: f_replicas,
    addingReplicas: f_addingReplicas,
    removingReplicas: f_removingReplicas,
    isNew: f_isNew,
    leaderRecoveryState: f_leaderRecoveryState,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeLeaderAndIsrTopicState(w: Writer, v: Input<LeaderAndIsrTopicState>, version: number): void {
  const flexible = version >= 4;
  {
    const x = v.topicName === undefined ? "" : v.topicName;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `LeaderAndIsrTopicState.topicName cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  if (version >= 5) {
    w.uuid(v.topicId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  }
  {
    const x = v.partitionStates === undefined ? [] : v.partitionStates;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `LeaderAndIsrTopicState.partitionStates cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `LeaderAndIsrTopicState.partitionStates has a null element`);
        encodeLeaderAndIsrPartitionState(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeLeaderAndIsrTopicState(r: Reader, version: number): LeaderAndIsrTopicState {
  const flexible = version >= 4;
  const f_topicName: string = (flexible ? r.compactString() : r.string());
  let f_topicId: string;
  if (version >= 5) {
    f_topicId = r.uuid();
  } else f_topicId = "AAAAAAAAAAAAAAAAAAAAAA";
  let f_partitionStates: LeaderAndIsrPartitionState[];
  {
    const n = (flexible ? r.compactArrayLength(22) : r.arrayLength(22));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `LeaderAndIsrTopicState.partitionStates is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<LeaderAndIsrPartitionState>(n);
      for (let i = 0; i < n; i++) a[i] = decodeLeaderAndIsrPartitionState(r, version);
      f_partitionStates = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: LeaderAndIsrTopicState = {
    topicName: f_topicName,
    topicId: f_topicId,
    partitionStates: f_partitionStates,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeLeaderAndIsrLiveLeader(w: Writer, v: Input<LeaderAndIsrLiveLeader>, version: number): void {
  const flexible = version >= 4;
  w.int32(v.brokerId ?? 0);
  {
    const x = v.hostName === undefined ? "" : v.hostName;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `LeaderAndIsrLiveLeader.hostName cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  w.int32(v.port ?? 0);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeLeaderAndIsrLiveLeader(r: Reader, version: number): LeaderAndIsrLiveLeader {
  const flexible = version >= 4;
  const f_brokerId: number = r.int32();
  const f_hostName: string = (flexible ? r.compactString() : r.string());
  const f_port: number = r.int32();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: LeaderAndIsrLiveLeader = {
    brokerId: f_brokerId,
    hostName: f_hostName,
    port: f_port,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
