// Generated from FindCoordinatorResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * FindCoordinatorResponse (response, api key 10), versions 0-6, flexible 3+.
 *
 * Version 1 adds throttle time and error messages.
 *
 * Starting in version 2, on quota violation, brokers send out responses before throttling.
 *
 * Version 3 is the first flexible version.
 *
 * Version 4 adds support for batching via Coordinators (KIP-699)
 *
 * Version 5 adds support for new error code TRANSACTION_ABORTABLE (KIP-890).
 *
 * Version 6 adds support for share groups (KIP-932).
 */
export interface FindCoordinatorResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1-6) */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. (versions 0-3) */
  errorCode: number;
  /** The error message, or null if there was no error. (versions 1-3, nullable 1-3) */
  errorMessage: string | null;
  /** The node id. (versions 0-3, entity brokerId) */
  nodeId: number;
  /** The host name. (versions 0-3) */
  host: string;
  /** The port. (versions 0-3) */
  port: number;
  /** Each coordinator result in the response. (versions 4-6) */
  coordinators: Coordinator[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface Coordinator {
  /** The coordinator key. (versions 4-6) */
  key: string;
  /** The node id. (versions 4-6, entity brokerId) */
  nodeId: number;
  /** The host name. (versions 4-6) */
  host: string;
  /** The port. (versions 4-6) */
  port: number;
  /** The error code, or 0 if there was no error. (versions 4-6) */
  errorCode: number;
  /** The error message, or null if there was no error. (versions 4-6, nullable 4-6) */
  errorMessage: string | null;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const CoordinatorFields: readonly FieldSchema[] = [
  { name: "key", type: "string", versions: [4, 6], nullable: null, tagged: null, default: "" },
  { name: "nodeId", type: "int32", versions: [4, 6], nullable: null, tagged: null, default: 0, entityType: "brokerId" },
  { name: "host", type: "string", versions: [4, 6], nullable: null, tagged: null, default: "" },
  { name: "port", type: "int32", versions: [4, 6], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [4, 6], nullable: null, tagged: null, default: 0 },
  { name: "errorMessage", type: "string", versions: [4, 6], nullable: [4, 6], tagged: null, default: "" },
];
const FindCoordinatorResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [1, 6], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 3], nullable: null, tagged: null, default: 0 },
  { name: "errorMessage", type: "string", versions: [1, 3], nullable: [1, 3], tagged: null, default: "" },
  { name: "nodeId", type: "int32", versions: [0, 3], nullable: null, tagged: null, default: 0, entityType: "brokerId" },
  { name: "host", type: "string", versions: [0, 3], nullable: null, tagged: null, default: "" },
  { name: "port", type: "int32", versions: [0, 3], nullable: null, tagged: null, default: 0 },
  { name: "coordinators", type: "[]Coordinator", versions: [4, 6], nullable: null, tagged: null, fields: CoordinatorFields },
];

export const findCoordinatorResponseSchema: MessageSchema = {
  name: "FindCoordinatorResponse",
  type: "response",
  apiKey: 10,
  validVersions: [0, 6],
  flexibleVersions: [3, 32767],
  fields: FindCoordinatorResponseFields,
};

export function encodeFindCoordinatorResponse(w: Writer, v: Input<FindCoordinatorResponse>, version: number): void {
  if (!(version >= 0 && version <= 6)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `FindCoordinatorResponse version ${version} is not supported (valid: 0-6)`);
  }
  const flexible = version >= 3;
  if (version >= 1) {
    w.int32(v.throttleTimeMs ?? 0);
  }
  if (version <= 3) {
    w.int16(v.errorCode ?? 0);
  }
  if (version >= 1 && version <= 3) {
    {
      const x = v.errorMessage === undefined ? "" : v.errorMessage;
      (flexible ? w.compactNullableString(x) : w.nullableString(x));
    }
  }
  if (version <= 3) {
    w.int32(v.nodeId ?? 0);
  }
  if (version <= 3) {
    {
      const x = v.host === undefined ? "" : v.host;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `FindCoordinatorResponse.host cannot be null in version ${version}`);
      (flexible ? w.compactNullableString(x) : w.nullableString(x));
    }
  }
  if (version <= 3) {
    w.int32(v.port ?? 0);
  }
  if (version >= 4) {
    {
      const x = v.coordinators === undefined ? [] : v.coordinators;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `FindCoordinatorResponse.coordinators cannot be null in version ${version}`);
      {
        w.uvarint(x.length + 1);
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `FindCoordinatorResponse.coordinators has a null element`);
          encodeCoordinator(w, e, version);
        }
      }
    }
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeFindCoordinatorResponse(r: Reader, version: number): FindCoordinatorResponse {
  if (!(version >= 0 && version <= 6)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `FindCoordinatorResponse version ${version} is not supported (valid: 0-6)`);
  }
  const flexible = version >= 3;
  let f_throttleTimeMs: number;
  if (version >= 1) {
    f_throttleTimeMs = r.int32();
  } else f_throttleTimeMs = 0;
  let f_errorCode: number;
  if (version <= 3) {
    f_errorCode = r.int16();
  } else f_errorCode = 0;
  let f_errorMessage: string | null;
  if (version >= 1 && version <= 3) {
    f_errorMessage = (flexible ? r.compactNullableString() : r.nullableString());
  } else f_errorMessage = "";
  let f_nodeId: number;
  if (version <= 3) {
    f_nodeId = r.int32();
  } else f_nodeId = 0;
  let f_host: string;
  if (version <= 3) {
    f_host = (flexible ? r.compactString() : r.string());
  } else f_host = "";
  let f_port: number;
  if (version <= 3) {
    f_port = r.int32();
  } else f_port = 0;
  let f_coordinators: Coordinator[];
  if (version >= 4) {
    {
      const n = r.compactArrayLength(13);
      if (n === null) {
        throw new ProtocolError('NEGATIVE_LENGTH', `FindCoordinatorResponse.coordinators is null, not allowed in version ${version}`);
      }
      else {
        const a = new Array<Coordinator>(n);
        for (let i = 0; i < n; i++) a[i] = decodeCoordinator(r, version);
        f_coordinators = a;
      }
    }
  } else f_coordinators = [];
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: FindCoordinatorResponse = {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    nodeId: f_nodeId,
    host: f_host,
    port: f_port,
    coordinators: f_coordinators,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeCoordinator(w: Writer, v: Input<Coordinator>, version: number): void {
  {
    const x = v.key === undefined ? "" : v.key;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `Coordinator.key cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  w.int32(v.nodeId ?? 0);
  {
    const x = v.host === undefined ? "" : v.host;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `Coordinator.host cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  w.int32(v.port ?? 0);
  w.int16(v.errorCode ?? 0);
  {
    const x = v.errorMessage === undefined ? "" : v.errorMessage;
    w.compactNullableString(x);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeCoordinator(r: Reader, version: number): Coordinator {
  const f_key: string = r.compactString();
  const f_nodeId: number = r.int32();
  const f_host: string = r.compactString();
  const f_port: number = r.int32();
  const f_errorCode: number = r.int16();
  const f_errorMessage: string | null = r.compactNullableString();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: Coordinator = {
    key: f_key,
    nodeId: f_nodeId,
    host: f_host,
    port: f_port,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
