/**
 * Client quotas as Kafka stores and describes them (KIP-546): a quota entity is a set of
 * (entity type, name) pairs — user, client-id, or ip, a null name being that type's default — with
 * numeric values per quota key. This file holds the validation and matching; the values persist in
 * the metadata store (metadata-store.ts). Enforced: producer_byte_rate, consumer_byte_rate and
 * request_percentage by stages/quota.ts, connection_creation_rate by connection-quotas.ts.
 * controller_mutation_rate is stored and described but not enforced.
 */
import { isIP } from 'node:net';

export type QuotaEntity = { entityType: string; entityName: string | null }[];
export interface QuotaEntry {
  entity: QuotaEntity;
  values: Record<string, number>;
}

const USER = 'user';
const CLIENT_ID = 'client-id';
const IP = 'ip';
const CLIENT_KEYS = new Set(['producer_byte_rate', 'consumer_byte_rate', 'request_percentage', 'controller_mutation_rate']);
const IP_KEYS = new Set(['connection_creation_rate']);
/** Keys whose values are whole numbers (Kafka's LONG quota configs). */
const WHOLE = new Set(['producer_byte_rate', 'consumer_byte_rate', 'connection_creation_rate']);

/** One canonical form per entity (sorted by type), the key of the store. */
export function entityKey(entity: QuotaEntity): string {
  return JSON.stringify([...entity].sort((a, b) => (a.entityType < b.entityType ? -1 : 1)).map((e) => [e.entityType, e.entityName]));
}

/** null when the entity is valid, else why not (INVALID_REQUEST). */
export function entityProblem(entity: QuotaEntity): string | null {
  if (entity.length === 0) return 'a quota entity needs at least one entity type';
  const types = entity.map((e) => e.entityType);
  if (new Set(types).size !== types.length) return `duplicate entity type in ${types.join(', ')}`;
  for (const e of entity) {
    if (e.entityType !== USER && e.entityType !== CLIENT_ID && e.entityType !== IP) return `unknown quota entity type ${e.entityType}`;
    if (e.entityType === IP && e.entityName !== null && isIP(e.entityName) === 0) return `${e.entityName} is not an IP address`;
  }
  if (types.includes(IP) && types.length > 1) return 'an ip quota cannot be combined with user or client-id';
  return null;
}

/** null when `key` = `value` may be set (or removed) on the entity, else why not (INVALID_REQUEST). */
export function opProblem(entity: QuotaEntity, key: string, value: number, remove: boolean): string | null {
  const ip = entity.some((e) => e.entityType === IP);
  if (!(ip ? IP_KEYS : CLIENT_KEYS).has(key)) return `${key} is not a quota of ${ip ? 'ip' : 'user or client-id'} entities`;
  if (remove) return null;
  if (!Number.isFinite(value) || value <= 0) return `${key} must be a positive number, not ${value}`;
  if (WHOLE.has(key) && !Number.isInteger(value)) return `${key} must be a whole number, not ${value}`;
  return null;
}

export interface QuotaFilterComponent {
  entityType: string;
  /** 0 exact name, 1 the default entity, 2 any entity of the type (the default included). */
  matchType: number;
  match: string | null;
}

/** null when the filter is valid, else why not. */
export function filterProblem(components: readonly QuotaFilterComponent[]): string | null {
  const types = components.map((c) => c.entityType);
  if (new Set(types).size !== types.length) return `duplicate entity type in the filter: ${types.join(', ')}`;
  for (const c of components) {
    if (c.matchType < 0 || c.matchType > 2) return `unknown match type ${c.matchType}`;
    if (c.matchType === 0 && c.match === null) return 'an exact match needs a name';
  }
  return null;
}

/** Whether the entity matches every component (and, when strict, has no other entity types). */
export function matches(entity: QuotaEntity, components: readonly QuotaFilterComponent[], strict: boolean): boolean {
  if (strict && entity.length !== components.length) return false;
  return components.every((c) => {
    const e = entity.find((x) => x.entityType === c.entityType);
    if (!e) return false;
    if (c.matchType === 0) return e.entityName === c.match;
    if (c.matchType === 1) return e.entityName === null;
    return true; // any entity of the type, the default included (as Kafka matches)
  });
}
