// Generated from StreamsGroupDescribeResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * StreamsGroupDescribeResponse (response, api key 89), versions 0-1, flexible 0+.
 *
 * Version 1 adds TopologyDescription and TopologyDescriptionStatus (KIP-1331),
 * and AssignorName (KIP-1357).
 * Supported errors:
 * - GROUP_AUTHORIZATION_FAILED (version 0+)
 * - NOT_COORDINATOR (version 0+)
 * - COORDINATOR_NOT_AVAILABLE (version 0+)
 * - COORDINATOR_LOAD_IN_PROGRESS (version 0+)
 * - INVALID_REQUEST (version 0+)
 * - INVALID_GROUP_ID (version 0+)
 * - GROUP_ID_NOT_FOUND (version 0+)
 * - TOPIC_AUTHORIZATION_FAILED (version 0+)
 */
export interface StreamsGroupDescribeResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-1) */
  throttleTimeMs: number;
  /** Each described group. (versions 0-1) */
  groups: DescribedGroup[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface KeyValue {
  /** key of the config (versions 0-1) */
  key: string;
  /** value of the config (versions 0-1) */
  value: string;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TopicInfo {
  /** The name of the topic. (versions 0-1, entity topicName) */
  name: string;
  /** The number of partitions in the topic. Can be 0 if no specific number of partitions is enforced. Always 0 for changelog topics. (versions 0-1) */
  partitions: number;
  /** The replication factor of the topic. Can be 0 if the default replication factor should be used. (versions 0-1) */
  replicationFactor: number;
  /** Topic-level configurations as key-value pairs. (versions 0-1) */
  topicConfigs: KeyValue[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface Subtopology {
  /** String to uniquely identify the subtopology. (versions 0-1) */
  subtopologyId: string;
  /** The topics the subtopology reads from. (versions 0-1, entity topicName) */
  sourceTopics: string[];
  /** The repartition topics the subtopology writes to. (versions 0-1, entity topicName) */
  repartitionSinkTopics: string[];
  /** The set of state changelog topics associated with this subtopology. Created automatically. (versions 0-1) */
  stateChangelogTopics: TopicInfo[];
  /** The set of source topics that are internally created repartition topics. Created automatically. (versions 0-1) */
  repartitionSourceTopics: TopicInfo[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface Topology {
  /** The epoch of the currently initialized topology for this group. (versions 0-1) */
  epoch: number;
  /** The subtopologies of the streams application. This contains the configured subtopologies, where the number of partitions are set and any regular expressions are resolved to actual topics. Null if the group is uninitialized, source topics are missing or incorrectly partitioned. (versions 0-1, nullable 0-1, default null) */
  subtopologies: Subtopology[] | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface Endpoint {
  /** host of the endpoint (versions 0-1) */
  host: string;
  /** port of the endpoint (versions 0-1) */
  port: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TaskOffset {
  /** The subtopology identifier. (versions 0-1) */
  subtopologyId: string;
  /** The partition. (versions 0-1) */
  partition: number;
  /** The offset. (versions 0-1) */
  offset: bigint;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TaskIds {
  /** The subtopology identifier. (versions 0-1) */
  subtopologyId: string;
  /** The partitions of the input topics processed by this member. (versions 0-1) */
  partitions: number[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface Assignment {
  /** Active tasks for this client. (versions 0-1) */
  activeTasks: TaskIds[];
  /** Standby tasks for this client. (versions 0-1) */
  standbyTasks: TaskIds[];
  /** Warm-up tasks for this client. (versions 0-1) */
  warmupTasks: TaskIds[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface Member {
  /** The member ID. (versions 0-1) */
  memberId: string;
  /** The member epoch. (versions 0-1) */
  memberEpoch: number;
  /** The member instance ID for static membership. (versions 0-1, nullable 0-1, default null) */
  instanceId: string | null;
  /** The rack ID. (versions 0-1, nullable 0-1, default null) */
  rackId: string | null;
  /** The client ID. (versions 0-1) */
  clientId: string;
  /** The client host. (versions 0-1) */
  clientHost: string;
  /** The epoch of the topology on the client. (versions 0-1) */
  topologyEpoch: number;
  /** Identity of the streams instance that may have multiple clients. (versions 0-1) */
  processId: string;
  /** User-defined endpoint for Interactive Queries. Null if not defined for this client. (versions 0-1, nullable 0-1, default null) */
  userEndpoint: Endpoint | null;
  /** Used for rack-aware assignment algorithm. (versions 0-1) */
  clientTags: KeyValue[];
  /** Cumulative changelog offsets for tasks. (versions 0-1) */
  taskOffsets: TaskOffset[];
  /** Cumulative changelog end offsets for tasks. (versions 0-1) */
  taskEndOffsets: TaskOffset[];
  /** The current assignment. (versions 0-1) */
  assignment: Assignment;
  /** The target assignment. (versions 0-1) */
  targetAssignment: Assignment;
  /** True for classic members that have not been upgraded yet. (versions 0-1) */
  isClassic: boolean;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TopologyDescriptionNode {
  /** The name of this node (e.g., KSTREAM-SOURCE-0000000000). (versions 1) */
  name: string;
  /** The type of this node: 1=SOURCE, 2=PROCESSOR, 3=SINK. (versions 1) */
  nodeType: number;
  /** The source topics this node reads from. Defined only for source nodes, may be empty if source topics are dynamically determined. (versions 1, entity topicName) */
  sourceTopics: string[];
  /** The topic this node writes to. Defined only for sink nodes, may be null if sink topic is dynamically determined. (versions 1, nullable 1, default null, entity topicName) */
  sinkTopic: string | null;
  /** The state store names accessed by this node. Defined only for processor nodes. (versions 1) */
  stores: string[];
  /** The names of successor nodes in the processing graph. Predecessor relationships are reconstructed from this field. (versions 1) */
  successors: string[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TopologyDescriptionSubtopology {
  /** The subtopology identifier, unique within the topology. (versions 1) */
  subtopologyId: string;
  /** The processing nodes in this subtopology. (versions 1) */
  nodes: TopologyDescriptionNode[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TopologyDescriptionGlobalStore {
  /** The source node providing data to the global store. (versions 1) */
  source: TopologyDescriptionNode;
  /** The processor node that populates the global store. (versions 1) */
  processor: TopologyDescriptionNode;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TopologyDescription {
  /** The subtopologies that make up this topology. (versions 1) */
  subtopologies: TopologyDescriptionSubtopology[];
  /** Global state stores used by this topology. (versions 1) */
  globalStores: TopologyDescriptionGlobalStore[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribedGroup {
  /** The describe error, or 0 if there was no error. (versions 0-1) */
  errorCode: number;
  /** The top-level error message, or null if there was no error. (versions 0-1, nullable 0-1, default null) */
  errorMessage: string | null;
  /** The group ID string. (versions 0-1, entity groupId) */
  groupId: string;
  /** The group state string, or the empty string. (versions 0-1) */
  groupState: string;
  /** The group epoch. (versions 0-1) */
  groupEpoch: number;
  /** The assignment epoch. (versions 0-1) */
  assignmentEpoch: number;
  /** The topology metadata currently initialized for the streams application. Can be null in case of a describe error. (versions 0-1, nullable 0-1, default null) */
  topology: Topology | null;
  /** The members. (versions 0-1) */
  members: Member[];
  /** 32-bit bitfield to represent authorized operations for this group. (versions 0-1, default -2147483648) */
  authorizedOperations: number;
  /** The full topology description for this group. Non-null if and only if TopologyDescriptionStatus is AVAILABLE (3); null otherwise. (versions 1, nullable 1, default null) */
  topologyDescription: TopologyDescription | null;
  /** The status of the topology description for this group, paired with TopologyDescription: 0=NOT_REQUESTED (client did not set IncludeTopologyDescription; TopologyDescription is null); 1=NOT_STORED (no description recorded for this group; TopologyDescription is null); 2=ERROR (broker failed to fetch the description, see broker logs; TopologyDescription is null); 3=AVAILABLE (TopologyDescription is non-null and carries the description). (versions 1, default 0) */
  topologyDescriptionStatus: number;
  /** The task assignor that the group coordinator will use for the next assignment computation. This may differ from the assignor that computed the current assignment, because changing the assignor configuration does not trigger a rebalance. Null in case of a describe error. (versions 1, nullable 1, default null) */
  assignorName: string | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const KeyValueFields: readonly FieldSchema[] = [
  { name: "key", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "" },
  { name: "value", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "" },
];
const TopicInfoFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "", entityType: "topicName" },
  { name: "partitions", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "replicationFactor", type: "int16", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "topicConfigs", type: "[]KeyValue", versions: [0, 1], nullable: null, tagged: null, fields: KeyValueFields },
];
const SubtopologyFields: readonly FieldSchema[] = [
  { name: "subtopologyId", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "" },
  { name: "sourceTopics", type: "[]string", versions: [0, 1], nullable: null, tagged: null, entityType: "topicName" },
  { name: "repartitionSinkTopics", type: "[]string", versions: [0, 1], nullable: null, tagged: null, entityType: "topicName" },
  { name: "stateChangelogTopics", type: "[]TopicInfo", versions: [0, 1], nullable: null, tagged: null, fields: TopicInfoFields },
  { name: "repartitionSourceTopics", type: "[]TopicInfo", versions: [0, 1], nullable: null, tagged: null, fields: TopicInfoFields },
];
const TopologyFields: readonly FieldSchema[] = [
  { name: "epoch", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "subtopologies", type: "[]Subtopology", versions: [0, 1], nullable: [0, 1], tagged: null, default: null, fields: SubtopologyFields },
];
const EndpointFields: readonly FieldSchema[] = [
  { name: "host", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "" },
  { name: "port", type: "uint16", versions: [0, 1], nullable: null, tagged: null, default: 0 },
];
const TaskOffsetFields: readonly FieldSchema[] = [
  { name: "subtopologyId", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "" },
  { name: "partition", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "offset", type: "int64", versions: [0, 1], nullable: null, tagged: null, default: 0n },
];
const TaskIdsFields: readonly FieldSchema[] = [
  { name: "subtopologyId", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "" },
  { name: "partitions", type: "[]int32", versions: [0, 1], nullable: null, tagged: null },
];
const AssignmentFields: readonly FieldSchema[] = [
  { name: "activeTasks", type: "[]TaskIds", versions: [0, 1], nullable: null, tagged: null, fields: TaskIdsFields },
  { name: "standbyTasks", type: "[]TaskIds", versions: [0, 1], nullable: null, tagged: null, fields: TaskIdsFields },
  { name: "warmupTasks", type: "[]TaskIds", versions: [0, 1], nullable: null, tagged: null, fields: TaskIdsFields },
];
const MemberFields: readonly FieldSchema[] = [
  { name: "memberId", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "" },
  { name: "memberEpoch", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "instanceId", type: "string", versions: [0, 1], nullable: [0, 1], tagged: null, default: null },
  { name: "rackId", type: "string", versions: [0, 1], nullable: [0, 1], tagged: null, default: null },
  { name: "clientId", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "" },
  { name: "clientHost", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "" },
  { name: "topologyEpoch", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "processId", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "" },
  { name: "userEndpoint", type: "Endpoint", versions: [0, 1], nullable: [0, 1], tagged: null, default: null, fields: EndpointFields },
  { name: "clientTags", type: "[]KeyValue", versions: [0, 1], nullable: null, tagged: null, fields: KeyValueFields },
  { name: "taskOffsets", type: "[]TaskOffset", versions: [0, 1], nullable: null, tagged: null, fields: TaskOffsetFields },
  { name: "taskEndOffsets", type: "[]TaskOffset", versions: [0, 1], nullable: null, tagged: null, fields: TaskOffsetFields },
  { name: "assignment", type: "Assignment", versions: [0, 1], nullable: null, tagged: null, fields: AssignmentFields },
  { name: "targetAssignment", type: "Assignment", versions: [0, 1], nullable: null, tagged: null, fields: AssignmentFields },
  { name: "isClassic", type: "bool", versions: [0, 1], nullable: null, tagged: null, default: false },
];
const TopologyDescriptionNodeFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [1, 1], nullable: null, tagged: null, default: "" },
  { name: "nodeType", type: "int8", versions: [1, 1], nullable: null, tagged: null, default: 0 },
  { name: "sourceTopics", type: "[]string", versions: [1, 1], nullable: null, tagged: null, entityType: "topicName" },
  { name: "sinkTopic", type: "string", versions: [1, 1], nullable: [1, 1], tagged: null, default: null, entityType: "topicName" },
  { name: "stores", type: "[]string", versions: [1, 1], nullable: null, tagged: null },
  { name: "successors", type: "[]string", versions: [1, 1], nullable: null, tagged: null },
];
const TopologyDescriptionSubtopologyFields: readonly FieldSchema[] = [
  { name: "subtopologyId", type: "string", versions: [1, 1], nullable: null, tagged: null, default: "" },
  { name: "nodes", type: "[]TopologyDescriptionNode", versions: [1, 1], nullable: null, tagged: null, fields: TopologyDescriptionNodeFields },
];
const TopologyDescriptionGlobalStoreFields: readonly FieldSchema[] = [
  { name: "source", type: "TopologyDescriptionNode", versions: [1, 1], nullable: null, tagged: null, fields: TopologyDescriptionNodeFields },
  { name: "processor", type: "TopologyDescriptionNode", versions: [1, 1], nullable: null, tagged: null, fields: TopologyDescriptionNodeFields },
];
const TopologyDescriptionFields: readonly FieldSchema[] = [
  { name: "subtopologies", type: "[]TopologyDescriptionSubtopology", versions: [1, 1], nullable: null, tagged: null, fields: TopologyDescriptionSubtopologyFields },
  { name: "globalStores", type: "[]TopologyDescriptionGlobalStore", versions: [1, 1], nullable: null, tagged: null, fields: TopologyDescriptionGlobalStoreFields },
];
const DescribedGroupFields: readonly FieldSchema[] = [
  { name: "errorCode", type: "int16", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "errorMessage", type: "string", versions: [0, 1], nullable: [0, 1], tagged: null, default: null },
  { name: "groupId", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "", entityType: "groupId" },
  { name: "groupState", type: "string", versions: [0, 1], nullable: null, tagged: null, default: "" },
  { name: "groupEpoch", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "assignmentEpoch", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "topology", type: "Topology", versions: [0, 1], nullable: [0, 1], tagged: null, default: null, fields: TopologyFields },
  { name: "members", type: "[]Member", versions: [0, 1], nullable: null, tagged: null, fields: MemberFields },
  { name: "authorizedOperations", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: -2147483648 },
  { name: "topologyDescription", type: "TopologyDescription", versions: [1, 1], nullable: [1, 1], tagged: null, default: null, fields: TopologyDescriptionFields },
  { name: "topologyDescriptionStatus", type: "int8", versions: [1, 1], nullable: null, tagged: null, default: 0 },
  { name: "assignorName", type: "string", versions: [1, 1], nullable: [1, 1], tagged: null, default: null },
];
const StreamsGroupDescribeResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 1], nullable: null, tagged: null, default: 0 },
  { name: "groups", type: "[]DescribedGroup", versions: [0, 1], nullable: null, tagged: null, fields: DescribedGroupFields },
];

export const streamsGroupDescribeResponseSchema: MessageSchema = {
  name: "StreamsGroupDescribeResponse",
  type: "response",
  apiKey: 89,
  validVersions: [0, 1],
  flexibleVersions: [0, 32767],
  fields: StreamsGroupDescribeResponseFields,
};

function defaultAssignment(): Assignment {
  return { activeTasks: [], standbyTasks: [], warmupTasks: [] };
}

function defaultTopologyDescriptionNode(): TopologyDescriptionNode {
  return { name: "", nodeType: 0, sourceTopics: [], sinkTopic: null, stores: [], successors: [] };
}

export function encodeStreamsGroupDescribeResponse(w: Writer, v: Input<StreamsGroupDescribeResponse>, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `StreamsGroupDescribeResponse version ${version} is not supported (valid: 0-1)`);
  }
  w.int32(v.throttleTimeMs ?? 0);
  {
    const x = v.groups === undefined ? [] : v.groups;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `StreamsGroupDescribeResponse.groups cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `StreamsGroupDescribeResponse.groups has a null element`);
        encodeDescribedGroup(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeStreamsGroupDescribeResponse(r: Reader, version: number): StreamsGroupDescribeResponse {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `StreamsGroupDescribeResponse version ${version} is not supported (valid: 0-1)`);
  }
  const f_throttleTimeMs: number = r.int32();
  let f_groups: DescribedGroup[];
  {
    const n = r.compactArrayLength(19);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `StreamsGroupDescribeResponse.groups is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<DescribedGroup>(n);
      for (let i = 0; i < n; i++) a[i] = decodeDescribedGroup(r, version);
      f_groups = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: StreamsGroupDescribeResponse = {
    throttleTimeMs: f_throttleTimeMs,
    groups: f_groups,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeKeyValue(w: Writer, v: Input<KeyValue>, version: number): void {
  {
    const x = v.key === undefined ? "" : v.key;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `KeyValue.key cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.value === undefined ? "" : v.value;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `KeyValue.value cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeKeyValue(r: Reader, version: number): KeyValue {
  const f_key: string = r.compactString();
  const f_value: string = r.compactString();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: KeyValue = {
    key: f_key,
    value: f_value,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeTopicInfo(w: Writer, v: Input<TopicInfo>, version: number): void {
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopicInfo.name cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  w.int32(v.partitions ?? 0);
  w.int16(v.replicationFactor ?? 0);
  {
    const x = v.topicConfigs === undefined ? [] : v.topicConfigs;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopicInfo.topicConfigs cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `TopicInfo.topicConfigs has a null element`);
        encodeKeyValue(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeTopicInfo(r: Reader, version: number): TopicInfo {
  const f_name: string = r.compactString();
  const f_partitions: number = r.int32();
  const f_replicationFactor: number = r.int16();
  let f_topicConfigs: KeyValue[];
  {
    const n = r.compactArrayLength(2);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `TopicInfo.topicConfigs is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<KeyValue>(n);
      for (let i = 0; i < n; i++) a[i] = decodeKeyValue(r, version);
      f_topicConfigs = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: TopicInfo = {
    name: f_name,
    partitions: f_partitions,
    replicationFactor: f_replicationFactor,
    topicConfigs: f_topicConfigs,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeSubtopology(w: Writer, v: Input<Subtopology>, version: number): void {
  {
    const x = v.subtopologyId === undefined ? "" : v.subtopologyId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `Subtopology.subtopologyId cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.sourceTopics === undefined ? [] : v.sourceTopics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `Subtopology.sourceTopics cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `Subtopology.sourceTopics has a null element`);
        w.compactString(e);
      }
    }
  }
  {
    const x = v.repartitionSinkTopics === undefined ? [] : v.repartitionSinkTopics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `Subtopology.repartitionSinkTopics cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `Subtopology.repartitionSinkTopics has a null element`);
        w.compactString(e);
      }
    }
  }
  {
    const x = v.stateChangelogTopics === undefined ? [] : v.stateChangelogTopics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `Subtopology.stateChangelogTopics cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `Subtopology.stateChangelogTopics has a null element`);
        encodeTopicInfo(w, e, version);
      }
    }
  }
  {
    const x = v.repartitionSourceTopics === undefined ? [] : v.repartitionSourceTopics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `Subtopology.repartitionSourceTopics cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `Subtopology.repartitionSourceTopics has a null element`);
        encodeTopicInfo(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeSubtopology(r: Reader, version: number): Subtopology {
  const f_subtopologyId: string = r.compactString();
  let f_sourceTopics: string[];
  {
    const n = r.compactArrayLength(1);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `Subtopology.sourceTopics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<string>(n);
      for (let i = 0; i < n; i++) a[i] = r.compactString();
      f_sourceTopics = a;
    }
  }
  let f_repartitionSinkTopics: string[];
  {
    const n = r.compactArrayLength(1);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `Subtopology.repartitionSinkTopics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<string>(n);
      for (let i = 0; i < n; i++) a[i] = r.compactString();
      f_repartitionSinkTopics = a;
    }
  }
  let f_stateChangelogTopics: TopicInfo[];
  {
    const n = r.compactArrayLength(8);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `Subtopology.stateChangelogTopics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TopicInfo>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTopicInfo(r, version);
      f_stateChangelogTopics = a;
    }
  }
  let f_repartitionSourceTopics: TopicInfo[];
  {
    const n = r.compactArrayLength(8);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `Subtopology.repartitionSourceTopics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TopicInfo>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTopicInfo(r, version);
      f_repartitionSourceTopics = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: Subtopology = {
    subtopologyId: f_subtopologyId,
    sourceTopics: f_sourceTopics,
    repartitionSinkTopics: f_repartitionSinkTopics,
    stateChangelogTopics: f_stateChangelogTopics,
    repartitionSourceTopics: f_repartitionSourceTopics,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeTopology(w: Writer, v: Input<Topology>, version: number): void {
  w.int32(v.epoch ?? 0);
  {
    const x = v.subtopologies === undefined ? null : v.subtopologies;
    if (x === null) w.uvarint(0);
    else {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `Topology.subtopologies has a null element`);
        encodeSubtopology(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeTopology(r: Reader, version: number): Topology {
  const f_epoch: number = r.int32();
  let f_subtopologies: Subtopology[] | null;
  {
    const n = r.compactArrayLength(5);
    if (n === null) f_subtopologies = null;
    else {
      const a = new Array<Subtopology>(n);
      for (let i = 0; i < n; i++) a[i] = decodeSubtopology(r, version);
      f_subtopologies = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: Topology = {
    epoch: f_epoch,
    subtopologies: f_subtopologies,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeEndpoint(w: Writer, v: Input<Endpoint>, version: number): void {
  {
    const x = v.host === undefined ? "" : v.host;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `Endpoint.host cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  w.uint16(v.port ?? 0);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeEndpoint(r: Reader, version: number): Endpoint {
  const f_host: string = r.compactString();
  const f_port: number = r.uint16();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: Endpoint = {
    host: f_host,
    port: f_port,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeTaskOffset(w: Writer, v: Input<TaskOffset>, version: number): void {
  {
    const x = v.subtopologyId === undefined ? "" : v.subtopologyId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TaskOffset.subtopologyId cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  w.int32(v.partition ?? 0);
  w.int64(v.offset ?? 0n);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeTaskOffset(r: Reader, version: number): TaskOffset {
  const f_subtopologyId: string = r.compactString();
  const f_partition: number = r.int32();
  const f_offset: bigint = r.int64();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: TaskOffset = {
    subtopologyId: f_subtopologyId,
    partition: f_partition,
    offset: f_offset,
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

function encodeAssignment(w: Writer, v: Input<Assignment>, version: number): void {
  {
    const x = v.activeTasks === undefined ? [] : v.activeTasks;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `Assignment.activeTasks cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `Assignment.activeTasks has a null element`);
        encodeTaskIds(w, e, version);
      }
    }
  }
  {
    const x = v.standbyTasks === undefined ? [] : v.standbyTasks;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `Assignment.standbyTasks cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `Assignment.standbyTasks has a null element`);
        encodeTaskIds(w, e, version);
      }
    }
  }
  {
    const x = v.warmupTasks === undefined ? [] : v.warmupTasks;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `Assignment.warmupTasks cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `Assignment.warmupTasks has a null element`);
        encodeTaskIds(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeAssignment(r: Reader, version: number): Assignment {
  let f_activeTasks: TaskIds[];
  {
    const n = r.compactArrayLength(2);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `Assignment.activeTasks is null, not allowed in version ${version}`);
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
      throw new ProtocolError('NEGATIVE_LENGTH', `Assignment.standbyTasks is null, not allowed in version ${version}`);
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
      throw new ProtocolError('NEGATIVE_LENGTH', `Assignment.warmupTasks is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TaskIds>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTaskIds(r, version);
      f_warmupTasks = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: Assignment = {
    activeTasks: f_activeTasks,
    standbyTasks: f_standbyTasks,
    warmupTasks: f_warmupTasks,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeMember(w: Writer, v: Input<Member>, version: number): void {
  {
    const x = v.memberId === undefined ? "" : v.memberId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `Member.memberId cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  w.int32(v.memberEpoch ?? 0);
  {
    const x = v.instanceId === undefined ? null : v.instanceId;
    w.compactNullableString(x);
  }
  {
    const x = v.rackId === undefined ? null : v.rackId;
    w.compactNullableString(x);
  }
  {
    const x = v.clientId === undefined ? "" : v.clientId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `Member.clientId cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.clientHost === undefined ? "" : v.clientHost;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `Member.clientHost cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  w.int32(v.topologyEpoch ?? 0);
  {
    const x = v.processId === undefined ? "" : v.processId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `Member.processId cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.userEndpoint === undefined ? null : v.userEndpoint;
    if (x === null) w.int8(-1);
    else {
      w.int8(1);
      encodeEndpoint(w, x, version);
    }
  }
  {
    const x = v.clientTags === undefined ? [] : v.clientTags;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `Member.clientTags cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `Member.clientTags has a null element`);
        encodeKeyValue(w, e, version);
      }
    }
  }
  {
    const x = v.taskOffsets === undefined ? [] : v.taskOffsets;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `Member.taskOffsets cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `Member.taskOffsets has a null element`);
        encodeTaskOffset(w, e, version);
      }
    }
  }
  {
    const x = v.taskEndOffsets === undefined ? [] : v.taskEndOffsets;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `Member.taskEndOffsets cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `Member.taskEndOffsets has a null element`);
        encodeTaskOffset(w, e, version);
      }
    }
  }
  {
    const x = v.assignment === undefined ? {} : v.assignment;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `Member.assignment cannot be null in version ${version}`);
    encodeAssignment(w, x, version);
  }
  {
    const x = v.targetAssignment === undefined ? {} : v.targetAssignment;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `Member.targetAssignment cannot be null in version ${version}`);
    encodeAssignment(w, x, version);
  }
  w.bool(v.isClassic ?? false);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeMember(r: Reader, version: number): Member {
  const f_memberId: string = r.compactString();
  const f_memberEpoch: number = r.int32();
  const f_instanceId: string | null = r.compactNullableString();
  const f_rackId: string | null = r.compactNullableString();
  const f_clientId: string = r.compactString();
  const f_clientHost: string = r.compactString();
  const f_topologyEpoch: number = r.int32();
  const f_processId: string = r.compactString();
  const f_userEndpoint: Endpoint | null = r.int8() < 0 ? null : decodeEndpoint(r, version);
  let f_clientTags: KeyValue[];
  {
    const n = r.compactArrayLength(2);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `Member.clientTags is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<KeyValue>(n);
      for (let i = 0; i < n; i++) a[i] = decodeKeyValue(r, version);
      f_clientTags = a;
    }
  }
  let f_taskOffsets: TaskOffset[];
  {
    const n = r.compactArrayLength(13);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `Member.taskOffsets is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TaskOffset>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTaskOffset(r, version);
      f_taskOffsets = a;
    }
  }
  let f_taskEndOffsets: TaskOffset[];
  {
    const n = r.compactArrayLength(13);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `Member.taskEndOffsets is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TaskOffset>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTaskOffset(r, version);
      f_taskEndOffsets = a;
    }
  }
  const f_assignment: Assignment = decodeAssignment(r, version);
  const f_targetAssignment: Assignment = decodeAssignment(r, version);
  const f_isClassic: boolean = r.bool();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: Member = {
    memberId: f_memberId,
    memberEpoch: f_memberEpoch,
    instanceId: f_instanceId,
    rackId: f_rackId,
    clientId: f_clientId,
    clientHost: f_clientHost,
    topologyEpoch: f_topologyEpoch,
    processId: f_processId,
    userEndpoint: f_userEndpoint,
    clientTags: f_clientTags,
    taskOffsets: f_taskOffsets,
    taskEndOffsets: f_taskEndOffsets,
    assignment: f_assignment,
    targetAssignment: f_targetAssignment,
    isClassic: f_isClassic,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeTopologyDescriptionNode(w: Writer, v: Input<TopologyDescriptionNode>, version: number): void {
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopologyDescriptionNode.name cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  w.int8(v.nodeType ?? 0);
  {
    const x = v.sourceTopics === undefined ? [] : v.sourceTopics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopologyDescriptionNode.sourceTopics cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `TopologyDescriptionNode.sourceTopics has a null element`);
        w.compactString(e);
      }
    }
  }
  {
    const x = v.sinkTopic === undefined ? null : v.sinkTopic;
    w.compactNullableString(x);
  }
  {
    const x = v.stores === undefined ? [] : v.stores;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopologyDescriptionNode.stores cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `TopologyDescriptionNode.stores has a null element`);
        w.compactString(e);
      }
    }
  }
  {
    const x = v.successors === undefined ? [] : v.successors;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopologyDescriptionNode.successors cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `TopologyDescriptionNode.successors has a null element`);
        w.compactString(e);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeTopologyDescriptionNode(r: Reader, version: number): TopologyDescriptionNode {
  const f_name: string = r.compactString();
  const f_nodeType: number = r.int8();
  let f_sourceTopics: string[];
  {
    const n = r.compactArrayLength(1);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `TopologyDescriptionNode.sourceTopics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<string>(n);
      for (let i = 0; i < n; i++) a[i] = r.compactString();
      f_sourceTopics = a;
    }
  }
  const f_sinkTopic: string | null = r.compactNullableString();
  let f_stores: string[];
  {
    const n = r.compactArrayLength(1);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `TopologyDescriptionNode.stores is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<string>(n);
      for (let i = 0; i < n; i++) a[i] = r.compactString();
      f_stores = a;
    }
  }
  let f_successors: string[];
  {
    const n = r.compactArrayLength(1);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `TopologyDescriptionNode.successors is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<string>(n);
      for (let i = 0; i < n; i++) a[i] = r.compactString();
      f_successors = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: TopologyDescriptionNode = {
    name: f_name,
    nodeType: f_nodeType,
    sourceTopics: f_sourceTopics,
    sinkTopic: f_sinkTopic,
    stores: f_stores,
    successors: f_successors,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeTopologyDescriptionSubtopology(w: Writer, v: Input<TopologyDescriptionSubtopology>, version: number): void {
  {
    const x = v.subtopologyId === undefined ? "" : v.subtopologyId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopologyDescriptionSubtopology.subtopologyId cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.nodes === undefined ? [] : v.nodes;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopologyDescriptionSubtopology.nodes cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `TopologyDescriptionSubtopology.nodes has a null element`);
        encodeTopologyDescriptionNode(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeTopologyDescriptionSubtopology(r: Reader, version: number): TopologyDescriptionSubtopology {
  const f_subtopologyId: string = r.compactString();
  let f_nodes: TopologyDescriptionNode[];
  {
    const n = r.compactArrayLength(6);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `TopologyDescriptionSubtopology.nodes is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TopologyDescriptionNode>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTopologyDescriptionNode(r, version);
      f_nodes = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: TopologyDescriptionSubtopology = {
    subtopologyId: f_subtopologyId,
    nodes: f_nodes,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeTopologyDescriptionGlobalStore(w: Writer, v: Input<TopologyDescriptionGlobalStore>, version: number): void {
  {
    const x = v.source === undefined ? {} : v.source;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopologyDescriptionGlobalStore.source cannot be null in version ${version}`);
    encodeTopologyDescriptionNode(w, x, version);
  }
  {
    const x = v.processor === undefined ? {} : v.processor;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopologyDescriptionGlobalStore.processor cannot be null in version ${version}`);
    encodeTopologyDescriptionNode(w, x, version);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeTopologyDescriptionGlobalStore(r: Reader, version: number): TopologyDescriptionGlobalStore {
  const f_source: TopologyDescriptionNode = decodeTopologyDescriptionNode(r, version);
  const f_processor: TopologyDescriptionNode = decodeTopologyDescriptionNode(r, version);
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: TopologyDescriptionGlobalStore = {
    source: f_source,
    processor: f_processor,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeTopologyDescription(w: Writer, v: Input<TopologyDescription>, version: number): void {
  {
    const x = v.subtopologies === undefined ? [] : v.subtopologies;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopologyDescription.subtopologies cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `TopologyDescription.subtopologies has a null element`);
        encodeTopologyDescriptionSubtopology(w, e, version);
      }
    }
  }
  {
    const x = v.globalStores === undefined ? [] : v.globalStores;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopologyDescription.globalStores cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `TopologyDescription.globalStores has a null element`);
        encodeTopologyDescriptionGlobalStore(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeTopologyDescription(r: Reader, version: number): TopologyDescription {
  let f_subtopologies: TopologyDescriptionSubtopology[];
  {
    const n = r.compactArrayLength(2);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `TopologyDescription.subtopologies is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TopologyDescriptionSubtopology>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTopologyDescriptionSubtopology(r, version);
      f_subtopologies = a;
    }
  }
  let f_globalStores: TopologyDescriptionGlobalStore[];
  {
    const n = r.compactArrayLength(7);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `TopologyDescription.globalStores is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TopologyDescriptionGlobalStore>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTopologyDescriptionGlobalStore(r, version);
      f_globalStores = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: TopologyDescription = {
    subtopologies: f_subtopologies,
    globalStores: f_globalStores,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeDescribedGroup(w: Writer, v: Input<DescribedGroup>, version: number): void {
  w.int16(v.errorCode ?? 0);
  {
    const x = v.errorMessage === undefined ? null : v.errorMessage;
    w.compactNullableString(x);
  }
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribedGroup.groupId cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.groupState === undefined ? "" : v.groupState;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribedGroup.groupState cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  w.int32(v.groupEpoch ?? 0);
  w.int32(v.assignmentEpoch ?? 0);
  {
    const x = v.topology === undefined ? null : v.topology;
    if (x === null) w.int8(-1);
    else {
      w.int8(1);
      encodeTopology(w, x, version);
    }
  }
  {
    const x = v.members === undefined ? [] : v.members;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribedGroup.members cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribedGroup.members has a null element`);
        encodeMember(w, e, version);
      }
    }
  }
  w.int32(v.authorizedOperations ?? -2147483648);
  if (version >= 1) {
    {
      const x = v.topologyDescription === undefined ? null : v.topologyDescription;
      if (x === null) w.int8(-1);
      else {
        w.int8(1);
        encodeTopologyDescription(w, x, version);
      }
    }
  }
  if (version >= 1) {
    w.int8(v.topologyDescriptionStatus ?? 0);
  }
  if (version >= 1) {
    {
      const x = v.assignorName === undefined ? null : v.assignorName;
      w.compactNullableString(x);
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeDescribedGroup(r: Reader, version: number): DescribedGroup {
  const f_errorCode: number = r.int16();
  const f_errorMessage: string | null = r.compactNullableString();
  const f_groupId: string = r.compactString();
  const f_groupState: string = r.compactString();
  const f_groupEpoch: number = r.int32();
  const f_assignmentEpoch: number = r.int32();
  const f_topology: Topology | null = r.int8() < 0 ? null : decodeTopology(r, version);
  let f_members: Member[];
  {
    const n = r.compactArrayLength(23);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DescribedGroup.members is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<Member>(n);
      for (let i = 0; i < n; i++) a[i] = decodeMember(r, version);
      f_members = a;
    }
  }
  const f_authorizedOperations: number = r.int32();
  let f_topologyDescription: TopologyDescription | null;
  if (version >= 1) {
    f_topologyDescription = r.int8() < 0 ? null : decodeTopologyDescription(r, version);
  } else f_topologyDescription = null;
  let f_topologyDescriptionStatus: number;
  if (version >= 1) {
    f_topologyDescriptionStatus = r.int8();
  } else f_topologyDescriptionStatus = 0;
  let f_assignorName: string | null;
  if (version >= 1) {
    f_assignorName = r.compactNullableString();
  } else f_assignorName = null;
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: DescribedGroup = {
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    groupId: f_groupId,
    groupState: f_groupState,
    groupEpoch: f_groupEpoch,
    assignmentEpoch: f_assignmentEpoch,
    topology: f_topology,
    members: f_members,
    authorizedOperations: f_authorizedOperations,
    topologyDescription: f_topologyDescription,
    topologyDescriptionStatus: f_topologyDescriptionStatus,
    assignorName: f_assignorName,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
