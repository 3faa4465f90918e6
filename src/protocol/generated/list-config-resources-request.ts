// Generated from ListConfigResourcesRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ListConfigResourcesRequest (request, api key 74), versions 0-1, flexible 0+.
 *
 * Version 0 is used as ListClientMetricsResourcesRequest which only lists client metrics resources.
 * Version 1 adds ResourceTypes field (KIP-1142). If there is no specified ResourceTypes, it should return all configuration resources.
 */
export interface ListConfigResourcesRequest {
  /** The list of resource type. If the list is empty, it uses default supported config resource types. (versions 1) */
  resourceTypes: number[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const ListConfigResourcesRequestFields: readonly FieldSchema[] = [
  { name: "resourceTypes", type: "[]int8", versions: [1, 1], nullable: null, tagged: null },
];

export const listConfigResourcesRequestSchema: MessageSchema = {
  name: "ListConfigResourcesRequest",
  type: "request",
  apiKey: 74,
  validVersions: [0, 1],
  flexibleVersions: [0, 32767],
  fields: ListConfigResourcesRequestFields,
};

export function encodeListConfigResourcesRequest(w: Writer, v: Input<ListConfigResourcesRequest>, version: number): void {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ListConfigResourcesRequest version ${version} is not supported (valid: 0-1)`);
  }
  if (version >= 1) {
    {
      const x = v.resourceTypes === undefined ? [] : v.resourceTypes;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `ListConfigResourcesRequest.resourceTypes cannot be null in version ${version}`);
      {
        w.uvarint(x.length + 1);
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `ListConfigResourcesRequest.resourceTypes has a null element`);
          w.int8(e);
        }
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeListConfigResourcesRequest(r: Reader, version: number): ListConfigResourcesRequest {
  if (!(version >= 0 && version <= 1)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ListConfigResourcesRequest version ${version} is not supported (valid: 0-1)`);
  }
  let f_resourceTypes: number[];
  if (version >= 1) {
    {
      const n = r.compactArrayLength(1);
      if (n === null) {
        throw new ProtocolError('NEGATIVE_LENGTH', `ListConfigResourcesRequest.resourceTypes is null, not allowed in version ${version}`);
      }
      else {
        const a = new Array<number>(n);
        for (let i = 0; i < n; i++) a[i] = r.int8();
        f_resourceTypes = a;
      }
    }
  } else f_resourceTypes = [];
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: ListConfigResourcesRequest = {
    resourceTypes: f_resourceTypes,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
