// Generated from StreamsGroupTopologyValue.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** StreamsGroupTopologyValue (coordinator-value, api key 23), versions 0, flexible 0+. */
export interface StreamsGroupTopologyValue {
  /** The epoch of the topology. (versions 0) */
  epoch: number;
  /** The sub-topologies of the streams application. (versions 0) */
  subtopologies: Subtopology[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TopicConfig {
  /** The key of the topic-level configuration. (versions 0) */
  key: string;
  /** The value of the topic-level configuration. (versions 0) */
  value: string;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface TopicInfo {
  /** The name of the topic. (versions 0) */
  name: string;
  /** The number of partitions in the topic. Can be 0 if no specific number of partitions is enforced. Always 0 for changelog topics. (versions 0) */
  partitions: number;
  /** The replication factor of the topic. Can be 0 if the default replication factor should be used. (versions 0) */
  replicationFactor: number;
  /** Topic-level configurations as key-value pairs. (versions 0) */
  topicConfigs: TopicConfig[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface CopartitionGroup {
  /** The topics the topology reads from. Index into the array on the subtopology level. (versions 0) */
  sourceTopics: number[];
  /** Regular expressions identifying topics the subtopology reads from. Index into the array on the subtopology level. (versions 0) */
  sourceTopicRegex: number[];
  /** The set of source topics that are internally created repartition topics. Index into the array on the subtopology level. (versions 0) */
  repartitionSourceTopics: number[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface Subtopology {
  /** String to uniquely identify the subtopology. (versions 0) */
  subtopologyId: string;
  /** The topics the topology reads from. (versions 0) */
  sourceTopics: string[];
  /** Regular expressions identifying topics the subtopology reads from. (versions 0) */
  sourceTopicRegex: string[];
  /** The set of state changelog topics associated with this subtopology. (versions 0) */
  stateChangelogTopics: TopicInfo[];
  /** The repartition topics the subtopology writes to. (versions 0) */
  repartitionSinkTopics: string[];
  /** The set of source topics that are internally created repartition topics. (versions 0) */
  repartitionSourceTopics: TopicInfo[];
  /** A subset of source topics that must be copartitioned. (versions 0) */
  copartitionGroups: CopartitionGroup[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const TopicConfigFields: readonly FieldSchema[] = [
  { name: "key", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
  { name: "value", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
];
const TopicInfoFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
  { name: "partitions", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "replicationFactor", type: "int16", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "topicConfigs", type: "[]TopicConfig", versions: [0, 0], nullable: null, tagged: null, fields: TopicConfigFields },
];
const CopartitionGroupFields: readonly FieldSchema[] = [
  { name: "sourceTopics", type: "[]int16", versions: [0, 0], nullable: null, tagged: null },
  { name: "sourceTopicRegex", type: "[]int16", versions: [0, 0], nullable: null, tagged: null },
  { name: "repartitionSourceTopics", type: "[]int16", versions: [0, 0], nullable: null, tagged: null },
];
const SubtopologyFields: readonly FieldSchema[] = [
  { name: "subtopologyId", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
  { name: "sourceTopics", type: "[]string", versions: [0, 0], nullable: null, tagged: null },
  { name: "sourceTopicRegex", type: "[]string", versions: [0, 0], nullable: null, tagged: null },
  { name: "stateChangelogTopics", type: "[]TopicInfo", versions: [0, 0], nullable: null, tagged: null, fields: TopicInfoFields },
  { name: "repartitionSinkTopics", type: "[]string", versions: [0, 0], nullable: null, tagged: null },
  { name: "repartitionSourceTopics", type: "[]TopicInfo", versions: [0, 0], nullable: null, tagged: null, fields: TopicInfoFields },
  { name: "copartitionGroups", type: "[]CopartitionGroup", versions: [0, 0], nullable: null, tagged: null, fields: CopartitionGroupFields },
];
const StreamsGroupTopologyValueFields: readonly FieldSchema[] = [
  { name: "epoch", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "subtopologies", type: "[]Subtopology", versions: [0, 0], nullable: null, tagged: null, fields: SubtopologyFields },
];

export const streamsGroupTopologyValueSchema: MessageSchema = {
  name: "StreamsGroupTopologyValue",
  type: "coordinator-value",
  apiKey: 23,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: StreamsGroupTopologyValueFields,
};

export function encodeStreamsGroupTopologyValue(w: Writer, v: Input<StreamsGroupTopologyValue>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `StreamsGroupTopologyValue version ${version} is not supported (valid: 0-0)`);
  }
  w.int32(v.epoch ?? 0);
  {
    const x = v.subtopologies === undefined ? [] : v.subtopologies;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `StreamsGroupTopologyValue.subtopologies cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `StreamsGroupTopologyValue.subtopologies has a null element`);
        encodeSubtopology(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeStreamsGroupTopologyValue(r: Reader, version: number): StreamsGroupTopologyValue {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `StreamsGroupTopologyValue version ${version} is not supported (valid: 0-0)`);
  }
  const f_epoch: number = r.int32();
  let f_subtopologies: Subtopology[];
  {
    const n = r.compactArrayLength(7);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `StreamsGroupTopologyValue.subtopologies is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<Subtopology>(n);
      for (let i = 0; i < n; i++) a[i] = decodeSubtopology(r, version);
      f_subtopologies = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: StreamsGroupTopologyValue = {
    epoch: f_epoch,
    subtopologies: f_subtopologies,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeTopicConfig(w: Writer, v: Input<TopicConfig>, version: number): void {
  {
    const x = v.key === undefined ? "" : v.key;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopicConfig.key cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.value === undefined ? "" : v.value;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TopicConfig.value cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeTopicConfig(r: Reader, version: number): TopicConfig {
  const f_key: string = r.compactString();
  const f_value: string = r.compactString();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: TopicConfig = {
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
        encodeTopicConfig(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeTopicInfo(r: Reader, version: number): TopicInfo {
  const f_name: string = r.compactString();
  const f_partitions: number = r.int32();
  const f_replicationFactor: number = r.int16();
  let f_topicConfigs: TopicConfig[];
  {
    const n = r.compactArrayLength(2);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `TopicInfo.topicConfigs is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<TopicConfig>(n);
      for (let i = 0; i < n; i++) a[i] = decodeTopicConfig(r, version);
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

function encodeCopartitionGroup(w: Writer, v: Input<CopartitionGroup>, version: number): void {
  {
    const x = v.sourceTopics === undefined ? [] : v.sourceTopics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `CopartitionGroup.sourceTopics cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `CopartitionGroup.sourceTopics has a null element`);
        w.int16(e);
      }
    }
  }
  {
    const x = v.sourceTopicRegex === undefined ? [] : v.sourceTopicRegex;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `CopartitionGroup.sourceTopicRegex cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `CopartitionGroup.sourceTopicRegex has a null element`);
        w.int16(e);
      }
    }
  }
  {
    const x = v.repartitionSourceTopics === undefined ? [] : v.repartitionSourceTopics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `CopartitionGroup.repartitionSourceTopics cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `CopartitionGroup.repartitionSourceTopics has a null element`);
        w.int16(e);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeCopartitionGroup(r: Reader, version: number): CopartitionGroup {
  let f_sourceTopics: number[];
  {
    const n = r.compactArrayLength(2);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `CopartitionGroup.sourceTopics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.int16();
      f_sourceTopics = a;
    }
  }
  let f_sourceTopicRegex: number[];
  {
    const n = r.compactArrayLength(2);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `CopartitionGroup.sourceTopicRegex is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.int16();
      f_sourceTopicRegex = a;
    }
  }
  let f_repartitionSourceTopics: number[];
  {
    const n = r.compactArrayLength(2);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `CopartitionGroup.repartitionSourceTopics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.int16();
      f_repartitionSourceTopics = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: CopartitionGroup = {
    sourceTopics: f_sourceTopics,
    sourceTopicRegex: f_sourceTopicRegex,
    repartitionSourceTopics: f_repartitionSourceTopics,
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
    const x = v.sourceTopicRegex === undefined ? [] : v.sourceTopicRegex;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `Subtopology.sourceTopicRegex cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `Subtopology.sourceTopicRegex has a null element`);
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
  {
    const x = v.copartitionGroups === undefined ? [] : v.copartitionGroups;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `Subtopology.copartitionGroups cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `Subtopology.copartitionGroups has a null element`);
        encodeCopartitionGroup(w, e, version);
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
  let f_sourceTopicRegex: string[];
  {
    const n = r.compactArrayLength(1);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `Subtopology.sourceTopicRegex is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<string>(n);
      for (let i = 0; i < n; i++) a[i] = r.compactString();
      f_sourceTopicRegex = a;
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
  let f_copartitionGroups: CopartitionGroup[];
  {
    const n = r.compactArrayLength(3);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `Subtopology.copartitionGroups is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<CopartitionGroup>(n);
      for (let i = 0; i < n; i++) a[i] = decodeCopartitionGroup(r, version);
      f_copartitionGroups = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: Subtopology = {
    subtopologyId: f_subtopologyId,
    sourceTopics: f_sourceTopics,
    sourceTopicRegex: f_sourceTopicRegex,
    stateChangelogTopics: f_stateChangelogTopics,
    repartitionSinkTopics: f_repartitionSinkTopics,
    repartitionSourceTopics: f_repartitionSourceTopics,
    copartitionGroups: f_copartitionGroups,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
