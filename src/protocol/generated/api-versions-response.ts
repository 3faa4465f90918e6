// Generated from ApiVersionsResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ApiVersionsResponse (response, api key 18), versions 0-5, flexible 3+.
 *
 * Version 1 adds throttle time to the response.
 *
 * Starting in version 2, on quota violation, brokers send out responses before throttling.
 *
 * Version 3 is the first flexible version. Tagged fields are only supported in the body but
 * not in the header. The length of the header must not change in order to guarantee the
 * backward compatibility.
 *
 * Starting from Apache Kafka 2.4 (KIP-511), ApiKeys field is populated with the supported
 * versions of the ApiVersionsRequest when an UNSUPPORTED_VERSION error is returned.
 *
 * Version 4 fixes KAFKA-17011, which blocked SupportedFeatures.MinVersion from being 0.
 *
 * Version 5 introduces ClusterId and NodeId checking and REBOOTSTRAP_REQUIRED error (KIP-1242).
 */
export interface ApiVersionsResponse {
  /** The top-level error code. (versions 0-5) */
  errorCode: number;
  /** The APIs supported by the broker. (versions 0-5) */
  apiKeys: ApiVersion[];
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1-5) */
  throttleTimeMs: number;
  /** Features supported by the broker. Note: in v0-v3, features with MinSupportedVersion = 0 are omitted. (versions 3-5, tagged 3-5 as tag 0) */
  supportedFeatures: SupportedFeatureKey[];
  /** The monotonically increasing epoch for the finalized features information. Valid values are >= 0. A value of -1 is special and represents unknown epoch. (versions 3-5, tagged 3-5 as tag 1, default -1) */
  finalizedFeaturesEpoch: bigint;
  /** List of cluster-wide finalized features. The information is valid only if FinalizedFeaturesEpoch >= 0. (versions 3-5, tagged 3-5 as tag 2) */
  finalizedFeatures: FinalizedFeatureKey[];
  /** Set by a KRaft controller if the required configurations for ZK migration are present. (versions 3-5, tagged 3-5 as tag 3, default false) */
  zkMigrationReady: boolean;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface ApiVersion {
  /** The API index. (versions 0-5, map key) */
  apiKey: number;
  /** The minimum supported version, inclusive. (versions 0-5) */
  minVersion: number;
  /** The maximum supported version, inclusive. (versions 0-5) */
  maxVersion: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface SupportedFeatureKey {
  /** The name of the feature. (versions 3-5, map key) */
  name: string;
  /** The minimum supported version for the feature. (versions 3-5) */
  minVersion: number;
  /** The maximum supported version for the feature. (versions 3-5) */
  maxVersion: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface FinalizedFeatureKey {
  /** The name of the feature. (versions 3-5, map key) */
  name: string;
  /** The cluster-wide finalized max version level for the feature. (versions 3-5) */
  maxVersionLevel: number;
  /** The cluster-wide finalized min version level for the feature. (versions 3-5) */
  minVersionLevel: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const ApiVersionFields: readonly FieldSchema[] = [
  { name: "apiKey", type: "int16", versions: [0, 5], nullable: null, tagged: null, default: 0, mapKey: true },
  { name: "minVersion", type: "int16", versions: [0, 5], nullable: null, tagged: null, default: 0 },
  { name: "maxVersion", type: "int16", versions: [0, 5], nullable: null, tagged: null, default: 0 },
];
const SupportedFeatureKeyFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [3, 5], nullable: null, tagged: null, default: "", mapKey: true },
  { name: "minVersion", type: "int16", versions: [3, 5], nullable: null, tagged: null, default: 0 },
  { name: "maxVersion", type: "int16", versions: [3, 5], nullable: null, tagged: null, default: 0 },
];
const FinalizedFeatureKeyFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [3, 5], nullable: null, tagged: null, default: "", mapKey: true },
  { name: "maxVersionLevel", type: "int16", versions: [3, 5], nullable: null, tagged: null, default: 0 },
  { name: "minVersionLevel", type: "int16", versions: [3, 5], nullable: null, tagged: null, default: 0 },
];
const ApiVersionsResponseFields: readonly FieldSchema[] = [
  { name: "errorCode", type: "int16", versions: [0, 5], nullable: null, tagged: null, default: 0 },
  { name: "apiKeys", type: "[]ApiVersion", versions: [0, 5], nullable: null, tagged: null, fields: ApiVersionFields },
  { name: "throttleTimeMs", type: "int32", versions: [1, 5], nullable: null, tagged: null, default: 0 },
  { name: "supportedFeatures", type: "[]SupportedFeatureKey", versions: [3, 5], nullable: null, tagged: [3, 5], tag: 0, fields: SupportedFeatureKeyFields },
  { name: "finalizedFeaturesEpoch", type: "int64", versions: [3, 5], nullable: null, tagged: [3, 5], tag: 1, default: -1n },
  { name: "finalizedFeatures", type: "[]FinalizedFeatureKey", versions: [3, 5], nullable: null, tagged: [3, 5], tag: 2, fields: FinalizedFeatureKeyFields },
  { name: "zkMigrationReady", type: "bool", versions: [3, 5], nullable: null, tagged: [3, 5], tag: 3, default: false },
];

export const apiVersionsResponseSchema: MessageSchema = {
  name: "ApiVersionsResponse",
  type: "response",
  apiKey: 18,
  validVersions: [0, 5],
  flexibleVersions: [3, 32767],
  fields: ApiVersionsResponseFields,
};

export function encodeApiVersionsResponse(w: Writer, v: Input<ApiVersionsResponse>, version: number): void {
  if (!(version >= 0 && version <= 5)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ApiVersionsResponse version ${version} is not supported (valid: 0-5)`);
  }
  const flexible = version >= 3;
  w.int16(v.errorCode ?? 0);
  {
    const x = v.apiKeys === undefined ? [] : v.apiKeys;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ApiVersionsResponse.apiKeys cannot be null in version ${version}`);
    {
      (flexible ? w.uvarint(x.length + 1) : w.int32(x.length));
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ApiVersionsResponse.apiKeys has a null element`);
        encodeApiVersion(w, e, version);
      }
    }
  }
  if (version >= 1) {
    w.int32(v.throttleTimeMs ?? 0);
  }
  if (flexible) {
    let tagged: TaggedField[] | undefined;
    {
      const x = v.supportedFeatures === undefined ? [] : v.supportedFeatures;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `ApiVersionsResponse.supportedFeatures cannot be null in version ${version}`);
      if (x.length !== 0) {
        const tw = new Writer(64);
        {
          tw.uvarint(x.length + 1);
          for (const e of x) {
            if (e == null) throw new ProtocolError('INVALID_VALUE', `ApiVersionsResponse.supportedFeatures has a null element`);
            encodeSupportedFeatureKey(tw, e, version);
          }
        }
        (tagged ??= []).push({ tag: 0, data: tw.finish() });
      }
    }
    {
      const x = v.finalizedFeaturesEpoch ?? -1n;
      if (x !== -1n) {
        const tw = new Writer(64);
        tw.int64(x);
        (tagged ??= []).push({ tag: 1, data: tw.finish() });
      }
    }
    {
      const x = v.finalizedFeatures === undefined ? [] : v.finalizedFeatures;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `ApiVersionsResponse.finalizedFeatures cannot be null in version ${version}`);
      if (x.length !== 0) {
        const tw = new Writer(64);
        {
          tw.uvarint(x.length + 1);
          for (const e of x) {
            if (e == null) throw new ProtocolError('INVALID_VALUE', `ApiVersionsResponse.finalizedFeatures has a null element`);
            encodeFinalizedFeatureKey(tw, e, version);
          }
        }
        (tagged ??= []).push({ tag: 2, data: tw.finish() });
      }
    }
    {
      const x = v.zkMigrationReady ?? false;
      if (x !== false) {
        const tw = new Writer(64);
        tw.bool(x);
        (tagged ??= []).push({ tag: 3, data: tw.finish() });
      }
    }
    writeTaggedFields(w, tagged, v._unknownTaggedFields);
  }
}

export function decodeApiVersionsResponse(r: Reader, version: number): ApiVersionsResponse {
  if (!(version >= 0 && version <= 5)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ApiVersionsResponse version ${version} is not supported (valid: 0-5)`);
  }
  const flexible = version >= 3;
  const f_errorCode: number = r.int16();
  let f_apiKeys: ApiVersion[];
  {
    const n = (flexible ? r.compactArrayLength(6) : r.arrayLength(6));
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ApiVersionsResponse.apiKeys is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<ApiVersion>(n);
      for (let i = 0; i < n; i++) a[i] = decodeApiVersion(r, version);
      f_apiKeys = a;
    }
  }
  let f_throttleTimeMs: number;
  if (version >= 1) {
    f_throttleTimeMs = r.int32();
  } else f_throttleTimeMs = 0;
  let f_supportedFeatures: SupportedFeatureKey[] = [];
  let f_finalizedFeaturesEpoch: bigint = -1n;
  let f_finalizedFeatures: FinalizedFeatureKey[] = [];
  let f_zkMigrationReady: boolean = false;
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    const nTags = r.uvarint();
    for (let t = 0; t < nTags; t++) {
      const tag = r.uvarint();
      const tr = taggedFieldReader(r);
      if (tag === 0) {
        {
          const n = tr.compactArrayLength(5);
          if (n === null) {
            throw new ProtocolError('NEGATIVE_LENGTH', `ApiVersionsResponse.supportedFeatures is null, not allowed in version ${version}`);
          }
          else {
            const a = new Array<SupportedFeatureKey>(n);
            for (let i = 0; i < n; i++) a[i] = decodeSupportedFeatureKey(tr, version);
            f_supportedFeatures = a;
          }
        }
      } else if (tag === 1) {
        f_finalizedFeaturesEpoch = tr.int64();
      } else if (tag === 2) {
        {
          const n = tr.compactArrayLength(5);
          if (n === null) {
            throw new ProtocolError('NEGATIVE_LENGTH', `ApiVersionsResponse.finalizedFeatures is null, not allowed in version ${version}`);
          }
          else {
            const a = new Array<FinalizedFeatureKey>(n);
            for (let i = 0; i < n; i++) a[i] = decodeFinalizedFeatureKey(tr, version);
            f_finalizedFeatures = a;
          }
        }
      } else if (tag === 3) {
        f_zkMigrationReady = tr.bool();
      } else {
        (unknownTags ??= []).push({ tag, data: tr.buf.subarray(tr.pos, tr.end) });
      }
    }
  }
  const out: ApiVersionsResponse = {
    errorCode: f_errorCode,
    apiKeys: f_apiKeys,
    throttleTimeMs: f_throttleTimeMs,
    supportedFeatures: f_supportedFeatures,
    finalizedFeaturesEpoch: f_finalizedFeaturesEpoch,
    finalizedFeatures: f_finalizedFeatures,
    zkMigrationReady: f_zkMigrationReady,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeApiVersion(w: Writer, v: Input<ApiVersion>, version: number): void {
  const flexible = version >= 3;
  w.int16(v.apiKey ?? 0);
  w.int16(v.minVersion ?? 0);
  w.int16(v.maxVersion ?? 0);
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

function decodeApiVersion(r: Reader, version: number): ApiVersion {
  const flexible = version >= 3;
  const f_apiKey: number = r.int16();
  const f_minVersion: number = r.int16();
  const f_maxVersion: number = r.int16();
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: ApiVersion = {
    apiKey: f_apiKey,
    minVersion: f_minVersion,
    maxVersion: f_maxVersion,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeSupportedFeatureKey(w: Writer, v: Input<SupportedFeatureKey>, version: number): void {
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `SupportedFeatureKey.name cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  w.int16(v.minVersion ?? 0);
  w.int16(v.maxVersion ?? 0);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeSupportedFeatureKey(r: Reader, version: number): SupportedFeatureKey {
  const f_name: string = r.compactString();
  const f_minVersion: number = r.int16();
  const f_maxVersion: number = r.int16();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: SupportedFeatureKey = {
    name: f_name,
    minVersion: f_minVersion,
    maxVersion: f_maxVersion,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeFinalizedFeatureKey(w: Writer, v: Input<FinalizedFeatureKey>, version: number): void {
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `FinalizedFeatureKey.name cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  w.int16(v.maxVersionLevel ?? 0);
  w.int16(v.minVersionLevel ?? 0);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeFinalizedFeatureKey(r: Reader, version: number): FinalizedFeatureKey {
  const f_name: string = r.compactString();
  const f_maxVersionLevel: number = r.int16();
  const f_minVersionLevel: number = r.int16();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: FinalizedFeatureKey = {
    name: f_name,
    maxVersionLevel: f_maxVersionLevel,
    minVersionLevel: f_minVersionLevel,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
