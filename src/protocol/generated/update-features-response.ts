// Generated from UpdateFeaturesResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** UpdateFeaturesResponse (response, api key 57), versions 0-2, flexible 0+. */
export interface UpdateFeaturesResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-2) */
  throttleTimeMs: number;
  /** The top-level error code, or `0` if there was no top-level error. (versions 0-2) */
  errorCode: number;
  /** The top-level error message, or `null` if there was no top-level error. (versions 0-2, nullable 0-2) */
  errorMessage: string | null;
  /** Results for each feature update. (versions 0-1) */
  results: UpdatableFeatureResult[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface UpdatableFeatureResult {
  /** The name of the finalized feature. (versions 0-2, map key) */
  feature: string;
  /** The feature update error code or `0` if the feature update succeeded. (versions 0-2) */
  errorCode: number;
  /** The feature update error, or `null` if the feature update succeeded. (versions 0-2, nullable 0-2) */
  errorMessage: string | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const UpdatableFeatureResultFields: readonly FieldSchema[] = [
  { name: "feature", type: "string", versions: [0, 2], nullable: null, tagged: null, default: "", mapKey: true },
  { name: "errorCode", type: "int16", versions: [0, 2], nullable: null, tagged: null, default: 0 },
  { name: "errorMessage", type: "string", versions: [0, 2], nullable: [0, 2], tagged: null, default: "" },
];
const UpdateFeaturesResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 2], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 2], nullable: null, tagged: null, default: 0 },
  { name: "errorMessage", type: "string", versions: [0, 2], nullable: [0, 2], tagged: null, default: "" },
  { name: "results", type: "[]UpdatableFeatureResult", versions: [0, 1], nullable: null, tagged: null, fields: UpdatableFeatureResultFields },
];

export const updateFeaturesResponseSchema: MessageSchema = {
  name: "UpdateFeaturesResponse",
  type: "response",
  apiKey: 57,
  validVersions: [0, 2],
  flexibleVersions: [0, 32767],
  fields: UpdateFeaturesResponseFields,
};

export function encodeUpdateFeaturesResponse(w: Writer, v: Input<UpdateFeaturesResponse>, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `UpdateFeaturesResponse version ${version} is not supported (valid: 0-2)`);
  }
  w.int32(v.throttleTimeMs ?? 0);
  w.int16(v.errorCode ?? 0);
  {
    const x = v.errorMessage === undefined ? "" : v.errorMessage;
    w.compactNullableString(x);
  }
  if (version <= 1) {
    {
      const x = v.results === undefined ? [] : v.results;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `UpdateFeaturesResponse.results cannot be null in version ${version}`);
      {
        w.uvarint(x.length + 1);
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `UpdateFeaturesResponse.results has a null element`);
          encodeUpdatableFeatureResult(w, e, version);
        }
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeUpdateFeaturesResponse(r: Reader, version: number): UpdateFeaturesResponse {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `UpdateFeaturesResponse version ${version} is not supported (valid: 0-2)`);
  }
  const f_throttleTimeMs: number = r.int32();
  const f_errorCode: number = r.int16();
  const f_errorMessage: string | null = r.compactNullableString();
  let f_results: UpdatableFeatureResult[];
  if (version <= 1) {
    {
      const n = r.compactArrayLength(4);
      if (n === null) {
        throw new ProtocolError('NEGATIVE_LENGTH', `UpdateFeaturesResponse.results is null, not allowed in version ${version}`);
      }
      else {
        const a = new Array<UpdatableFeatureResult>(n);
        for (let i = 0; i < n; i++) a[i] = decodeUpdatableFeatureResult(r, version);
        f_results = a;
      }
    }
  } else f_results = [];
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: UpdateFeaturesResponse = {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    results: f_results,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeUpdatableFeatureResult(w: Writer, v: Input<UpdatableFeatureResult>, version: number): void {
  {
    const x = v.feature === undefined ? "" : v.feature;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `UpdatableFeatureResult.feature cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  w.int16(v.errorCode ?? 0);
  {
    const x = v.errorMessage === undefined ? "" : v.errorMessage;
    w.compactNullableString(x);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeUpdatableFeatureResult(r: Reader, version: number): UpdatableFeatureResult {
  const f_feature: string = r.compactString();
  const f_errorCode: number = r.int16();
  const f_errorMessage: string | null = r.compactNullableString();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: UpdatableFeatureResult = {
    feature: f_feature,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
