// Generated from ListClientMetricsResourcesRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** ListClientMetricsResourcesRequest (request, api key 74), versions 0, flexible 0+. */
export interface ListClientMetricsResourcesRequest {
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const ListClientMetricsResourcesRequestFields: readonly FieldSchema[] = [
];

export const listClientMetricsResourcesRequestSchema: MessageSchema = {
  name: "ListClientMetricsResourcesRequest",
  type: "request",
  apiKey: 74,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: ListClientMetricsResourcesRequestFields,
};

export function encodeListClientMetricsResourcesRequest(w: Writer, v: Input<ListClientMetricsResourcesRequest>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ListClientMetricsResourcesRequest version ${version} is not supported (valid: 0-0)`);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeListClientMetricsResourcesRequest(r: Reader, version: number): ListClientMetricsResourcesRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ListClientMetricsResourcesRequest version ${version} is not supported (valid: 0-0)`);
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: ListClientMetricsResourcesRequest = {};
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
