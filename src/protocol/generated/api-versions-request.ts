// Generated from ApiVersionsRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ApiVersionsRequest (request, api key 18), versions 0-5, flexible 3+.
 *
 * Versions 0 through 2 of ApiVersionsRequest are the same.
 *
 * Version 3 is the first flexible version and adds ClientSoftwareName and ClientSoftwareVersion.
 *
 * Version 4 fixes KAFKA-17011, which blocked SupportedFeatures.MinVersion in the response from being 0.
 *
 * Version 5 introduces ClusterId and NodeId checking and REBOOTSTRAP_REQUIRED error (KIP-1242).
 */
export interface ApiVersionsRequest {
  /** The name of the client. (versions 3-5) */
  clientSoftwareName: string;
  /** The version of the client. (versions 3-5) */
  clientSoftwareVersion: string;
  /** The cluster ID the client intends to connect to. Provide both ClusterId and NodeId, if known. (versions 5, nullable 5, default null) */
  clusterId: string | null;
  /** The node ID the client intends to connect to. Provide both ClusterId and NodeId, if known. (versions 5, default -1) */
  nodeId: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const ApiVersionsRequestFields: readonly FieldSchema[] = [
  { name: "clientSoftwareName", type: "string", versions: [3, 5], nullable: null, tagged: null, default: "" },
  { name: "clientSoftwareVersion", type: "string", versions: [3, 5], nullable: null, tagged: null, default: "" },
  { name: "clusterId", type: "string", versions: [5, 5], nullable: [5, 5], tagged: null, default: null },
  { name: "nodeId", type: "int32", versions: [5, 5], nullable: null, tagged: null, default: -1 },
];

export const apiVersionsRequestSchema: MessageSchema = {
  name: "ApiVersionsRequest",
  type: "request",
  apiKey: 18,
  validVersions: [0, 5],
  flexibleVersions: [3, 32767],
  fields: ApiVersionsRequestFields,
};

export function encodeApiVersionsRequest(w: Writer, v: Input<ApiVersionsRequest>, version: number): void {
  if (!(version >= 0 && version <= 5)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ApiVersionsRequest version ${version} is not supported (valid: 0-5)`);
  }
  const flexible = version >= 3;
  if (version >= 3) {
    {
      const x = v.clientSoftwareName === undefined ? "" : v.clientSoftwareName;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `ApiVersionsRequest.clientSoftwareName cannot be null in version ${version}`);
      w.compactNullableString(x);
    }
  }
  if (version >= 3) {
    {
      const x = v.clientSoftwareVersion === undefined ? "" : v.clientSoftwareVersion;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `ApiVersionsRequest.clientSoftwareVersion cannot be null in version ${version}`);
      w.compactNullableString(x);
    }
  }
  if (version >= 5) {
    {
      const x = v.clusterId === undefined ? null : v.clusterId;
      w.compactNullableString(x);
    }
  }
  if (version >= 5) {
    w.int32(v.nodeId ?? -1);
  }
  if (flexible) {
    writeTaggedFields(w, undefined, v._unknownTaggedFields);
  }
}

export function decodeApiVersionsRequest(r: Reader, version: number): ApiVersionsRequest {
  if (!(version >= 0 && version <= 5)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ApiVersionsRequest version ${version} is not supported (valid: 0-5)`);
  }
  const flexible = version >= 3;
  let f_clientSoftwareName: string;
  if (version >= 3) {
    f_clientSoftwareName = r.compactString();
  } else f_clientSoftwareName = "";
  let f_clientSoftwareVersion: string;
  if (version >= 3) {
    f_clientSoftwareVersion = r.compactString();
  } else f_clientSoftwareVersion = "";
  let f_clusterId: string | null;
  if (version >= 5) {
    f_clusterId = r.compactNullableString();
  } else f_clusterId = null;
  let f_nodeId: number;
  if (version >= 5) {
    f_nodeId = r.int32();
  } else f_nodeId = -1;
  let unknownTags: TaggedField[] | undefined;
  if (flexible) {
    unknownTags = readUnknownTaggedFields(r);
  }
  const out: ApiVersionsRequest = {
    clientSoftwareName: f_clientSoftwareName,
    clientSoftwareVersion: f_clientSoftwareVersion,
    clusterId: f_clusterId,
    nodeId: f_nodeId,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
