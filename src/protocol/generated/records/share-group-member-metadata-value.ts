// Generated from ShareGroupMemberMetadataValue.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * ShareGroupMemberMetadataValue (data), versions 0, flexible 0+.
 *
 * KIP-932 is in development. This schema is subject to non-backwards-compatible changes.
 */
export interface ShareGroupMemberMetadataValue {
  /** The (optional) rack id. (versions 0, nullable 0) */
  rackId: string | null;
  /** The client id. (versions 0) */
  clientId: string;
  /** The client host. (versions 0) */
  clientHost: string;
  /** The list of subscribed topic names. (versions 0) */
  subscribedTopicNames: string[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const ShareGroupMemberMetadataValueFields: readonly FieldSchema[] = [
  { name: "rackId", type: "string", versions: [0, 0], nullable: [0, 0], tagged: null, default: "" },
  { name: "clientId", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
  { name: "clientHost", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
  { name: "subscribedTopicNames", type: "[]string", versions: [0, 0], nullable: null, tagged: null },
];

export const shareGroupMemberMetadataValueSchema: MessageSchema = {
  name: "ShareGroupMemberMetadataValue",
  type: "data",
  apiKey: null,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: ShareGroupMemberMetadataValueFields,
};

export function encodeShareGroupMemberMetadataValue(w: Writer, v: Input<ShareGroupMemberMetadataValue>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ShareGroupMemberMetadataValue version ${version} is not supported (valid: 0-0)`);
  }
  {
    const x = v.rackId === undefined ? "" : v.rackId;
    w.compactNullableString(x);
  }
  {
    const x = v.clientId === undefined ? "" : v.clientId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ShareGroupMemberMetadataValue.clientId cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.clientHost === undefined ? "" : v.clientHost;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ShareGroupMemberMetadataValue.clientHost cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.subscribedTopicNames === undefined ? [] : v.subscribedTopicNames;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ShareGroupMemberMetadataValue.subscribedTopicNames cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ShareGroupMemberMetadataValue.subscribedTopicNames has a null element`);
        w.compactString(e);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeShareGroupMemberMetadataValue(r: Reader, version: number): ShareGroupMemberMetadataValue {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ShareGroupMemberMetadataValue version ${version} is not supported (valid: 0-0)`);
  }
  const f_rackId: string | null = r.compactNullableString();
  const f_clientId: string = r.compactString();
  const f_clientHost: string = r.compactString();
  let f_subscribedTopicNames: string[];
  {
    const n = r.compactArrayLength(1);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ShareGroupMemberMetadataValue.subscribedTopicNames is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<string>(n);
      for (let i = 0; i < n; i++) a[i] = r.compactString();
      f_subscribedTopicNames = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: ShareGroupMemberMetadataValue = {
    rackId: f_rackId,
    clientId: f_clientId,
    clientHost: f_clientHost,
    subscribedTopicNames: f_subscribedTopicNames,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
