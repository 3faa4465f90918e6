/**
 * Connection limits, checked as each connection is accepted (Kafka's ConnectionQuotas in
 * SocketServer), broker-wide over every listener:
 * - max.connection.creation.rate: past it, a new connection waits (socket paused) for the throttle
 *   time, capped at one quota window, before it is served, as Kafka's acceptor waits;
 * - max.connections: one more than this is closed at once with a log line (Kafka stops accepting
 *   until a slot frees; a Node server cannot hold one listener's backlog, so Samsa refuses);
 * - connection_creation_rate (AlterClientQuotas, ip entities, the default ip as fallback): a
 *   connection past its IP's rate is not counted, and is closed once the throttle time has passed
 *   (Kafka's delayed close, so a client retrying at once does not spin);
 * - max.connections.per.ip, with max.connections.per.ip.overrides: one more than the IP's limit is
 *   closed at once with a log line ("Rejected connection from ..."), as Kafka does.
 * All are read when a connection arrives, so dynamic changes apply to the next one. Rates use the
 * client quotas' window (quota.window.num × quota.window.size.seconds); per-IP rate sensors idle for
 * an hour are dropped, so memory follows the active addresses.
 */
import { lookup } from 'node:dns/promises';
import { isIP, type Socket } from 'node:net';
import type { Logger } from 'pino';
import type { BrokerConfig } from '../config/broker-config.ts';
import type { QuotaEntry } from './client-quotas.ts';
import { RateSensor, type RateWindow } from './quota/rate-sensor.ts';

const UNLIMITED = 2_147_483_647;
const EXPIRE_IDLE_MS = 3_600_000;

/** What to do with a new connection. */
export type Admission = { kind: 'accept'; delayMs: number } | { kind: 'reject'; reason: string } | { kind: 'close-after'; delayMs: number; reason: string };

/** `::ffff:1.2.3.4` → 1.2.3.4, as ClientInfo.host has it. */
export function plainIp(address: string): string {
  return address.startsWith('::ffff:') ? address.slice(7) : address;
}

export class ConnectionQuotas {
  private readonly counts = new Map<string, number>();
  private total = 0;
  private readonly window: RateWindow;
  private brokerRate: RateSensor | null = null;
  private readonly ipRates = new Map<string, RateSensor>();
  private overridesText: string | null = null;
  private overrides = new Map<string, number>();
  private entries: readonly QuotaEntry[] | null = null;
  private ipQuotas = new Map<string | null, number>();
  private lastSweepMs = 0;
  /** Sockets waiting (throttled accept, delayed close), ended by `close()`. */
  private readonly waiting = new Set<Socket>();

  constructor(
    private readonly config: BrokerConfig,
    private readonly quotas: () => readonly QuotaEntry[],
    private readonly log: Logger,
  ) {
    this.window = { samples: config.int('quota.window.num'), windowMs: config.int('quota.window.size.seconds') * 1000 };
  }

  /** Live connections from `ip` (tests). */
  count(ip: string): number {
    return this.counts.get(ip) ?? 0;
  }

  get totalCount(): number {
    return this.total;
  }

  /**
   * Decides about a connection from `ip` and, when it is accepted, counts it (release it with
   * `release`). Kafka's order: broker rate, then the IP's rate, then the counts.
   */
  admit(ip: string, nowMs = Date.now()): Admission {
    this.sweep(nowMs);
    const maxThrottle = this.window.windowMs;
    let delayMs = 0;
    const brokerLimit = this.config.int('max.connection.creation.rate');
    if (brokerLimit < UNLIMITED) {
      if (!this.brokerRate) this.brokerRate = new RateSensor(this.window, brokerLimit, nowMs);
      this.brokerRate.bound = brokerLimit;
      delayMs = this.brokerRate.recordAndThrottleMs(1, nowMs, maxThrottle);
    }
    const ipLimit = this.ipRateLimit(ip);
    if (ipLimit !== null) {
      let sensor = this.ipRates.get(ip);
      if (!sensor) this.ipRates.set(ip, (sensor = new RateSensor(this.window, ipLimit, nowMs)));
      sensor.bound = ipLimit;
      const throttle = sensor.recordAndThrottleMs(1, nowMs, maxThrottle);
      if (throttle > 0) {
        // Not accepted: it does not count against the IP's rate nor the broker's.
        sensor.record(-1, nowMs);
        this.brokerRate?.record(-1, nowMs);
        return { kind: 'close-after', delayMs: throttle, reason: `connection_creation_rate quota of ${ipLimit}/s for ${ip} exceeded` };
      }
    }
    const maxTotal = this.config.int('max.connections');
    if (this.total >= maxTotal) return { kind: 'reject', reason: `the broker already has the configured maximum of ${maxTotal} connections (max.connections)` };
    const count = this.counts.get(ip) ?? 0;
    const max = this.maxForIp(ip);
    if (count >= max) return { kind: 'reject', reason: `address already has the configured maximum of ${max} connections (max.connections.per.ip)` };
    this.counts.set(ip, count + 1);
    this.total++;
    return { kind: 'accept', delayMs };
  }

  release(ip: string): void {
    const count = this.counts.get(ip);
    if (count === undefined) return;
    if (count <= 1) this.counts.delete(ip);
    else this.counts.set(ip, count - 1);
    this.total--;
  }

  /**
   * The listener's hook: admits `socket` and calls `open` now or after the rate throttle, or
   * closes it (at once, or after an IP rate throttle). An accepted socket is released when it closes.
   */
  gate(socket: Socket, open: () => void): void {
    const ip = plainIp(socket.remoteAddress ?? '');
    const a = this.admit(ip);
    if (a.kind === 'reject') {
      this.log.info({ ip }, `rejected connection from ${ip}: ${a.reason}`);
      socket.destroy();
      return;
    }
    if (a.kind === 'close-after') {
      this.log.info({ ip, delayMs: a.delayMs }, `closing connection from ${ip} in ${a.delayMs} ms: ${a.reason}`);
      this.hold(socket, a.delayMs, () => socket.destroy());
      return;
    }
    socket.once('close', () => this.release(ip));
    if (a.delayMs <= 0) open();
    else {
      this.log.debug({ ip, delayMs: a.delayMs }, 'max.connection.creation.rate reached: connection served after a delay');
      this.hold(socket, a.delayMs, open);
    }
  }

  /** Ends the sockets still waiting (broker shutdown). */
  close(): void {
    for (const s of this.waiting) s.destroy();
    this.waiting.clear();
  }

  private hold(socket: Socket, ms: number, then: () => void): void {
    socket.pause();
    socket.on('error', () => socket.destroy());
    this.waiting.add(socket);
    const timer = setTimeout(() => {
      this.waiting.delete(socket);
      if (!socket.destroyed) then();
    }, ms);
    socket.once('close', () => {
      clearTimeout(timer);
      this.waiting.delete(socket);
    });
  }

  private maxForIp(ip: string): number {
    const text = this.config.str('max.connections.per.ip.overrides') ?? '';
    if (text !== this.overridesText) this.parseOverrides(text);
    return this.overrides.get(ip) ?? this.config.int('max.connections.per.ip');
  }

  /** "host:count,ip:count"; IPs apply at once, host names once resolved; bad entries are logged and skipped. */
  private parseOverrides(text: string): void {
    this.overridesText = text;
    const overrides = new Map<string, number>();
    this.overrides = overrides;
    for (const item of text.split(',').map((x) => x.trim()).filter((x) => x !== '')) {
      const colon = item.lastIndexOf(':');
      const host = item.slice(0, colon).trim().replace(/^\[(.*)\]$/, '$1');
      const count = Number(item.slice(colon + 1));
      if (colon <= 0 || !Number.isInteger(count) || count < 0) {
        this.log.warn({ item }, 'max.connections.per.ip.overrides: entry is not host:count, ignored');
        continue;
      }
      if (isIP(host) !== 0) overrides.set(plainIp(host), count);
      else {
        lookup(host, { all: true }).then(
          (all) => {
            for (const a of all) if (this.overrides === overrides && !overrides.has(a.address)) overrides.set(plainIp(a.address), count);
          },
          (e: Error) => this.log.warn({ host, err: e.message }, 'max.connections.per.ip.overrides: host not resolved, ignored'),
        );
      }
    }
  }

  /** The IP's connection_creation_rate: its own quota, else the default ip entity's, else none. */
  private ipRateLimit(ip: string): number | null {
    const entries = this.quotas();
    if (entries !== this.entries && !(entries.length === 0 && this.entries?.length === 0)) {
      this.entries = entries;
      const map = new Map<string | null, number>();
      for (const e of entries) {
        const v = e.values['connection_creation_rate'];
        if (v !== undefined && e.entity.length === 1 && e.entity[0]!.entityType === 'ip') map.set(e.entity[0]!.entityName === null ? null : plainIp(e.entity[0]!.entityName), v);
      }
      this.ipQuotas = map;
      for (const k of this.ipRates.keys()) if (!map.has(k) && !map.has(null)) this.ipRates.delete(k);
    }
    return this.ipQuotas.get(ip) ?? this.ipQuotas.get(null) ?? null;
  }

  private sweep(nowMs: number): void {
    if (nowMs - this.lastSweepMs < 60_000) return;
    this.lastSweepMs = nowMs;
    for (const [ip, s] of this.ipRates) if (nowMs - s.lastRecordMs >= EXPIRE_IDLE_MS) this.ipRates.delete(ip);
  }
}
