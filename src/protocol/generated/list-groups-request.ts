// Generated from ListGroupsRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ListGroupsRequest (request, api key 16), versions 0-5, flexible 3+.
 *
 * Version 1 and 2 are the same as version 0.
 *
 * Version 3 is the first flexible version.
 *
 * Version 4 adds the StatesFilter field (KIP-518).
 *
 * Version 5 adds the TypesFilter field (KIP-848).
 */
export interface ListGroupsRequest {
  /** The states of the groups we want to list. If empty, all groups are returned with their state. (versions 4-5) */
  statesFilter: string[];
  /** The types of the groups we want to list. If empty, all groups are returned with their type. (versions 5) */
  typesFilter: string[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const ListGroupsRequestFields: readonly FieldSchema[] = [
  { name: "statesFilter", type: "[]string", versions: [4, 5], nullable: null, tagged: null },
  { name: "typesFilter", type: "[]string", versions: [5, 5], nullable: null, tagged: null },
];

export const listGroupsRequestSchema: MessageSchema = {
  name: "ListGroupsRequest",
  type: "request",
  apiKey: 16,
  validVersions: [0, 5],
  flexibleVersions: [3, 32767],
  fields: ListGroupsRequestFields,
};

export function encodeListGroupsRequest(w: Writer, v: Input<ListGroupsRequest>, version: number): void {
  if (!(version >= 0 && version <= 5)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ListGroupsRequest version ${version} is not supported (valid: 0-5)`);
  }
  const flexible = version >= 3;
  if (version >= 4) {
    {
      const x = v.statesFilter === undefined ? [] : v.statesFilter;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `ListGroupsRequest.statesFilter cannot be null in version ${version}`);
      {
        w.uvarint(x.length + 1);
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `ListGroupsRequest.statesFilter has a null element`);
          w.compactString(e);
        }
      }
    }
  }
  if (version >= 5) {
    {
      const x = v.typesFilter === undefined ? [] : v.typesFilter;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `ListGroupsRequest.typesFilter cannot be null in version ${version}`);
      {
        w.uvarint(x.length + 1);
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `ListGroupsRequest.typesFilter has a null element`);
          w.compactString(e);
        }
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeListGroupsRequest(r: Reader, version: number): ListGroupsRequest {
  if (!(version >= 0 && version <= 5)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ListGroupsRequest version ${version} is not supported (valid: 0-5)`);
  }
  const flexible = version >= 3;
  let f_statesFilter: string[];
  if (version >= 4) {
    {
      const n = r.compactArrayLength(1);
      if (n === null) {
        throw new ProtocolError('NEGATIVE_LENGTH', `ListGroupsRequest.statesFilter is null, not allowed in version ${version}`);
      }
      else {
        const a = new Array<string>(n);
        for (let i = 0; i < n; i++) a[i] = r.compactString();
        f_statesFilter = a;
      }
    }
  } else f_statesFilter = [];
  let f_typesFilter: string[];
  if (version >= 5) {
    {
      const n = r.compactArrayLength(1);
      if (n === null) {
        throw new ProtocolError('NEGATIVE_LENGTH', `ListGroupsRequest.typesFilter is null, not allowed in version ${version}`);
      }
      else {
        const a = new Array<string>(n);
        for (let i = 0; i < n; i++) a[i] = r.compactString();
        f_typesFilter = a;
      }
    }
  } else f_typesFilter = [];
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: ListGroupsRequest = {
    statesFilter: f_statesFilter,
    typesFilter: f_typesFilter,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
