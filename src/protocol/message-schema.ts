/**
 * Plain-data description of a generated Kafka message, emitted next to each codec
 * (`produceRequestSchema` in generated/produce-request.ts). The test kit walks it to build
 * fast-check arbitraries for any message and version; tools may use it to print or validate values.
 *
 * Version ranges are inclusive `[lo, hi]` pairs (32767 = "and up"), or null for "none".
 */
export type VersionRange = readonly [number, number] | null;

export interface FieldSchema {
  /** Property name in the TypeScript type (lowerCamelCase of the schema name). */
  readonly name: string;
  /** Schema type: 'int32', 'string', 'records', '[]int32', 'TopicData', '[]TopicData'. */
  readonly type: string;
  /** Versions in which the field exists (declared ∩ the message's valid versions). */
  readonly versions: VersionRange;
  /** Versions in which the value may be null. */
  readonly nullable: VersionRange;
  /** Versions in which the field travels in the tagged-field section, with its tag. */
  readonly tagged: VersionRange;
  readonly tag?: number;
  /** Field-level flexibleVersions override (only RequestHeader.clientId: never compact). */
  readonly flexible?: VersionRange;
  /**
   * Default value: number, bigint (int64), boolean, string or null. Absent for bytes, arrays and
   * structs whose default is the empty value (empty buffer, empty array, default-built struct).
   */
  readonly default?: number | bigint | boolean | string | null;
  /** Nested fields for struct and struct-array types. */
  readonly fields?: readonly FieldSchema[];
  readonly entityType?: string;
  readonly mapKey?: boolean;
}

export interface MessageSchema {
  readonly name: string;
  /** 'request' | 'response' | 'header' | 'data'. */
  readonly type: string;
  readonly apiKey: number | null;
  readonly validVersions: VersionRange;
  readonly flexibleVersions: VersionRange;
  readonly fields: readonly FieldSchema[];
}

export function inRange(range: VersionRange, version: number): boolean {
  return range !== null && version >= range[0] && version <= range[1];
}
