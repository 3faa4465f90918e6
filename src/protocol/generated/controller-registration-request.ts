// Generated from ControllerRegistrationRequest.json by tools/protocol-gen. Do not edit.
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import { ProtocolError } from '../protocol-error.ts';
import type { Input } from '../input.ts';
import type { FieldSchema, MessageSchema } from '../message-schema.ts';
import { readUnknownTaggedFields, taggedFieldReader, writeTaggedFields, type TaggedField } from '../tagged-fields.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** ControllerRegistrationRequest (request, api key 70), versions 0, flexible 0+. */
export interface ControllerRegistrationRequest {
  /** The ID of the controller to register. (versions 0) */
  controllerId: number;
  /** The controller incarnation ID, which is unique to each process run. (versions 0) */
  incarnationId: string;
  /** Set if the required configurations for ZK migration are present. (versions 0) */
  zkMigrationReady: boolean;
  /** The listeners of this controller. (versions 0) */
  listeners: Listener[];
  /** The features on this controller. (versions 0) */
  features: Feature[];
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface Listener {
  /** The name of the endpoint. (versions 0, map key) */
  name: string;
  /** The hostname. (versions 0) */
  host: string;
  /** The port. (versions 0) */
  port: number;
  /** The security protocol. (versions 0) */
  securityProtocol: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

export interface Feature {
  /** The feature name. (versions 0, map key) */
  name: string;
  /** The minimum supported feature level. (versions 0) */
  minSupportedVersion: number;
  /** The maximum supported feature level. (versions 0) */
  maxSupportedVersion: number;
  /** Tagged fields this schema does not know, kept on decode and written back on encode. */
  _unknownTaggedFields?: TaggedField[];
}

const ListenerFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "", mapKey: true },
  { name: "host", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
  { name: "port", type: "uint16", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "securityProtocol", type: "int16", versions: [0, 0], nullable: null, tagged: null, default: 0 },
];
const FeatureFields: readonly FieldSchema[] = [
  { name: "name", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "", mapKey: true },
  { name: "minSupportedVersion", type: "int16", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "maxSupportedVersion", type: "int16", versions: [0, 0], nullable: null, tagged: null, default: 0 },
];
const ControllerRegistrationRequestFields: readonly FieldSchema[] = [
  { name: "controllerId", type: "int32", versions: [0, 0], nullable: null, tagged: null, default: 0 },
  { name: "incarnationId", type: "uuid", versions: [0, 0], nullable: null, tagged: null, default: "AAAAAAAAAAAAAAAAAAAAAA" },
  { name: "zkMigrationReady", type: "bool", versions: [0, 0], nullable: null, tagged: null, default: false },
  { name: "listeners", type: "[]Listener", versions: [0, 0], nullable: null, tagged: null, fields: ListenerFields },
  { name: "features", type: "[]Feature", versions: [0, 0], nullable: null, tagged: null, fields: FeatureFields },
];

export const controllerRegistrationRequestSchema: MessageSchema = {
  name: "ControllerRegistrationRequest",
  type: "request",
  apiKey: 70,
  validVersions: [0, 0],
  flexibleVersions: [0, 32767],
  fields: ControllerRegistrationRequestFields,
};

export function encodeControllerRegistrationRequest(w: Writer, v: Input<ControllerRegistrationRequest>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ControllerRegistrationRequest version ${version} is not supported (valid: 0-0)`);
  }
  w.int32(v.controllerId ?? 0);
  w.uuid(v.incarnationId ?? "AAAAAAAAAAAAAAAAAAAAAA");
  w.bool(v.zkMigrationReady ?? false);
  {
    const x = v.listeners === undefined ? [] : v.listeners;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ControllerRegistrationRequest.listeners cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ControllerRegistrationRequest.listeners has a null element`);
        encodeListener(w, e, version);
      }
    }
  }
  {
    const x = v.features === undefined ? [] : v.features;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `ControllerRegistrationRequest.features cannot be null in version ${version}`);
    {
      w.uvarint(x.length + 1);
      for (const e of x) {
        if (e == null) throw new ProtocolError('INVALID_VALUE', `ControllerRegistrationRequest.features has a null element`);
        encodeFeature(w, e, version);
      }
    }
  }
  writeTaggedFields(w, undefined, v._unknownTaggedFields);
}

export function decodeControllerRegistrationRequest(r: Reader, version: number): ControllerRegistrationRequest {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `ControllerRegistrationRequest version ${version} is not supported (valid: 0-0)`);
  }
  const f_controllerId: number = r.int32();
  const f_incarnationId: string = r.uuid();
  const f_zkMigrationReady: boolean = r.bool();
  let f_listeners: Listener[];
  {
    const n = r.compactArrayLength(6);
    if (n === null) {
      throw new ProtocolError('NEGATIVE_LENGTH', `ControllerRegistrationRequest.listeners is null, not allowed in version ${version}`);
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
      throw new ProtocolError('NEGATIVE_LENGTH', `ControllerRegistrationRequest.features is null, not allowed in version ${version}`);
    }
    else {
      const a = new Array<Feature>(n);
      for (let i = 0; i < n; i++) a[i] = decodeFeature(r, version);
      f_features = a;
    }
  }
  let unknownTags: TaggedField[] | undefined;
  unknownTags = readUnknownTaggedFields(r);
  const out: ControllerRegistrationRequest = {
    controllerId: f_controllerId,
    incarnationId: f_incarnationId,
    zkMigrationReady: f_zkMigrationReady,
    listeners: f_listeners,
    features: f_features,
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
