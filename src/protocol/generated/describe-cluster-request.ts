// Generated from DescribeClusterRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * DescribeClusterRequest (request, api key 60), versions 0-2, flexible 0+.
 *
 * Version 1 adds EndpointType for KIP-919 support.
 * Version 2 adds IncludeFencedBrokers for KIP-1073 support.
 */
export interface DescribeClusterRequest {
  /** Whether to include cluster authorized operations. (versions 0-2) */
  includeClusterAuthorizedOperations: boolean;
  /** The endpoint type to describe. 1=brokers, 2=controllers. (versions 1-2, default 1) */
  endpointType: number;
  /** Whether to include fenced brokers when listing brokers. (versions 2) */
  includeFencedBrokers: boolean;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const DescribeClusterRequestFields: readonly FieldSchema[] = [
  { name: "includeClusterAuthorizedOperations", type: "bool", versions: [0, 2], nullable: null, tagged: null, default: false },
  { name: "endpointType", type: "int8", versions: [1, 2], nullable: null, tagged: null, default: 1 },
  { name: "includeFencedBrokers", type: "bool", versions: [2, 2], nullable: null, tagged: null, default: false },
];

export const describeClusterRequestSchema: MessageSchema = {
  name: "DescribeClusterRequest",
  type: "request",
  apiKey: 60,
  validVersions: [0, 2],
  flexibleVersions: [0, 32767],
  fields: DescribeClusterRequestFields,
};

export function encodeDescribeClusterRequest(w: Writer, v: Input<DescribeClusterRequest>, version: number): void {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeClusterRequest version ${version} is not supported (valid: 0-2)`);
  }
  w.bool(v.includeClusterAuthorizedOperations ?? false);
  if (version >= 1) {
    w.int8(v.endpointType ?? 1);
  }
  if (version >= 2) {
    w.bool(v.includeFencedBrokers ?? false);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeDescribeClusterRequest(r: Reader, version: number): DescribeClusterRequest {
  if (!(version >= 0 && version <= 2)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `DescribeClusterRequest version ${version} is not supported (valid: 0-2)`);
  }
  const f_includeClusterAuthorizedOperations: boolean = r.bool();
  let f_endpointType: number;
  if (version >= 1) {
    f_endpointType = r.int8();
  } else f_endpointType = 1;
  let f_includeFencedBrokers: boolean;
  if (version >= 2) {
    f_includeFencedBrokers = r.bool();
  } else f_includeFencedBrokers = false;
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: DescribeClusterRequest = {
    includeClusterAuthorizedOperations: f_includeClusterAuthorizedOperations,
    endpointType: f_endpointType,
    includeFencedBrokers: f_includeFencedBrokers,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
