// Generated from UpdateMetadataRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * UpdateMetadataRequest (request, api key 6), versions 0-8, flexible 6+.
 *
 * This request was removed in Apache Kafka 4.0.
 */
export interface UpdateMetadataRequest {
  /** The controller id. (versions 0-8, entity brokerId) */
  controllerId: number;
  /** If KRaft controller id is used during migration. See KIP-866 (versions 8, default false) */
  isKRaftController: boolean;
  /** Indicates if this request is a Full metadata snapshot (2), Incremental (1), or Unknown (0). Using during ZK migration, see KIP-866 (versions 8, tagged 8 as tag 0, default 0) */
  type: number;
  /** The controller epoch. (versions 0-8) */
  controllerEpoch: number;
  /** The broker epoch. (versions 5-8, default -1) */
  brokerEpoch: bigint;
  /** In older versions of this RPC, each partition that we would like to update. (versions 0-4) */
  ungroupedPartitionStates: UpdateMetadataPartitionState[];
  /** In newer versions of this RPC, each topic that we would like to update. (versions 5-8) */
  topicStates: UpdateMetadataTopicState[];
  /** (versions 0-8) */
  liveBrokers: UpdateMetadataBroker[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface UpdateMetadataPartitionState {
  /** In older versions of this RPC, the topic name. (versions 0-4, entity topicName) */
  topicName: string;
  /** The partition index. (versions 0-8) */
  partitionIndex: number;
  /** The controller epoch. (versions 0-8) */
  controllerEpoch: number;
  /** The ID of the broker which is the current partition leader. (versions 0-8, entity brokerId) */
  leader: number;
  /** The leader epoch of this partition. (versions 0-8) */
  leaderEpoch: number;
  /** The brokers which are in the ISR for this partition. (versions 0-8, entity brokerId) */
  isr: number[];
  /** The Zookeeper version. (versions 0-8) */
  zkVersion: number;
  /** All the replicas of this partition. (versions 0-8, entity brokerId) */
  replicas: number[];
  /** The replicas of this partition which are offline. (versions 4-8, entity brokerId) */
  offlineReplicas: number[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface UpdateMetadataTopicState {
  /** The topic name. (versions 5-8, entity topicName) */
  topicName: string;
  /** The topic id. (versions 7-8) */
  topicId: string;
  /** The partition that we would like to update. (versions 5-8) */
  partitionStates: UpdateMetadataPartitionState[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface UpdateMetadataEndpoint {
  /** The port of this endpoint (versions 1-8) */
  port: number;
  /** The hostname of this endpoint (versions 1-8) */
  host: string;
  /** The listener name. (versions 3-8) */
  listener: string;
  /** The security protocol type. (versions 1-8) */
  securityProtocol: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface UpdateMetadataBroker {
  /** The broker id. (versions 0-8, entity brokerId) */
  id: number;
  /** The broker hostname. (versions 0) */
  v0Host: string;
  /** The broker port. (versions 0) */
  v0Port: number;
  /** The broker endpoints. (versions 1-8) */
  endpoints: UpdateMetadataEndpoint[];
  /** The rack which this broker belongs to. (versions 2-8, nullable 2-8) */
  rack: string | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const UpdateMetadataPartitionStateFields: readonly FieldSchema[] = [
  { name: "topicName", type: "string", versions: [0, 4], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "partitionIndex", type: "int32", versions: [0, 8], nullable: null, tagged: null, default: 0 },
  { name: "controllerEpoch", type: "int32", versions: [0, 8], nullable: null, tagged: null, default: 0 },
  { name: "leader", type: "int32", versions: [0, 8], nullable: null, tagged: null, default: 0, entityType: "brokerId" },
  { name: "leaderEpoch", type: "int32", versions: [0, 8], nullable: null, tagged: null, default: 0 },
  { name: "isr", type: "[]int32", versions: [0, 8], nullable: null, tagged: null, entityType: "brokerId" },
  { name: "zkVersion", type: "int32", versions: [0, 8], nullable: null, tagged: null, default: 0 },
  { name: "replicas", type: "[]int32", versions: [0, 8], nullable: null, tagged: null, entityType: "brokerId" },
  { name: "offlineReplicas", type: "[]int32", versions: [4, 8], nullable: null, tagged: null, entityType: "brokerId" },
];
const UpdateMetadataTopicStateFields: readonly FieldSchema[] = [
  { name: "topicName", type: "string", versions: [5, 8], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "topicId", type: "uuid", versions: [7, 8], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "partitionStates", type: "[]UpdateMetadataPartitionState", versions: [5, 8], nullable: null, tagged: null, fields: UpdateMetadataPartitionStateFields },
];
const UpdateMetadataEndpointFields: readonly FieldSchema[] = [
  { name: "port", type: "int32", versions: [1, 8], nullable: null, tagged: null, default: 0 },
  { name: "host", type: "string", versions: [1, 8], nullable: null, tagged: null, default: "" },
  { name: "listener", type: "string", versions: [3, 8], nullable: null, tagged: null, default: "" },
  { name: "securityProtocol", type: "int16", versions: [1, 8], nullable: null, tagged: null, default: 0 },
];
const UpdateMetadataBrokerFields: readonly FieldSchema[] = [
  { name: "id", type: "int32", versions: [0, 8], nullable: null, tagged: null, default: 0, entityType: "brokerId" },
  { name: "v0Host", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
  { name: "v0Port", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "endpoints", type: "[]UpdateMetadataEndpoint", versions: [1, 8], nullable: null, tagged: null, fields: UpdateMetadataEndpointFields },
  { name: "rack", type: "string", versions: [2, 8], nullable: [2, 8], tagged: null, default: "" },
];
const UpdateMetadataRequestFields: readonly FieldSchema[] = [
  { name: "controllerId", type: "int32", versions: [0, 8], nullable: null, tagged: null, default: 0, entityType: "brokerId" },
  { name: "isKRaftController", type: "bool", versions: [8, 8], nullable: null, tagged: null, default: false },
  { name: "type", type: "int8", versions: [8, 8], nullable: null, tagged: [8, 8], tag: 0, default: 0 },
  { name: "controllerEpoch", type: "int32", versions: [0, 8], nullable: null, tagged: null, default: 0 },
  { name: "brokerEpoch", type: "int64", versions: [5, 8], nullable: null, tagged: null, default: -1n },
  { name: "ungroupedPartitionStates", type: "[]UpdateMetadataPartitionState", versions: [0, 4], nullable: null, tagged: null, fields: UpdateMetadataPartitionStateFields },
  { name: "topicStates", type: "[]UpdateMetadataTopicState", versions: [5, 8], nullable: null, tagged: null, fields: UpdateMetadataTopicStateFields },
  { name: "liveBrokers", type: "[]UpdateMetadataBroker", versions: [0, 8], nullable: null, tagged: null, fields: UpdateMetadataBrokerFields },
];

export const updateMetadataRequestSchema: MessageSchema = {
  name: "UpdateMetadataRequest",
  type: "request",
  apiKey: 6,
  validVersions: [0, 8],
  flexibleVersions: [6, 32767],
  fields: UpdateMetadataRequestFields,
};

export function encodeUpdateMetadataRequest(w: Writer, v: Input<UpdateMetadataRequest>, version: number): void {
  if (!(version >= 0 && version <= 8)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `UpdateMetadataRequest version ${version} is not supported (valid: 0-8)`);
  }
  const flexible = version >= 6;
  w.int32(v.controllerId ?? 0);
  if (version >= 8) {
    w.bool(v.isKRaftController ?? false);
  }
  w.int32(v.controllerEpoch ?? 0);
  if (version >= 5) {
    w.int64(v.brokerEpoch ?? -1n);
  }
  if (version <= 4) {
    {
      const x = v.ungroupedPartitionStates === undefined ? [] : v.ungroupedPartitionStates;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `UpdateMetadataRequest.ungroupedPartitionStates cannot be null in version ${version}`);
      {
        w.int32(x.length);
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `UpdateMetadataRequest.ungroupedPartitionStates has a null element`);
          encodeUpdateMetadataPartitionState(w, e, version);
        }
      }
    }
  }
  if (version >= 5) {
    {
      const x = v.topicStates === undefined ? [] : v.topicStates;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `UpdateMetadataRequest.topicStates cannot be null in version ${version}`);
      {
        (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `UpdateMetadataRequest.topicStates has a null element`);
          encodeUpdateMetadataTopicState(w, e, version);
        }
      }
    }
  }
  {
    const x = v.liveBrokers === undefined ? [] : v.liveBrokers;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `UpdateMetadataRequest.liveBrokers cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `UpdateMetadataRequest.liveBrokers has a null element`);
        encodeUpdateMetadataBroker(w, e, version);
      }
    }
  }
  if (flexible) {
    let tagged: TaggedField[] | undefined;
    if (version >= 8) {
      const x = v.type ?? 0;
      if (x !== 0) {
        const tw = new Writer(64);
        tw.int8(x);
        (tagged ??= []).push({ tag: 0, data: tw.finish() });
      }
    }
    writeTaggedFields(w, tagged, v._unknownTaggedFields);
  }
}

export function decodeUpdateMetadataRequest(r: Reader, version: number): UpdateMetadataRequest {
  if (!(version >= 0 && version <= 8)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `UpdateMetadataRequest version ${version} is not supported (valid: 0-8)`);
  }
  const flexible = version >= 6;
  const f_controllerId: number = r.int32();
  let f_isKRaftController: boolean;
  if (version >= 8) {
    f_isKRaftController = r.bool();
  } else f_isKRaftController = false;
  let f_type: number = 0;
  const f_controllerEpoch: number = r.int32();
  let f_brokerEpoch: bigint;
  if (version >= 5) {
    f_brokerEpoch = r.int64();
  } else f_brokerEpoch = -1n;
  let f_ungroupedPartitionStates: UpdateMetadataPartitionState[];
  if (version <= 4) {
    {
      const n = r.arrayLength(22);
      if (n === null) {
        throw new ProtocolError('NEGATIVE_LENGTH', `UpdateMetadataRequest.ungroupedPartitionStates is null, not allowed in version ${version}`);
      }
      else {
        const a = new Array<UpdateMetadataPartitionState>(n);
        for (let i = 0; i < n; i++) a[i] = decodeUpdateMetadataPartitionState(r, version);
        f_ungroupedPartitionStates = a;
      }
    }
  } else f_ungroupedPartitionStates = [];
  let f_topicStates: UpdateMetadataTopicState[];
  if (version >= 5) {
    {
      const n = (flexible ? r.compactArrayLength(2) : r.arrayLength(2));
      if (n === null) {
        throw new ProtocolError('NEGATIVE_LENGTH', `UpdateMetadataRequest.topicStates is null, not allowed in version ${version}`);
      }
      else {
        const a = new Array<UpdateMetadataTopicState>(n);
        for (let i = 0; i < n; i++) a[i] = decodeUpdateMetadataTopicState(r, version);
        f_topicStates = a;
      }
    }
  } else f_topicStates = [];
  let f_liveBrokers: UpdateMetadataBroker[];
  {
    const n = (flexible ? r.compactArrayLength(4) : r.arrayLength(4));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `UpdateMetadataRequest.liveBrokers is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<UpdateMetadataBroker>(n);
      for (let i = 0; i < n; i++) a[i] = decodeUpdateMetadataBroker(r, version);
      f_liveBrokers = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    const nTags = r.uvarint();
    for (let t = 0; t < nTags; t++) {
      const tag = r.uvarint();
      const tr = taggedFieldReader(r);
      if (tag === 0 && version >= 8) {
        f_type = tr.int8();
      } else {
        (unknownTags ??= []).push({ tag, data: tr.buf.subarray(tr.pos, tr.end) });
      }
    }
  }
  const out: UpdateMetadataRequest = {
    controllerId: f_controllerId,
    isKRaftController: f_isKRaftController,
    type: f_type,
    controllerEpoch: f_controllerEpoch,
    brokerEpoch: f_brokerEpoch,
    ungroupedPartitionStates: f_ungroupedPartitionStates,
    topicStates: f_topicStates,
    liveBrokers: f_liveBrokers,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeUpdateMetadataPartitionState(w: Writer, v: Input<UpdateMetadataPartitionState>, version: number): void {
  const flexible = version >= 6;
  if (version <= 4) {
    {
      const x = v.topicName === undefined ? "" : v.topicName;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `UpdateMetadataPartitionState.topicName cannot be null in version ${version}`);
      w.nullableString(x);
    }
  }
  w.int32(v.partitionIndex ?? 0);
  w.int32(v.controllerEpoch ?? 0);
  w.int32(v.leader ?? 0);
  w.int32(v.leaderEpoch ?? 0);
  {
    const x = v.isr === undefined ? [] : v.isr;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `UpdateMetadataPartitionState.isr cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `UpdateMetadataPartitionState.isr has a null element`);
        w.int32(e);
      }
    }
  }
  w.int32(v.zkVersion ?? 0);
  {
    const x = v.replicas === undefined ? [] : v.replicas;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `UpdateMetadataPartitionState.replicas cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `UpdateMetadataPartitionState.replicas has a null element`);
        w.int32(e);
      }
    }
  }
  if (version >= 4) {
    {
      const x = v.offlineReplicas === undefined ? [] : v.offlineReplicas;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `UpdateMetadataPartitionState.offlineReplicas cannot be null in version ${version}`);
      {
        (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `UpdateMetadataPartitionState.offlineReplicas has a null element`);
          w.int32(e);
        }
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeUpdateMetadataPartitionState(r: Reader, version: number): UpdateMetadataPartitionState {
  const flexible = version >= 6;
  let f_topicName: string;
  if (version <= 4) {
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
      throw new ProtocolError('NEGATIVE_LENGTH', `UpdateMetadataPartitionState.isr is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.int32();
      f_isr = a;
    }
  }
  const f_zkVersion: number = r.int32();
  let f_replicas: number[];
  {
    const n = (flexible ? r.compactArrayLength(4) : r.arrayLength(4));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `UpdateMetadataPartitionState.replicas is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.int32();
      f_replicas = a;
    }
  }
  let f_offlineReplicas: number[];
  if (version >= 4) {
    {
      const n = (flexible ? r.compactArrayLength(4) : r.arrayLength(4));
      if (n === null) {
        throw new ProtocolError('NEGATIVE_LENGTH', `UpdateMetadataPartitionState.offlineReplicas is null, not allowed in version ${version}`);
      }
      else {
        const a = new Array<number>(n);
        for (let i = 0; i < n; i++) a[i] = r.int32();
        f_offlineReplicas = a;
      }
    }
  } else f_offlineReplicas = [];
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: UpdateMetadataPartitionState = {
    topicName: f_topicName,
    partitionIndex: f_partitionIndex,
    controllerEpoch: f_controllerEpoch,
    leader: f_leader,
    leaderEpoch: f_leaderEpoch,
    isr: f_isr,
    zkVersion: f_zkVersion,
    replicas: f_replicas,
    offlineReplicas: f_offlineReplicas,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeUpdateMetadataTopicState(w: Writer, v: Input<UpdateMetadataTopicState>, version: number): void {
  const flexible = version >= 6;
  {
    const x = v.topicName === undefined ? "" : v.topicName;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `UpdateMetadataTopicState.topicName cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  if (version >= 7) {
    w.uuid(v.topicId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  }
  {
    const x = v.partitionStates === undefined ? [] : v.partitionStates;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `UpdateMetadataTopicState.partitionStates cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `UpdateMetadataTopicState.partitionStates has a null element`);
        encodeUpdateMetadataPartitionState(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeUpdateMetadataTopicState(r: Reader, version: number): UpdateMetadataTopicState {
  const flexible = version >= 6;
  const f_topicName: string = (flexible ? r.compactString() : r.string());
  let f_topicId: string;
  if (version >= 7) {
    f_topicId = r.uuid();
  } else f_topicId = "AAAAAAAAAAAAAAAAAAAAAA";
  let f_partitionStates: UpdateMetadataPartitionState[];
  {
    const n = (flexible ? r.compactArrayLength(22) : r.arrayLength(22));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `UpdateMetadataTopicState.partitionStates is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<UpdateMetadataPartitionState>(n);
      for (let i = 0; i < n; i++) a[i] = decodeUpdateMetadataPartitionState(r, version);
      f_partitionStates = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: UpdateMetadataTopicState = {
    topicName: f_topicName,
    topicId: f_topicId,
    partitionStates: f_partitionStates,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeUpdateMetadataEndpoint(w: Writer, v: Input<UpdateMetadataEndpoint>, version: number): void {
  const flexible = version >= 6;
  w.int32(v.port ?? 0);
  {
    const x = v.host === undefined ? "" : v.host;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `UpdateMetadataEndpoint.host cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  if (version >= 3) {
    {
      const x = v.listener === undefined ? "" : v.listener;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `UpdateMetadataEndpoint.listener cannot be null in version ${version}`);
      (flexible ? w.compactNullableString(x) : w.nullableString(x));
    }
  }
  w.int16(v.securityProtocol ?? 0);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeUpdateMetadataEndpoint(r: Reader, version: number): UpdateMetadataEndpoint {
  const flexible = version >= 6;
  const f_port: number = r.int32();
  const f_host: string = (flexible ? r.compactString() : r.string());
  let f_listener: string;
  if (version >= 3) {
    f_listener = (flexible ? r.compactString() : r.string());
  } else f_listener = "";
  const f_securityProtocol: number = r.int16();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: UpdateMetadataEndpoint = {
    port: f_port,
    host: f_host,
    listener: f_listener,
    securityProtocol: f_securityProtocol,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeUpdateMetadataBroker(w: Writer, v: Input<UpdateMetadataBroker>, version: number): void {
  const flexible = version >= 6;
  w.int32(v.id ?? 0);
  if (version <= 0) {
    {
      const x = v.v0Host === undefined ? "" : v.v0Host;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `UpdateMetadataBroker.v0Host cannot be null in version ${version}`);
      w.nullableString(x);
    }
  }
  if (version <= 0) {
    w.int32(v.v0Port ?? 0);
  }
  if (version >= 1) {
    {
      const x = v.endpoints === undefined ? [] : v.endpoints;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `UpdateMetadataBroker.endpoints cannot be null in version ${version}`);
      {
        (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `UpdateMetadataBroker.endpoints has a null element`);
          encodeUpdateMetadataEndpoint(w, e, version);
        }
      }
    }
  }
  if (version >= 2) {
    {
      const x = v.rack === undefined ? "" : v.rack;
      (flexible ? w.compactNullableString(x) : w.nullableString(x));
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeUpdateMetadataBroker(r: Reader, version: number): UpdateMetadataBroker {
  const flexible = version >= 6;
  const f_id: number = r.int32();
  let f_v0Host: string;
  if (version <= 0) {
    f_v0Host = r.string();
  } else f_v0Host = "";
  let f_v0Port: number;
  if (version <= 0) {
    f_v0Port = r.int32();
  } else f_v0Port = 0;
  let f_endpoints: UpdateMetadataEndpoint[];
  if (version >= 1) {
    {
      const n = (flexible ? r.compactArrayLength(7) : r.arrayLength(7));
      if (n === null) {
        throw new ProtocolError('NEGATIVE_LENGTH', `UpdateMetadataBroker.endpoints is null, not allowed in version ${version}`);
      }
      else {
        const a = new Array<UpdateMetadataEndpoint>(n);
        for (let i = 0; i < n; i++) a[i] = decodeUpdateMetadataEndpoint(r, version);
        f_endpoints = a;
      }
    }
  } else f_endpoints = [];
  let f_rack: string | null;
  if (version >= 2) {
    f_rack = (flexible ? r.compactNullableString() : r.nullableString());
  } else f_rack = "";
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: UpdateMetadataBroker = {
    id: f_id,
    v0Host: f_v0Host,
    v0Port: f_v0Port,
    endpoints: f_endpoints,
    rack: f_rack,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
