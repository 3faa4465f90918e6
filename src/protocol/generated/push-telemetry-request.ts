// Generated from PushTelemetryRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** PushTelemetryRequest (request, api key 72), versions 0, flexible 0+. */
export interface PushTelemetryRequest {
  /** Unique id for this client instance. (versions 0) */
  clientInstanceId: string;
  /** Unique identifier for the current subscription. (versions 0) */
  subscriptionId: number;
  /** Client is terminating the connection. (versions 0) */
  terminating: boolean;
  /** Compression codec used to compress the metrics. (versions 0) */
  compressionType: number;
  /** Metrics encoded in OpenTelemetry MetricsData v1 protobuf format. (versions 0) */
  metrics: Buffer;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const PushTelemetryRequestFields: readonly FieldSchema[] = [
  { name: "clientInstanceId", type: "uuid", versions: [0, 0], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "subscriptionId", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "terminating", type: "bool", versions: [0, 0], nullable: null, tagged: null, default: false },
  { name: "compressionType", type: "int8", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "metrics", type: "bytes", versions: [0, 0], nullable: null, tagged: null },
];

export const pushTelemetryRequestSchema: MessageSchema = {
  name: "PushTelemetryRequest",
  type: "request",
  apiKey: 72,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: PushTelemetryRequestFields,
};

export function encodePushTelemetryRequest(w: Writer, v: Input<PushTelemetryRequest>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `PushTelemetryRequest version ${version} is not supported (valid: 0-0)`);
  }
  w.uuid(v.clientInstanceId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  w.int32(v.subscriptionId ?? 0);
  w.bool(v.terminating ?? false);
  w.int8(v.compressionType ?? 0);
  {
    const x = v.metrics === undefined ? EMPTY_BYTES : v.metrics;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `PushTelemetryRequest.metrics cannot be null in version ${version}`);
    w.compactNullableBytes(x);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodePushTelemetryRequest(r: Reader, version: number): PushTelemetryRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `PushTelemetryRequest version ${version} is not supported (valid: 0-0)`);
  }
  const f_clientInstanceId: string = r.uuid();
  const f_subscriptionId: number = r.int32();
  const f_terminating: boolean = r.bool();
  const f_compressionType: number = r.int8();
  const f_metrics: Buffer = r.compactBytes();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: PushTelemetryRequest = {
    clientInstanceId: f_clientInstanceId,
    subscriptionId: f_subscriptionId,
    terminating: f_terminating,
    compressionType: f_compressionType,
    metrics: f_metrics,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
