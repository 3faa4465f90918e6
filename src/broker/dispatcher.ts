/**
 * Routes a request payload to its handler through a table indexed by API key, built from the one
 * handler list (handlers/index.ts). The same list gives the ApiVersions ranges, clamped to what the
 * generated schemas know (never advertise a version we cannot decode).
 *
 * The request path is staged (stages/): decode (header, version, body; here) → authenticate →
 * authorise → quota → test interception → handle → encode (here). Each stage between is a file.
 *
 * Reactions (RELIABILITY.md, bad input):
 * - malformed header or body, trailing bytes, unknown API key, or a version outside the advertised
 *   range (or a handler's legacy range): throw, and the connection closes without a reply (as Kafka does);
 * - ApiVersions above its range: a v0 response with UNSUPPORTED_VERSION and our ranges (KIP-511);
 * - advertised-but-refused versions (Produce v0-2): the handler's error response, UNSUPPORTED_VERSION;
 * - a handler that fails unexpectedly: its error response with a mapped error code, and a log line.
 */
import type { Logger } from 'pino';
import { API_INFO, ApiKey } from '../protocol/generated/api-keys.ts';
import { ErrorCode } from '../protocol/generated/error-codes.ts';
import { decodeRequestBody, decodeRequestHeader, encodeResponseChunks } from '../protocol/request-codec.ts';
import type { BrokerServices } from './broker-services.ts';
import type { RequestDispatcher } from './connection.ts';
import { CloseConnection, type ApiVersionRange, type ClientInfo, type Handler, type RequestContext } from './handler.ts';
import { authenticate } from './stages/authenticate.ts';
import { authorize } from './stages/authorize.ts';
import { errorCodeFor, handleStage } from './stages/handle.ts';
import { InterceptStage, type Interceptor } from './stages/intercept.ts';
import { QuotaStage } from './stages/quota.ts';
import { runStages, type Stage } from './stages/stage.ts';
import type { SaslSession } from './security/sasl-session.ts';

/** The response frame as buffers (null: none is sent) and what to run once the socket has them. */
export interface DispatchResult {
  chunks: Buffer[] | null;
  afterSend: (() => void)[];
  /** Close the connection once the response is written, for this reason. */
  closeAfter?: string;
  /** KIP-219: how long the connection reads no further request (ms; absent or 0: not throttled). */
  throttleMs?: number;
}

export class Dispatcher implements RequestDispatcher {
  private readonly table: (Handler | undefined)[] = [];
  private readonly intercepts = new InterceptStage();
  private readonly quotas = new QuotaStage();
  /** The stages between decode and encode, in order; handleStage ends them. */
  private readonly stages: readonly Stage[] = [authenticate, authorize, this.quotas.stage, this.intercepts.stage];
  readonly apiVersions: readonly ApiVersionRange[];

  constructor(
    private readonly broker: BrokerServices,
    handlers: readonly Handler[],
    private readonly log: Logger,
    unstableVersions = false,
  ) {
    const ranges: ApiVersionRange[] = [];
    for (const h of handlers) {
      const info = API_INFO[h.apiKey];
      if (!info) throw new Error(`handler for API key ${h.apiKey} has no generated schema`);
      if (this.table[h.apiKey]) throw new Error(`two handlers for API key ${h.apiKey}`);
      const known = info.latestVersionUnstable && !unstableVersions ? info.maxVersion - 1 : info.maxVersion;
      const maxVersion = Math.min(h.maxVersion, known);
      const minVersion = Math.max(h.minVersion, info.minVersion);
      this.table[h.apiKey] = { ...h, minVersion, maxVersion };
      ranges.push({ apiKey: h.apiKey, minVersion, maxVersion });
    }
    this.apiVersions = ranges.sort((a, b) => a.apiKey - b.apiKey);
  }

  handler(apiKey: number): Handler | undefined {
    return this.table[apiKey];
  }

  reusesRequestBuffer(apiKey: number): boolean {
    return this.table[apiKey]?.requestDoneWhenSettled === true;
  }

  /**
   * Test seam (kfake's ControlKey): the next request of `apiKey` is answered by `answer` instead of
   * its handler — a chosen error, a delay, or a call through to `next`. One-shot; queue several
   * by calling again.
   */
  interceptNext(apiKey: number, answer: Interceptor): void {
    this.intercepts.interceptNext(apiKey, answer);
  }

  async dispatch(payload: Buffer, client: ClientInfo): Promise<DispatchResult> {
    if (client.sasl?.expectsRawToken) return rawSaslToken(client.sasl, payload);
    const { header, bodyOffset } = decodeRequestHeader(payload);
    const apiKey = header.requestApiKey;
    const version = header.requestApiVersion;
    const handler = this.table[apiKey];
    if (!handler) throw new CloseConnection(`API key ${apiKey} is not served`);
    client.clientId = header.clientId;
    const lowest = Math.max(handler.legacyMinVersion ?? handler.minVersion, API_INFO[apiKey]!.minVersion);
    if (version < lowest || version > handler.maxVersion) {
      if (apiKey === ApiKey.ApiVersions) {
        // KIP-511: answer with v0 so any client can read the ranges and retry with one we serve.
        const chunks = encodeResponseChunks(ApiKey.ApiVersions, 0, header.correlationId, {
          errorCode: ErrorCode.UNSUPPORTED_VERSION,
          apiKeys: this.apiVersions.map((r) => ({ ...r })),
        });
        return { chunks, afterSend: [] };
      }
      throw new CloseConnection(`${API_INFO[apiKey]!.name} v${version} is outside the advertised ${handler.minVersion}-${handler.maxVersion}`);
    }
    const body = decodeRequestBody(apiKey, version, payload, bodyOffset, (bytes) =>
      this.log.debug({ api: API_INFO[apiKey]!.name, version, bytes }, 'ignored bytes after the request body'),
    );
    const afterSend: (() => void)[] = [];
    let closeAfter: string | undefined;
    const ctx: RequestContext = {
      apiKey,
      apiVersion: version,
      correlationId: header.correlationId,
      client,
      broker: this.broker,
      log: this.log,
      afterSend: (fn) => afterSend.push(fn),
      closeAfterResponse: (reason) => (closeAfter = reason),
      requestBytes: payload.length,
    };
    let response: unknown;
    if (handler.minServedVersion !== undefined && version < handler.minServedVersion) {
      response = handler.errorResponse(body, ErrorCode.UNSUPPORTED_VERSION, ctx);
    } else {
      try {
        response = await runStages(this.stages, { handler, body, ctx }, handleStage);
      } catch (e) {
        if (e instanceof CloseConnection) throw e;
        const code = errorCodeFor(e);
        this.log.error({ err: e, api: API_INFO[apiKey]!.name, version, clientId: client.clientId }, 'request failed');
        response = handler.errorResponse(body, code, ctx);
      }
    }
    // Chunks: large records fields go to the socket without another copy.
    const chunks = response === null ? null : encodeResponseChunks(apiKey, version, header.correlationId, response);
    return { chunks, afterSend, closeAfter, throttleMs: ctx.throttleMs };
  }
}

/**
 * A SASL token framed without a request header (after SaslHandshake v0, as kafka-python sends):
 * the reply goes back the same way; a failed exchange closes the connection (v0 has no error field).
 */
async function rawSaslToken(sasl: SaslSession, payload: Buffer): Promise<DispatchResult> {
  const outcome = await sasl.token(payload);
  if (outcome.failure !== null) {
    await new Promise((r) => setTimeout(r, sasl.failureDelayMs));
    throw new CloseConnection(`SASL authentication failed: ${outcome.failure}`);
  }
  const size = Buffer.allocUnsafe(4);
  size.writeInt32BE(outcome.reply.length, 0);
  return { chunks: [size, outcome.reply], afterSend: [] };
}
