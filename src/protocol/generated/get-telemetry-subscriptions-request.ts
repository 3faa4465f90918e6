// Generated from GetTelemetrySubscriptionsRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** GetTelemetrySubscriptionsRequest (request, api key 71), versions 0, flexible 0+. */
export interface GetTelemetrySubscriptionsRequest {
  /** Unique id for this client instance, must be set to 0 on the first request. (versions 0) */
  clientInstanceId: string;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const GetTelemetrySubscriptionsRequestFields: readonly FieldSchema[] = [
  { name: "clientInstanceId", type: "uuid", versions: [0, 0], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
];

export const getTelemetrySubscriptionsRequestSchema: MessageSchema = {
  name: "GetTelemetrySubscriptionsRequest",
  type: "request",
  apiKey: 71,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: GetTelemetrySubscriptionsRequestFields,
};

export function encodeGetTelemetrySubscriptionsRequest(w: Writer, v: Input<GetTelemetrySubscriptionsRequest>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `GetTelemetrySubscriptionsRequest version ${version} is not supported (valid: 0-0)`);
  }
  w.uuid(v.clientInstanceId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeGetTelemetrySubscriptionsRequest(r: Reader, version: number): GetTelemetrySubscriptionsRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `GetTelemetrySubscriptionsRequest version ${version} is not supported (valid: 0-0)`);
  }
  const f_clientInstanceId: string = r.uuid();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: GetTelemetrySubscriptionsRequest = {
    clientInstanceId: f_clientInstanceId,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
