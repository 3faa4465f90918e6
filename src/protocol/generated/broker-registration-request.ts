// Generated from BrokerRegistrationRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/**
 * BrokerRegistrationRequest (request, api key 62), versions 0-4, flexible 0+.
 *
 * Version 1 adds Zk broker epoch to the request if the broker is migrating from Zk mode to KRaft mode.
 * Version 2 adds LogDirs for KIP-858
 * Version 3 adds the PreviousBrokerEpoch for the KIP-966
 * Version 4 fixes KAFKA-17011, which blocked SupportedFeatures.MinVersion in the response from being 0.
 */
export interface BrokerRegistrationRequest {
  /** The broker ID. (versions 0-4, entity brokerId) */
  brokerId: number;
  /** The cluster id of the broker process. (versions 0-4) */
  clusterId: string;
  /** The incarnation id of the broker process. (versions 0-4) */
  incarnationId: string;
  /** The listeners of this broker. (versions 0-4) */
  listeners: Listener[];
  /** The features on this broker. Note: in v0-v3, features with MinSupportedVersion = 0 are omitted. (versions 0-4) */
  features: Feature[];
  /** The rack which this broker is in. (versions 0-4, nullable 0-4) */
  rack: string | null;
  /** If the required configurations for ZK migration are present, this value is set to true. (versions 1-4, default false) */
  isMigratingZkBroker: boolean;
  /** Log directories configured in this broker which are available. (versions 2-4) */
  logDirs: string[];
  /** The epoch before a clean shutdown. (versions 3-4, default -1) */
  previousBrokerEpoch: bigint;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface Listener {
  /** The name of the endpoint. (versions 0-4, map key) */
  name: string;
  /** The hostname. (versions 0-4) */
  host: string;
  /** The port. (versions 0-4) */
  port: number;
  /** The security protocol. (versions 0-4) */
  securityProtocol: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface Feature {
  /** The feature name. (versions 0-4, map key) */
  name: string;
  /** The minimum supported feature level. (versions 0-4) */
  minSupportedVersion: number;
  /** The maximum supported feature level. (versions 0-4) */
  maxSupportedVersion: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const ListenerFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 4], nullable: null, tagged: null, default: "", mapKey: true },
  { name: "host", type: "string", versions: [0, 4], nullable: null, tagged: null, default: "" },
  { name: "port", type: "uint16", versions: [0, 4], nullable: null, tagged: null, default: 0 },
  { name: "securityProtocol", type: "int16", versions: [0, 4], nullable: null, tagged: null, default: 0 },
];
const FeatureFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 4], nullable: null, tagged: null, default: "", mapKey: true },
  { name: "minSupportedVersion", type: "int16", versions: [0, 4], nullable: null, tagged: null, default: 0 },
  { name: "maxSupportedVersion", type: "int16", versions: [0, 4], nullable: null, tagged: null, default: 0 },
];
const BrokerRegistrationRequestFields: readonly FieldSchema[] = [
  { name: "brokerId", type: "int32", versions: [0, 4], nullable: null, tagged: null, default: 0, entityType: "brokerId" },
  { name: "clusterId", type: "string", versions: [0, 4], nullable: null, tagged: null, default: "" },
  { name: "incarnationId", type: "uuid", versions: [0, 4], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "listeners", type: "[]Listener", versions: [0, 4], nullable: null, tagged: null, fields: ListenerFields },
  { name: "features", type: "[]Feature", versions: [0, 4], nullable: null, tagged: null, fields: FeatureFields },
  { name: "rack", type: "string", versions: [0, 4], nullable: [0, 4], tagged: null, default: "" },
  { name: "isMigratingZkBroker", type: "bool", versions: [1, 4], nullable: null, tagged: null, default: false },
  { name: "logDirs", type: "[]uuid", versions: [2, 4], nullable: null, tagged: null },
  { name: "previousBrokerEpoch", type: "int64", versions: [3, 4], nullable: null, tagged: null, default: -1n },
];

export const brokerRegistrationRequestSchema: MessageSchema = {
  name: "BrokerRegistrationRequest",
  type: "request",
  apiKey: 62,
  validVersions: [0, 4],
  flexibleVersions: [0, 32767],
  fields: BrokerRegistrationRequestFields,
};

export function encodeBrokerRegistrationRequest(w: Writer, v: Input<BrokerRegistrationRequest>, version: number): void {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `BrokerRegistrationRequest version ${version} is not supported (valid: 0-4)`);
  }
  w.int32(v.brokerId ?? 0);
  {
    const x = v.clusterId === undefined ? "" : v.clusterId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `BrokerRegistrationRequest.clusterId cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  w.uuid(v.incarnationId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  {
    const x = v.listeners === undefined ? [] : v.listeners;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `BrokerRegistrationRequest.listeners cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `BrokerRegistrationRequest.listeners has a null element`);
        encodeListener(w, e, version);
      }
    }
  }
  {
    const x = v.features === undefined ? [] : v.features;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `BrokerRegistrationRequest.features cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `BrokerRegistrationRequest.features has a null element`);
        encodeFeature(w, e, version);
      }
    }
  }
  {
    const x = v.rack === undefined ? "" : v.rack;
    w.compactNullableString(x);
  }
  if (version >= 1) {
    w.bool(v.isMigratingZkBroker ?? false);
  }
  if (version >= 2) {
    {
      const x = v.logDirs === undefined ? [] : v.logDirs;
      if (x === null) throw new ProtocolError('INVALID_VALUE', `BrokerRegistrationRequest.logDirs cannot be null in version ${version}`);
      {
        w.uvarint(x.length + 1);
        for (const e of x) {
          if (e == null) throw new ProtocolError('INVALID_VALUE', `BrokerRegistrationRequest.logDirs has a null element`);
          w.uuid(e);
        }
      }
    }
  }
  if (version >= 3) {
    w.int64(v.previousBrokerEpoch ?? -1n);
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeBrokerRegistrationRequest(r: Reader, version: number): BrokerRegistrationRequest {
  if (!(version >= 0 && version <= 4)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `BrokerRegistrationRequest version ${version} is not supported (valid: 0-4)`);
  }
  const f_brokerId: number = r.int32();
  const f_clusterId: string = r.compactString();
  const f_incarnationId: string = r.uuid();
  let f_listeners: Listener[];
  {
    const n = r.compactArrayLength(6);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `BrokerRegistrationRequest.listeners is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<Listener>(n);
      for (let i = 0; i < n; i++) a[i] = decodeListener(r, version);
      f_listeners = a;
    }
  }
  let f_features: Feature[];
  {
    const n = r.compactArrayLength(5);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `BrokerRegistrationRequest.features is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<Feature>(n);
      for (let i = 0; i < n; i++) a[i] = decodeFeature(r, version);
      f_features = a;
    }
  }
  const f_rack: string | null = r.compactNullableString();
  let f_isMigratingZkBroker: boolean;
  if (version >= 1) {
    f_isMigratingZkBroker = r.bool();
  } else f_isMigratingZkBroker = false;
  let f_logDirs: string[];
  if (version >= 2) {
    {
      const n = r.compactArrayLength(16);
      if (n === null) {
        throw new ProtocolError('NEGATIVE_LENGTH', `BrokerRegistrationRequest.logDirs is null, not allowed in version ${version}`);
      }
      else {
        const a = new Array<string>(n);
        for (let i = 0; i < n; i++) a[i] = r.uuid();
        f_logDirs = a;
      }
    }
  } else f_logDirs = [];
  let f_previousBrokerEpoch: bigint;
  if (version >= 3) {
    f_previousBrokerEpoch = r.int64();
  } else f_previousBrokerEpoch = -1n;
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: BrokerRegistrationRequest = {
    brokerId: f_brokerId,
    clusterId: f_clusterId,
    incarnationId: f_incarnationId,
    listeners: f_listeners,
    features: f_features,
    rack: f_rack,
    isMigratingZkBroker: f_isMigratingZkBroker,
    logDirs: f_logDirs,
    previousBrokerEpoch: f_previousBrokerEpoch,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeListener(w: Writer, v: Input<Listener>, version: number): void {
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `Listener.name cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  {
    const x = v.host === undefined ? "" : v.host;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `Listener.host cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  w.uint16(v.port ?? 0);
  w.int16(v.securityProtocol ?? 0);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeListener(r: Reader, version: number): Listener {
  const f_name: string = r.compactString();
  const f_host: string = r.compactString();
  const f_port: number = r.uint16();
  const f_securityProtocol: number = r.int16();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: Listener = {
    name: f_name,
    host: f_host,
    port: f_port,
    securityProtocol: f_securityProtocol,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}

function encodeFeature(w: Writer, v: Input<Feature>, version: number): void {
  {
    const x = v.name === undefined ? "" : v.name;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `Feature.name cannot be null in version ${version}`);
    w.compactNullableString(x);
  }
  w.int16(v.minSupportedVersion ?? 0);
  w.int16(v.maxSupportedVersion ?? 0);
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

function decodeFeature(r: Reader, version: number): Feature {
  const f_name: string = r.compactString();
  const f_minSupportedVersion: number = r.int16();
  const f_maxSupportedVersion: number = r.int16();
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: Feature = {
    name: f_name,
    minSupportedVersion: f_minSupportedVersion,
    maxSupportedVersion: f_maxSupportedVersion,
  };
  if (unknownTags !== undefined) out._unknownTaggedFields = unknownTags;
  return out;
}
