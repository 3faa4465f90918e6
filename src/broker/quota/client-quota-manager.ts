/**
 * One kind of client quota (producer_byte_rate, consumer_byte_rate or request_percentage), as
 * Kafka's ClientQuotaManager keeps it: the quotas set through AlterClientQuotas, and one RateSensor
 * per quota entity that requests are measured against.
 *
 * Which quota applies to a request (KIP-55, KIP-257): the most specific entity that has one, in
 * this order (a name, or the default of its type):
 *   1 user + client-id   2 user + default client-id   3 user
 *   4 default user + client-id   5 default user + default client-id   6 default user
 *   7 client-id   8 default client-id
 * The user is the principal's name (`User:alice` → alice; ANONYMOUS before SASL). Clients that share
 * the entity share its sensor: with a user quota, every client id of that user counts together.
 * Nothing is measured for a client with no quota (no sensor). A sensor that records nothing for an
 * hour is dropped (Kafka's InactiveSensorExpirationTimeSeconds), so memory follows the active
 * clients, not every client id ever seen.
 */
import type { QuotaEntry } from '../client-quotas.ts';
import { RateSensor, type RateWindow } from './rate-sensor.ts';

export type ClientQuotaKey = 'producer_byte_rate' | 'consumer_byte_rate' | 'request_percentage';

/** A sensor's entity as Kafka's metric tags: user and client id, '' where the level does not use it. */
export interface QuotaTags {
  user: string;
  clientId: string;
}

/** An entity component: absent, the type's default, or a name. */
type Part = undefined | null | string;

const EXPIRE_IDLE_MS = 3_600_000;
const SWEEP_EVERY_MS = 60_000;

function entityKey(user: Part, clientId: Part): string {
  return JSON.stringify([user === undefined ? 0 : user === null ? 1 : `n${user}`, clientId === undefined ? 0 : clientId === null ? 1 : `n${clientId}`]);
}

/** `User:alice` → alice (Kafka's quotas name users by the principal's name). */
export function userOf(principal: string): string {
  const colon = principal.indexOf(':');
  return colon < 0 ? principal : principal.slice(colon + 1);
}

export class ClientQuotaManager {
  /** Quota values by entity (entityKey). */
  private limits = new Map<string, number>();
  private readonly sensors = new Map<string, RateSensor>();
  private lastSweepMs = 0;

  constructor(
    readonly key: ClientQuotaKey,
    private readonly window: RateWindow,
    /** Throttle times are capped here (the request quota caps at one window; byte rates do not). */
    private readonly maxThrottleMs = Number.POSITIVE_INFINITY,
  ) {}

  /** Replaces the quotas (all of them, as the metadata store holds them); live sensors take the new bounds at once. */
  update(entries: readonly QuotaEntry[]): void {
    const limits = new Map<string, number>();
    for (const e of entries) {
      const value = e.values[this.key];
      if (value === undefined || e.entity.some((x) => x.entityType !== 'user' && x.entityType !== 'client-id')) continue;
      const user = e.entity.find((x) => x.entityType === 'user');
      const client = e.entity.find((x) => x.entityType === 'client-id');
      limits.set(entityKey(user?.entityName, client?.entityName), value);
    }
    this.limits = limits;
    for (const [k, sensor] of this.sensors) {
      const [user, clientId] = JSON.parse(k) as [string, string];
      const bound = this.limit({ user, clientId });
      if (bound === null) this.sensors.delete(k);
      else sensor.bound = bound;
    }
  }

  get enabled(): boolean {
    return this.limits.size > 0;
  }

  /** The entity whose quota applies to `user` with `clientId` (Kafka's quotaMetricTags). */
  tags(user: string, clientId: string): QuotaTags {
    const has = (u: Part, c: Part): boolean => this.limits.has(entityKey(u, c));
    if (has(user, clientId) || has(user, null)) return { user, clientId };
    if (has(user, undefined)) return { user, clientId: '' };
    if (has(null, clientId) || has(null, null)) return { user, clientId };
    if (has(null, undefined)) return { user, clientId: '' };
    return { user: '', clientId };
  }

  /** The quota of an entity (Kafka's quotaLimit), null when none applies. */
  limit(tags: QuotaTags): number | null {
    const get = (u: Part, c: Part): number | undefined => this.limits.get(entityKey(u, c));
    const { user, clientId } = tags;
    if (user !== '' && clientId !== '') return get(user, clientId) ?? get(user, null) ?? get(null, clientId) ?? get(null, null) ?? null;
    if (user !== '') return get(user, undefined) ?? get(null, undefined) ?? null;
    if (clientId !== '') return get(undefined, clientId) ?? get(undefined, null) ?? null;
    return null;
  }

  /** Records `value` for the client and returns how long to throttle it (ms, 0 within quota). */
  recordAndGetThrottleTimeMs(user: string, clientId: string, value: number, nowMs: number): number {
    const sensor = this.sensor(user, clientId, nowMs);
    return sensor ? sensor.recordAndThrottleMs(value, nowMs, this.maxThrottleMs) : 0;
  }

  /** Takes back a value recorded earlier (a throttled fetch sends no records). */
  unrecord(user: string, clientId: string, value: number, nowMs: number): void {
    this.sensor(user, clientId, nowMs)?.record(-value, nowMs);
  }

  /**
   * The most that can be recorded at once without certain throttling: quota × (samples - 1)
   * windows (Kafka's getMaxValueInQuotaWindow; caps a fetch's max bytes). Infinity with no quota.
   */
  maxValueInQuotaWindow(user: string, clientId: string): number {
    if (!this.enabled) return Number.POSITIVE_INFINITY;
    const limit = this.limit(this.tags(user, clientId));
    return limit === null ? Number.POSITIVE_INFINITY : (limit * (this.window.samples - 1) * this.window.windowMs) / 1000;
  }

  /** Live sensors (tests, memory checks). */
  get sensorCount(): number {
    return this.sensors.size;
  }

  private sensor(user: string, clientId: string, nowMs: number): RateSensor | null {
    if (!this.enabled) return null;
    this.sweep(nowMs);
    const tags = this.tags(user, clientId);
    const k = JSON.stringify([tags.user, tags.clientId]);
    let s = this.sensors.get(k);
    if (!s) {
      const bound = this.limit(tags);
      if (bound === null) return null;
      s = new RateSensor(this.window, bound, nowMs);
      this.sensors.set(k, s);
    }
    return s;
  }

  private sweep(nowMs: number): void {
    if (nowMs - this.lastSweepMs < SWEEP_EVERY_MS) return;
    this.lastSweepMs = nowMs;
    for (const [k, s] of this.sensors) if (nowMs - s.lastRecordMs >= EXPIRE_IDLE_MS) this.sensors.delete(k);
  }
}
