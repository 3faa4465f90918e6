// Generated from StreamsGroupTopologyDescriptionUpdateRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** StreamsGroupTopologyDescriptionUpdateRequest (request, api key 93), versions 0, flexible 0+. */
export interface StreamsGroupTopologyDescriptionUpdateRequest {
  /** The streams group identifier. (versions 0, entity groupId) */
  groupId: string;
  /** The ID of the streams group member sending the push. The broker validates that this member is still in the group; mismatches (including when the group itself has been deleted) are rejected with UNKNOWN_MEMBER_ID so the client treats itself as fenced and rejoins. (versions 0) */
  memberId: string;
  /** The epoch of the topology being described. (versions 0) */
  topologyEpoch: number;
  /** The topology description. (versions 0) */
  topologyDescription: TopologyDescription;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TopologyDescriptionNode {
  /** The name of this node (e.g., KSTREAM-SOURCE-0000000000). (versions 0) */
  name: string;
  /** The type of this node: 1=SOURCE, 2=PROCESSOR, 3=SINK. (versions 0) */
  nodeType: number;
  /** The source topics this node reads from. Defined only for source nodes, may be empty if source topics are dynamically determined. (versions 0, entity topicName) */
  sourceTopics: string[];
  /** The topic this node writes to. Defined only for sink nodes, may be null if sink topic is dynamically determined. (versions 0, nullable 0, default null, entity topicName) */
  sinkTopic: string | null;
  /** The state store names accessed by this node. Defined only for processor nodes. (versions 0) */
  stores: string[];
  /** The names of successor nodes in the processing graph. Predecessor relationships are reconstructed from this field. (versions 0) */
  successors: string[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TopologyDescriptionSubtopology {
  /** The subtopology identifier, unique within the topology. (versions 0) */
  subtopologyId: string;
  /** The processing nodes in this subtopology. (versions 0) */
  nodes: TopologyDescriptionNode[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TopologyDescriptionGlobalStore {
  /** The source node providing data to the global store. (versions 0) */
  source: TopologyDescriptionNode;
  /** The processor node that populates the global store. (versions 0) */
  processor: TopologyDescriptionNode;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TopologyDescription {
  /** The subtopologies that make up this topology. (versions 0) */
  subtopologies: TopologyDescriptionSubtopology[];
  /** Global state stores used by this topology. (versions 0) */
  globalStores: TopologyDescriptionGlobalStore[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const TopologyDescriptionNodeFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
  { name: "nodeType", type: "int8", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "sourceTopics", type: "[]string", versions: [0, 0], nullable: null, tagged: null, entityType: "topicName" },
  { name: "sinkTopic", type: "string", versions: [0, 0], nullable: [0, 0], tagged: null, default: null, entityType: "topicName" },
  { name: "stores", type: "[]string", versions: [0, 0], nullable: null, tagged: null },
  { name: "successors", type: "[]string", versions: [0, 0], nullable: null, tagged: null },
];
const TopologyDescriptionSubtopologyFields: readonly FieldSchema[] = [
  { name: "subtopologyId", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
  { name: "nodes", type: "[]TopologyDescriptionNode", versions: [0, 0], nullable: null, tagged: null, fields: TopologyDescriptionNodeFields },
];
const TopologyDescriptionGlobalStoreFields: readonly FieldSchema[] = [
  { name: "source", type: "TopologyDescriptionNode", versions: [0, 0], nullable: null, tagged: null, fields: TopologyDescriptionNodeFields },
  { name: "processor", type: "TopologyDescriptionNode", versions: [0, 0], nullable: null, tagged: null, fields: TopologyDescriptionNodeFields },
];
const TopologyDescriptionFields: readonly FieldSchema[] = [
  { name: "subtopologies", type: "[]TopologyDescriptionSubtopology", versions: [0, 0], nullable: null, tagged: null, fields: TopologyDescriptionSubtopologyFields },
  { name: "globalStores", type: "[]TopologyDescriptionGlobalStore", versions: [0, 0], nullable: null, tagged: null, fields: TopologyDescriptionGlobalStoreFields },
];
const StreamsGroupTopologyDescriptionUpdateRequestFields: readonly FieldSchema[] = [
  { name: "groupId", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "", entityType: "groupId" },
  { name: "memberId", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
  { name: "topologyEpoch", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "topologyDescription", type: "TopologyDescription", versions: [0, 0], nullable: null, tagged: null, fields: TopologyDescriptionFields },
];

export const streamsGroupTopologyDescriptionUpdateRequestSchema: MessageSchema = {
  name: "StreamsGroupTopologyDescriptionUpdateRequest",
  type: "request",
  apiKey: 93,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: StreamsGroupTopologyDescriptionUpdateRequestFields,
};

function defaultTopologyDescriptionNode(): TopologyDescriptionNode {
  return { name: "", nodeType: 0, sourceTopics: [], sinkTopic: null, stores: [], successors: [] };
}

function defaultTopologyDescription(): TopologyDescription {
  return { subtopologies: [], globalStores: [] };
}

export function encodeStreamsGroupTopologyDescriptionUpdateRequest(w: Writer, v: Input<StreamsGroupTopologyDescriptionUpdateRequest>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `StreamsGroupTopologyDescriptionUpdateRequest version ${version} is not supported (valid: 0-0)`);
  }
  {
    const x = v.groupId === undefined ? "" : v.groupId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `StreamsGroupTopologyDescriptionUpdateRequest.groupId cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.memberId === undefined ? "" : v.memberId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `StreamsGroupTopologyDescriptionUpdateRequest.memberId cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  w.int32(v.topologyEpoch ?? 0);
  {
    const x = v.topologyDescription === undefined ? {} : v.topologyDescription;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `StreamsGroupTopologyDescriptionUpdateRequest.topologyDescription cannot be null in version ${version}`);
    encodeTopologyDescription(w, x, version);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeStreamsGroupTopologyDescriptionUpdateRequest(r: Reader, version: number): StreamsGroupTopologyDescriptionUpdateRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `StreamsGroupTopologyDescriptionUpdateRequest version ${version} is not supported (valid: 0-0)`);
  }
  const f_groupId: string = r.compactString();
  const f_memberId: string = r.compactString();
  const f_topologyEpoch: number = r.int32();
  const f_topologyDescription: TopologyDescription = decodeTopologyDescription(r, version);
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: StreamsGroupTopologyDescriptionUpdateRequest = {
    groupId: f_groupId,
    memberId: f_memberId,
    topologyEpoch: f_topologyEpoch,
    topologyDescription: f_topologyDescription,
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
