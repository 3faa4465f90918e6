/**
 * Quota stage: client quota enforcement as Kafka does it (KIP-13 byte rates, KIP-124 request
 * percentage, KIP-219 throttling). Per request, after the handler:
 * - Produce: the request's bytes against producer_byte_rate, and (unless acks=0) its handler time
 *   against request_percentage;
 * - Fetch (consumers): the response's record bytes against consumer_byte_rate, and handler time.
 *   As Kafka does since KIP-219, a throttled fetch sends no records: the bytes are taken back from
 *   the rate and the response is empty (same session), so a consumer over quota gets its data only
 *   once throttling ends. max_bytes is first capped to what one quota span allows (quota × (samples
 *   - 1) windows), so a single fetch cannot be throttled forever;
 * - every other API: handler time against request_percentage.
 * The throttle is the longest of the quotas violated. The response goes out at once carrying
 * throttle_time_ms, and the connection reads no further request for that long (ctx.throttleMs,
 * applied by connection.ts): clients that honour throttle_time_ms wait on their side too.
 *
 * Handler time: Samsa has one event loop, so what a request costs is the loop time its handler
 * takes synchronously (up to its first wait), not time waiting on disk or for acks, which Kafka
 * does not count either; 100 % is one full loop. Quotas are read from the metadata store; a changed
 * set (AlterClientQuotas) is applied on the next request, with no restart.
 */
import { performance } from 'node:perf_hooks';
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import type { FetchRequest } from '../../protocol/generated/fetch-request.ts';
import type { ProduceRequest } from '../../protocol/generated/produce-request.ts';
import type { BrokerServices } from '../broker-services.ts';
import type { QuotaEntry } from '../client-quotas.ts';
import { ClientQuotaManager, userOf } from '../quota/client-quota-manager.ts';
import type { Stage } from './stage.ts';

interface Managers {
  produce: ClientQuotaManager;
  fetch: ClientQuotaManager;
  request: ClientQuotaManager;
}

interface FetchResponseShape {
  responses?: { partitions?: { records?: Buffer | null }[] }[];
}

/** ms of handler time → percent of one second (Kafka's nanosToPercentage). */
const MS_TO_PERCENT = 0.1;

export class QuotaStage {
  private managers: Managers | null = null;
  private entries: readonly QuotaEntry[] | null = null;

  /** The managers with the quotas of the metadata store (created on first use, from the broker's config). */
  managersFor(broker: BrokerServices): Managers {
    if (!this.managers) {
      const window = { samples: broker.config.int('quota.window.num'), windowMs: broker.config.int('quota.window.size.seconds') * 1000 };
      this.managers = {
        produce: new ClientQuotaManager('producer_byte_rate', window),
        fetch: new ClientQuotaManager('consumer_byte_rate', window),
        // Kafka caps request-quota throttling at one window (ClientRequestQuotaManager).
        request: new ClientQuotaManager('request_percentage', window, window.windowMs),
      };
    }
    const entries = broker.metadata.clientQuotas();
    // The store hands out a new array when quotas change (and an empty one when there are none).
    if (entries !== this.entries && !(entries.length === 0 && this.entries?.length === 0)) {
      this.entries = entries;
      for (const m of Object.values(this.managers)) m.update(entries);
    }
    return this.managers;
  }

  readonly stage: Stage = async (req, next) => {
    const { ctx } = req;
    const m = this.managersFor(ctx.broker);
    if (!m.produce.enabled && !m.fetch.enabled && !m.request.enabled) return next();
    const user = userOf(ctx.client.principal);
    const clientId = ctx.client.clientId ?? '';
    if (ctx.apiKey === ApiKey.Fetch) capFetchBytes(req.body as FetchRequest, m.fetch.maxValueInQuotaWindow(user, clientId));
    const started = performance.now();
    const pending = next();
    const handlerPercent = (performance.now() - started) * MS_TO_PERCENT;
    let response = await pending;
    const now = Date.now();
    let throttleMs: number;
    if (ctx.apiKey === ApiKey.Produce) {
      const bytes = m.produce.recordAndGetThrottleTimeMs(user, clientId, ctx.requestBytes ?? 0, now);
      const time = (req.body as ProduceRequest).acks === 0 ? 0 : m.request.recordAndGetThrottleTimeMs(user, clientId, handlerPercent, now);
      throttleMs = Math.max(bytes, time);
    } else if (ctx.apiKey === ApiKey.Fetch && response !== null && typeof response === 'object') {
      const time = m.request.recordAndGetThrottleTimeMs(user, clientId, handlerPercent, now);
      const size = recordBytes(response as FetchResponseShape);
      const bytes = m.fetch.recordAndGetThrottleTimeMs(user, clientId, size, now);
      throttleMs = Math.max(bytes, time);
      // Throttled: no records go out, so they do not count (Kafka's unrecordQuotaSensor).
      if (throttleMs > 0) {
        m.fetch.unrecord(user, clientId, size, now);
        response = { ...(response as object), responses: [] };
      }
    } else {
      throttleMs = m.request.recordAndGetThrottleTimeMs(user, clientId, handlerPercent, now);
    }
    if (throttleMs > 0) {
      ctx.throttleMs = throttleMs;
      // A copy: a handler may answer with a shared object (ApiVersions).
      if (response !== null && typeof response === 'object') response = { ...(response as object), throttleTimeMs: throttleMs };
      ctx.log.debug({ api: ctx.apiKey, user, clientId, throttleMs }, 'client quota violated: throttled');
    }
    return response;
  };
}

/** A consumer fetch asks for no more than one quota span can take (Kafka caps fetch.max.bytes so). */
function capFetchBytes(body: FetchRequest, maxValue: number): void {
  if (!Number.isFinite(maxValue)) return;
  const cap = Math.max(1, Math.min(0x7fffffff, Math.floor(maxValue)));
  body.maxBytes = body.maxBytes > 0 ? Math.min(body.maxBytes, cap) : cap;
  body.minBytes = Math.min(body.minBytes, body.maxBytes);
}

function recordBytes(response: FetchResponseShape): number {
  let n = 0;
  for (const t of response.responses ?? []) for (const p of t.partitions ?? []) n += p.records?.length ?? 0;
  return n;
}
