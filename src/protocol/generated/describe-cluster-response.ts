// Generated from DescribeClusterResponse.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * DescribeClusterResponse (response, api key 60), versions 0-2, flexible 0+.
 *
 * Version 1 adds the EndpointType field, and makes MISMATCHED_ENDPOINT_TYPE and
 * UNSUPPORTED_ENDPOINT_TYPE valid top-level response error codes.
 * Version 2 adds IsFenced field to Brokers for KIP-1073 support.
 */
export interface DescribeClusterResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0-2) */
  throttleTimeMs: number;
  /** The top-level error code, or 0 if there was no error. (versions 0-2) */
  errorCode: number;
  /** The top-level error message, or null if there was no error. (versions 0-2, nullable 0-2, default null) */
  errorMessage: string | null;
  /** The endpoint type that was described. 1=brokers, 2=controllers. (versions 1-2, default 1) */
  endpointType: number;
  /** The cluster ID that responding broker belongs to. (versions 0-2) */
  clusterId: string;
  /** The ID of the controller. When handled by a controller, returns the current voter leader ID. When handled by a broker, returns a random alive broker ID as a fallback. (versions 0-2, default -1, entity brokerId) */
  controllerId: number;
  /** Each broker in the response. (versions 0-2) */
  brokers: DescribeClusterBroker[];
  /** 32-bit bitfield to represent authorized operations for this cluster. (versions 0-2, default -2147483648) */
  clusterAuthorizedOperations: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface DescribeClusterBroker {
  /** The broker ID. (versions 0-2, entity brokerId, map key) */
  brokerId: number;
  /** The broker hostname. (versions 0-2) */
  host: string;
  /** The broker port. (versions 0-2) */
  port: number;
  /** The rack of the broker, or null if it has not been assigned to a rack. (versions 0-2, nullable 0-2, default null) */
  rack: string | null;
  /** Whether the broker is fenced (versions 2) */
  isFenced: boolean;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const DescribeClusterBrokerFields: readonly FieldSchema[] = [
  { name: "brokerId", type: "int32", versions: [0, 2], nullable: null, tagged: null, default: 0, entityType: "brokerId", mapKey: true },
  { name: "host", type: "string", versions: [0, 2], nullable: null, tagged: null, default: "" },
  { name: "port", type: "int32", versions: [0, 2], nullable: null, tagged: null, default: 0 },
  { name: "rack", type: "string", versions: [0, 2], nullable: [0, 2], tagged: null, default: null },
  { name: "isFenced", type: "bool", versions: [2, 2], nullable: null, tagged: null, default: false },
];
const DescribeClusterResponseFields: readonly FieldSchema[] = [
  { name: "throttleTimeMs", type: "int32", versions: [0, 2], nullable: null, tagged: null, default: 0 },
  { name: "errorCode", type: "int16", versions: [0, 2], nullable: null, tagged: null, default: 0 },
  { name: "errorMessage", type: "string", versions: [0, 2], nullable: [0, 2], tagged: null, default: null },
  { name: "endpointType", type: "int8", versions: [1, 2], nullable: null, tagged: null, default: 1 },
  { name: "clusterId", type: "string", versions: [0, 2], nullable: null, tagged: null, default: "" },
  { name: "controllerId", type: "int32", versions: [0, 2], nullable: null, tagged: null, default: -1, entityType: "brokerId" },
  { name: "brokers", type: "[]DescribeClusterBroker", versions: [0, 2], nullable: null, tagged: null, fields: DescribeClusterBrokerFields },
  { name: "clusterAuthorizedOperations", type: "int32", versions: [0, 2], nullable: null, tagged: null, default: -2147483648 },
];

export const describeClusterResponseSchema: MessageSchema = {
  name: "DescribeClusterResponse",
  type: "response",
  apiKey: 60,
  validVersions: [0, 2],
  flexibleVersions: [0, 32767],
  fields: DescribeClusterResponseFields,
};

export function encodeDescribeClusterResponse(w: Writer, v: Input<DescribeClusterResponse>, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeClusterResponse version ${version} is not supported (valid: 0-2)`);
  }
  w.int32(v.throttleTimeMs ?? 0);
  w.int16(v.errorCode ?? 0);
  {
    const x = v.errorMessage === undefined ? null : v.errorMessage;
    w.compactNullableString(x);
  }
  if (version >= 1) {
    w.int8(v.endpointType ?? 1);
  }
  {
    const x = v.clusterId === undefined ? "" : v.clusterId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeClusterResponse.clusterId cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  w.int32(v.controllerId ?? -1);
  {
    const x = v.brokers === undefined ? [] : v.brokers;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeClusterResponse.brokers cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `DescribeClusterResponse.brokers has a null element`);
        encodeDescribeClusterBroker(w, e, version);
      }
    }
  }
  w.int32(v.clusterAuthorizedOperations ?? -2147483648);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeDescribeClusterResponse(r: Reader, version: number): DescribeClusterResponse {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeClusterResponse version ${version} is not supported (valid: 0-2)`);
  }
  const f_throttleTimeMs: number = r.int32();
  const f_errorCode: number = r.int16();
  const f_errorMessage: string | null = r.compactNullableString();
  let f_endpointType: number;
  if (version >= 1) {
    f_endpointType = r.int8();
  } else f_endpointType = 1;
  const f_clusterId: string = r.compactString();
  const f_controllerId: number = r.int32();
  let f_brokers: DescribeClusterBroker[];
  {
    const n = r.compactArrayLength(10);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `DescribeClusterResponse.brokers is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<DescribeClusterBroker>(n);
      for (let i = 0; i < n; i++) a[i] = decodeDescribeClusterBroker(r, version);
      f_brokers = a;
    }
  }
  const f_clusterAuthorizedOperations: number = r.int32();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: DescribeClusterResponse = {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    endpointType: f_endpointType,
    clusterId: f_clusterId,
    controllerId: f_controllerId,
    brokers: f_brokers,
    clusterAuthorizedOperations: f_clusterAuthorizedOperations,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeDescribeClusterBroker(w: Writer, v: Input<DescribeClusterBroker>, version: number): void {
  w.int32(v.brokerId ?? 0);
  {
    const x = v.host === undefined ? "" : v.host;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `DescribeClusterBroker.host cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  w.int32(v.port ?? 0);
  {
    const x = v.rack === undefined ? null : v.rack;
    w.compactNullableString(x);
  }
  if (version >= 2) {
    w.bool(v.isFenced ?? false);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeDescribeClusterBroker(r: Reader, version: number): DescribeClusterBroker {
  const f_brokerId: number = r.int32();
  const f_host: string = r.compactString();
  const f_port: number = r.int32();
  const f_rack: string | null = r.compactNullableString();
  let f_isFenced: boolean;
  if (version >= 2) {
    f_isFenced = r.bool();
  } else f_isFenced = false;
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: DescribeClusterBroker = {
    brokerId: f_brokerId,
    host: f_host,
    port: f_port,
    rack: f_rack,
    isFenced: f_isFenced,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
