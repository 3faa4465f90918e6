// Generated from CreateTopicsResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * CreateTopicsResponse (response, api key 19), versions 0-7, flexible 5+.
 *
 * Versions 0-1 were removed in Apache Kafka 4.0, Version 2 is the new baseline.
 *
 * Version 1 adds a per-topic error message string.
 *
 * Version 2 adds the throttle time.
 *
 * Starting in version 3, on quota violation, brokers send out responses before throttling.
 *
 * Version 4 makes partitions/replicationFactor optional even when assignments are not present (KIP-464).
 *
 * Version 5 is the first flexible version.
 * Version 5 also returns topic configs in the response (KIP-525).
 *
 * Version 6 is identical to version 5 but may return a THROTTLING_QUOTA_EXCEEDED error
 * in the response if the topics creation is throttled (KIP-599).
 *
 * Version 7 returns the topic ID of the newly created topic if creation is successful.
 */
export interface CreateTopicsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 2-7) */
  throttleTimeMs: number;
  /** Results for each topic we tried to create. (versions 0-7) */
  topics: CreatableTopicResult[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface CreatableTopicConfigs {
  /** The configuration name. (versions 5-7) */
  name: string;
  /** The configuration value. (versions 5-7, nullable 5-7) */
  value: string | null;
  /** True if the configuration is read-only. (versions 5-7) */
  readOnly: boolean;
  /** The configuration source. (versions 5-7, default -1) */
  configSource: number;
  /** True if this configuration is sensitive. (versions 5-7) */
  isSensitive: boolean;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface CreatableTopicResult {
  /** The topic name. (versions 0-7, entity topicName, map key) */
  name: string;
  /** The unique topic ID. (versions 7) */
  topicId: string;
  /** The error code, or 0 if there was no error. (versions 0-7) */
  errorCode: number;
  /** The error message, or null if there was no error. (versions 1-7, nullable 1-7) */
  errorMessage: string | null;
  /** Optional topic config error returned if configs are not returned in the response. (versions 5-7, tagged 5-7 as tag 0) */
  topicConfigErrorCode: number;
  /** Number of partitions of the topic. (versions 5-7, default -1) */
  numPartitions: number;
  /** Replication factor of the topic. (versions 5-7, default -1) */
  replicationFactor: number;
  /** Configuration of the topic. (versions 5-7, nullable 5-7) */
  configs: CreatableTopicConfigs[] | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const CreatableTopicConfigsFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [5, 7], nullable: null, tagged: null, default: "" },
  { name: "value", type: "string", versions: [5, 7], nullable: [5, 7], tagged: null, default: "" },
  { name: "readOnly", type: "bool", versions: [5, 7], nullable: null, tagged: null, default: false },
  { name: "configSource", type: "int8", versions: [5, 7], nullable: null, tagged: null, default: -1 },
  { name: "isSensitive", type: "bool", versions: [5, 7], nullable: null, tagged: null, default: false },
];
const CreatableTopicResultFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 7], nullable: null, tagged: null, default: "", entityType: "topicName", mapKey: true },
  { name: "topicId", type: "uuid", versions: [7, 7], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "errorCode", type: "int16", versions: [0, 7], nullable: null, tagged: null, default: 0 },
  { name: "errorMessage", type: "string", versions: [1, 7], nullable: [1, 7], tagged: null, default: "" },
  { name: "topicConfigErrorCode", type: "int16", versions: [5, 7], nullable: null, tagged: [5, 7], tag: 0, default: 0 },
  { name: "numPartitions", type: "int32", versions: [5, 7], nullable: null, tagged: null, default: -1 },
  { name: "replicationFactor", type: "int16", versions: [5, 7], nullable: null, tagged: null, default: -1 },
  { name: "configs", type: "[]CreatableTopicConfigs", versions: [5, 7], nullable: [5, 7], tagged: null, fields: CreatableTopicConfigsFields },
];
const CreateTopicsResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [2, 7], nullable: null, tagged: null, default: 0 },
  { name: "topics", type: "[]CreatableTopicResult", versions: [0, 7], nullable: null, tagged: null, fields: CreatableTopicResultFields },
];

export const createTopicsResponseSchema: MessageSchema = {
  name: "CreateTopicsResponse",
  type: "response",
  apiKey: 19,
  validVersions: [0, 7],
  flexibleVersions: [5, 32767],
  fields: CreateTopicsResponseFields,
};

export function encodeCreateTopicsResponse(w: Writer, v: Input<CreateTopicsResponse>, version: number): void {
  if (!(version >= 0 && version <= 7)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `CreateTopicsResponse version ${version} is not supported (valid: 0-7)`);
  }
  const flexible = version >= 5;
  if (version >= 2) {
    w.int32(v.throttleTimeMs ?? 0);
  }
  {
    const x = v.topics === undefined ? [] : v.topics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `CreateTopicsResponse.topics cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `CreateTopicsResponse.topics has a null element`);
        encodeCreatableTopicResult(w, e, version);
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeCreateTopicsResponse(r: Reader, version: number): CreateTopicsResponse {
  if (!(version >= 0 && version <= 7)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `CreateTopicsResponse version ${version} is not supported (valid: 0-7)`);
  }
  const flexible = version >= 5;
  let f_throttleTimeMs: number;
  if (version >= 2) {
    f_throttleTimeMs = r.int32();
  } else f_throttleTimeMs = 0;
  let f_topics: CreatableTopicResult[];
  {
    const n = (flexible ? r.compactArrayLength(3) : r.arrayLength(3));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `CreateTopicsResponse.topics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<CreatableTopicResult>(n);
      for (let i = 0; i < n; i++) a[i] = decodeCreatableTopicResult(r, version);
      f_topics = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: CreateTopicsResponse = {
    throttleTimeMs: f_throttleTimeMs,
    topics: f_topics,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeCreatableTopicConfigs(w: Writer, v: Input<CreatableTopicConfigs>, version: number): void {
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `CreatableTopicConfigs.name cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.value === undefined ? "" : v.value;
    w.compactNullableString(x);
  }
  w.bool(v.readOnly ?? false);
  w.int8(v.configSource ?? -1);
  w.bool(v.isSensitive ?? false);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeCreatableTopicConfigs(r: Reader, version: number): CreatableTopicConfigs {
  const f_name: string = r.compactString();
  const f_value: string | null = r.compactNullableString();
  const f_readOnly: boolean = r.bool();
  const f_configSource: number = r.int8();
  const f_isSensitive: boolean = r.bool();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: CreatableTopicConfigs = {
    name: f_name,
    value: f_value,
    readOnly: f_readOnly,
    configSource: f_configSource,
    isSensitive: f_isSensitive,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeCreatableTopicResult(w: Writer, v: Input<CreatableTopicResult>, version: number): void {
  const flexible = version >= 5;
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `CreatableTopicResult.name cannot be null in version ${version}`);
    (flexible ? w.compactNullableString(x) : w.nullableString(x));
  }
  if (version >= 7) {
    w.uuid(v.topicId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  }
  w.int16(v.errorCode ?? 0);
  if (version >= 1) {
    {
      const x = v.errorMessage === undefined ? "" : v.errorMessage;
      (flexible ? w.compactNullableString(x) : w.nullableString(x));
    }
  }
  if (version >= 5) {
    w.int32(v.numPartitions ?? -1);
  }
  if (version >= 5) {
    w.int16(v.replicationFactor ?? -1);
  }
  if (version >= 5) {
    {
      const x = v.configs === undefined ? [] : v.configs;
      if (x === null) w.uvarint(0);
      else {
        w.uvarint(x.length + 1);
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `CreatableTopicResult.configs has a null element`);
          encodeCreatableTopicConfigs(w, e, version);
        }
      }
    }
  }
  if (flexible) {
    let tagged: TaggedField[] | undefined;
    {
      const x = v.topicConfigErrorCode ?? 0;
      if (x !== 0) {
        const tw = new Writer(64);
        tw.int16(x);
        (tagged ??= []).push({ tag: 0, data: tw.finish() });
      }
    }
    writeTaggedFields(w, tagged, v._unknownTaggedFields);
  }
}

function decodeCreatableTopicResult(r: Reader, version: number): CreatableTopicResult {
  const flexible = version >= 5;
  const f_name: string = (flexible ? r.compactString() : r.string());
  let f_topicId: string;
  if (version >= 7) {
    f_topicId = r.uuid();
  } else f_topicId = "AAAAAAAAAAAAAAAAAAAAAA";
  const f_errorCode: number = r.int16();
  let f_errorMessage: string | null;
  if (version >= 1) {
    f_errorMessage = (flexible ? r.compactNullableString() : r.nullableString());
  } else f_errorMessage = "";
  let f_topicConfigErrorCode: number = 0;
  let f_numPartitions: number;
  if (version >= 5) {
    f_numPartitions = r.int32();
  } else f_numPartitions = -1;
  let f_replicationFactor: number;
  if (version >= 5) {
    f_replicationFactor = r.int16();
  } else f_replicationFactor = -1;
  let f_configs: CreatableTopicConfigs[] | null;
  if (version >= 5) {
    {
      const n = r.compactArrayLength(5);
      if (n === null) f_configs = null;
      else {
        const a = new Array<CreatableTopicConfigs>(n);
        for (let i = 0; i < n; i++) a[i] = decodeCreatableTopicConfigs(r, version);
        f_configs = a;
      }
    }
  } else f_configs = [];
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    const nTags = r.uvarint();
    for (let t = 0; t < nTags; t++) {
      const tag = r.uvarint();
      const tr = taggedFieldReader(r);
      if (tag === 0) {
        f_topicConfigErrorCode = tr.int16();
      } else {
        (unknownTags ??= []).push({ tag, data: tr.buf.subarray(tr.pos, tr.end) });
      }
    }
  }
  const out: CreatableTopicResult = {
    name: f_name,
    topicId: f_topicId,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    topicConfigErrorCode: f_topicConfigErrorCode,
    numPartitions: f_numPartitions,
    replicationFactor: f_replicationFactor,
    configs: f_configs,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
