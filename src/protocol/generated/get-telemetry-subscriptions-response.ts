// Generated from GetTelemetrySubscriptionsResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** GetTelemetrySubscriptionsResponse (response, api key 71), versions 0, flexible 0+. */
export interface GetTelemetrySubscriptionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0) */
  errorCode: number;
  /** Assigned client instance id if ClientInstanceId was 0 in the request, else 0. (versions 0) */
  clientInstanceId: string;
  /** Unique identifier for the current subscription set for this client instance. (versions 0) */
  subscriptionId: number;
  /** Compression types that broker accepts for the PushTelemetryRequest. (versions 0) */
  acceptedCompressionTypes: number[];
  /** Configured push interval, which is the lowest configured interval in the current subscription set. (versions 0) */
  pushIntervalMs: number;
  /** The maximum bytes of binary data the broker accepts in PushTelemetryRequest. (versions 0) */
  telemetryMaxBytes: number;
  /** Flag to indicate monotonic/counter metrics are to be emitted as deltas or cumulative values. (versions 0) */
  deltaTemporality: boolean;
  /** Requested metrics prefix string match. Empty array: No metrics subscribed, Array[0] empty string: All metrics subscribed. (versions 0) */
  requestedMetrics: string[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const GetTelemetrySubscriptionsResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "clientInstanceId", type: "uuid", versions: [0, 0], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "subscriptionId", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "acceptedCompressionTypes", type: "[]int8", versions: [0, 0], nullable: null, tagged: null },
  { name: "pushIntervalMs", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "telemetryMaxBytes", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "deltaTemporality", type: "bool", versions: [0, 0], nullable: null, tagged: null, default: false },
  { name: "requestedMetrics", type: "[]string", versions: [0, 0], nullable: null, tagged: null },
];

export const getTelemetrySubscriptionsResponseSchema: MessageSchema = {
  name: "GetTelemetrySubscriptionsResponse",
  type: "response",
  apiKey: 71,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: GetTelemetrySubscriptionsResponseFields,
};

export function encodeGetTelemetrySubscriptionsResponse(w: Writer, v: Input<GetTelemetrySubscriptionsResponse>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `GetTelemetrySubscriptionsResponse version ${version} is not supported (valid: 0-0)`);
  }
  w.int32(v.throttleTimeMs ?? 0);
  w.int16(v.errorCode ?? 0);
  w.uuid(v.clientInstanceId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  w.int32(v.subscriptionId ?? 0);
  {
    const x = v.acceptedCompressionTypes === undefined ? [] : v.acceptedCompressionTypes;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `GetTelemetrySubscriptionsResponse.acceptedCompressionTypes cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `GetTelemetrySubscriptionsResponse.acceptedCompressionTypes has a null element`);
        w.int8(e);
      }
    }
  }
  w.int32(v.pushIntervalMs ?? 0);
  w.int32(v.telemetryMaxBytes ?? 0);
  w.bool(v.deltaTemporality ?? false);
  {
    const x = v.requestedMetrics === undefined ? [] : v.requestedMetrics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `GetTelemetrySubscriptionsResponse.requestedMetrics cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `GetTelemetrySubscriptionsResponse.requestedMetrics has a null element`);
        w.compactString(e);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeGetTelemetrySubscriptionsResponse(r: Reader, version: number): GetTelemetrySubscriptionsResponse {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `GetTelemetrySubscriptionsResponse version ${version} is not supported (valid: 0-0)`);
  }
  const f_throttleTimeMs: number = r.int32();
  const f_errorCode: number = r.int16();
  const f_clientInstanceId: string = r.uuid();
  const f_subscriptionId: number = r.int32();
  let f_acceptedCompressionTypes: number[];
  {
    const n = r.compactArrayLength(1);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `GetTelemetrySubscriptionsResponse.acceptedCompressionTypes is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<number>(n);
      for (let i = 0; i < n; i++) a[i] = r.int8();
      f_acceptedCompressionTypes = a;
    }
  }
  const f_pushIntervalMs: number = r.int32();
  const f_telemetryMaxBytes: number = r.int32();
  const f_deltaTemporality: boolean = r.bool();
  let f_requestedMetrics: string[];
  {
    const n = r.compactArrayLength(1);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `GetTelemetrySubscriptionsResponse.requestedMetrics is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<string>(n);
      for (let i = 0; i < n; i++) a[i] = r.compactString();
      f_requestedMetrics = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: GetTelemetrySubscriptionsResponse = {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    clientInstanceId: f_clientInstanceId,
    subscriptionId: f_subscriptionId,
    acceptedCompressionTypes: f_acceptedCompressionTypes,
    pushIntervalMs: f_pushIntervalMs,
    telemetryMaxBytes: f_telemetryMaxBytes,
    deltaTemporality: f_deltaTemporality,
    requestedMetrics: f_requestedMetrics,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
