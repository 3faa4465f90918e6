// Generated from UpdateFeaturesRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * UpdateFeaturesRequest (request, api key 57), versions 0-2, flexible 0+.
 *
 * Version 1 adds validate only field.
 *
 * Version 2 changes the response to not return feature level results.
 */
export interface UpdateFeaturesRequest {
  /** How long to wait in milliseconds before timing out the request. (versions 0-2, default 60000) */
  timeoutMs: number;
  /** The list of updates to finalized features. (versions 0-2) */
  featureUpdates: FeatureUpdateKey[];
  /** True if we should validate the request, but not perform the upgrade or downgrade. (versions 1-2, default false) */
  validateOnly: boolean;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface FeatureUpdateKey {
  /** The name of the finalized feature to be updated. (versions 0-2, map key) */
  feature: string;
  /** The new maximum version level for the finalized feature. A value >= 1 is valid. A value < 1, is special, and can be used to request the deletion of the finalized feature. (versions 0-2) */
  maxVersionLevel: number;
  /** DEPRECATED in version 1 (see DowngradeType). When set to true, the finalized feature version level is allowed to be downgraded/deleted. The downgrade request will fail if the new maximum version level is a value that's not lower than the existing maximum finalized version level. (versions 0) */
  allowDowngrade: boolean;
  /** Determine which type of upgrade will be performed: 1 will perform an upgrade only (default), 2 is safe downgrades only (lossless), 3 is unsafe downgrades (lossy). (versions 1-2, default 1) */
  upgradeType: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const FeatureUpdateKeyFields: readonly FieldSchema[] = [
  { name: "feature", type: "string", versions: [0, 2], nullable: null, tagged: null, default: "", mapKey: true },
  { name: "maxVersionLevel", type: "int16", versions: [0, 2], nullable: null, tagged: null, default: 0 },
  { name: "allowDowngrade", type: "bool", versions: [0, 0], nullable: null, tagged: null, default: false },
  { name: "upgradeType", type: "int8", versions: [1, 2], nullable: null, tagged: null, default: 1 },
];
const UpdateFeaturesRequestFields: readonly FieldSchema[] = [
  { name: "timeoutMs", type: "int32", versions: [0, 2], nullable: null, tagged: null, default: 60000 },
  { name: "featureUpdates", type: "[]FeatureUpdateKey", versions: [0, 2], nullable: null, tagged: null, fields: FeatureUpdateKeyFields },
  { name: "validateOnly", type: "bool", versions: [1, 2], nullable: null, tagged: null, default: false },
];

export const updateFeaturesRequestSchema: MessageSchema = {
  name: "UpdateFeaturesRequest",
  type: "request",
  apiKey: 57,
  validVersions: [0, 2],
  flexibleVersions: [0, 32767],
  fields: UpdateFeaturesRequestFields,
};

export function encodeUpdateFeaturesRequest(w: Writer, v: Input<UpdateFeaturesRequest>, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `UpdateFeaturesRequest version ${version} is not supported (valid: 0-2)`);
  }
  w.int32(v.timeoutMs ?? 60000);
  {
    const x = v.featureUpdates === undefined ? [] : v.featureUpdates;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `UpdateFeaturesRequest.featureUpdates cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `UpdateFeaturesRequest.featureUpdates has a null element`);
        encodeFeatureUpdateKey(w, e, version);
      }
    }
  }
  if (version >= 1) {
    w.bool(v.validateOnly ?? false);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeUpdateFeaturesRequest(r: Reader, version: number): UpdateFeaturesRequest {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `UpdateFeaturesRequest version ${version} is not supported (valid: 0-2)`);
  }
  const f_timeoutMs: number = r.int32();
  let f_featureUpdates: FeatureUpdateKey[];
  {
    const n = r.compactArrayLength(3);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `UpdateFeaturesRequest.featureUpdates is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<FeatureUpdateKey>(n);
      for (let i = 0; i < n; i++) a[i] = decodeFeatureUpdateKey(r, version);
      f_featureUpdates = a;
    }
  }
  let f_validateOnly: boolean;
  if (version >= 1) {
    f_validateOnly = r.bool();
  } else f_validateOnly = false;
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: UpdateFeaturesRequest = {
    timeoutMs: f_timeoutMs,
    featureUpdates: f_featureUpdates,
    validateOnly: f_validateOnly,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeFeatureUpdateKey(w: Writer, v: Input<FeatureUpdateKey>, version: number): void {
  {
    const x = v.feature === undefined ? "" : v.feature;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `FeatureUpdateKey.feature cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  w.int16(v.maxVersionLevel ?? 0);
  if (version <= 0) {
    w.bool(v.allowDowngrade ?? false);
  }
  if (version >= 1) {
    w.int8(v.upgradeType ?? 1);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeFeatureUpdateKey(r: Reader, version: number): FeatureUpdateKey {
  const f_feature: string = r.compactString();
  const f_maxVersionLevel: number = r.int16();
  let f_allowDowngrade: boolean;
  if (version <= 0) {
    f_allowDowngrade = r.bool();
  } else f_allowDowngrade = false;
  let f_upgradeType: number;
  if (version >= 1) {
    f_upgradeType = r.int8();
  } else f_upgradeType = 1;
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: FeatureUpdateKey = {
    feature: f_feature,
    maxVersionLevel: f_maxVersionLevel,
    allowDowngrade: f_allowDowngrade,
    upgradeType: f_upgradeType,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
