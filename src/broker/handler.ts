/**
 * What a handler file exports: the API it serves, the version range the broker advertises for it, and
 * a function from the decoded request to the response (or null: no response, as for acks=0 Produce).
 * Handlers are listed once in handlers/index.ts; the dispatch table and ApiVersions derive from it.
 */
import type { Logger } from 'pino';
import type { BrokerServices } from './broker-services.ts';
import type { SaslSession } from './security/sasl-session.ts';

export interface ClientInfo {
  /** Remote address and port, for logs. */
  remote: string;
  clientId: string | null;
  /** Set by ApiVersions v3+ (KIP-511). */
  softwareName?: string;
  softwareVersion?: string;
  /** The listener the connection came in on (its name, e.g. SASL_SSL) and that listener's security protocol. */
  listener: string;
  securityProtocol: string;
  /** The remote IP address (ACL host matching, per-IP quotas). */
  host: string;
  /**
   * Who the connection is, as Kafka writes a KafkaPrincipal: `User:ANONYMOUS` on a PLAINTEXT
   * listener or before SASL authentication, `User:<name>` after it, the mapped certificate subject
   * with mTLS.
   */
  principal: string;
  /** The SASL state of a connection on a SASL_PLAINTEXT / SASL_SSL listener (absent on the others). */
  sasl?: SaslSession;
}

/** The principal of unauthenticated connections (KafkaPrincipal.ANONYMOUS). */
export const ANONYMOUS = 'User:ANONYMOUS';

export interface RequestContext {
  apiKey: number;
  apiVersion: number;
  correlationId: number;
  client: ClientInfo;
  broker: BrokerServices;
  log: Logger;
  /**
   * Runs `fn` once the response's bytes have been handed to the socket (or at once when there is no
   * response): the moment buffers the response points into may be reused.
   */
  afterSend(fn: () => void): void;
  /** Closes the connection once this request's response has been written (a failed authentication). */
  closeAfterResponse(reason: string): void;
  /** The request's size in bytes (the frame without its size prefix): what producer_byte_rate counts. */
  requestBytes?: number;
  /**
   * Set by the quota stage when the client is over a quota (KIP-219): the response goes out at once,
   * then the connection reads nothing more for this many ms.
   */
  throttleMs?: number;
}

export type { ApiVersionRange } from './broker-services.ts';

export interface Handler<Req = unknown, Res = unknown> {
  apiKey: number;
  /** Advertised in ApiVersions. */
  minVersion: number;
  maxVersion: number;
  /**
   * Versions below this are advertised but refused with UNSUPPORTED_VERSION (Kafka 4 advertises
   * Produce from v0 but refuses v0-2; librdkafka looks for v0 to decide compression support).
   */
  minServedVersion?: number;
  /**
   * Versions below `minVersion` (not advertised, as in Kafka 4) that are still answered when a client
   * sends them without asking ApiVersions first (old kafka-python sends Metadata v1 blindly).
   */
  legacyMinVersion?: number;
  /**
   * True when nothing of the request (its records, say) is used once `handle` has settled, so the
   * connection may read the next request into the same buffer. Only for handlers that settle after
   * all their work on the request is done, failures included.
   */
  requestDoneWhenSettled?: boolean;
  handle(req: Req, ctx: RequestContext): Promise<Res | null> | Res | null;
  /** The response that reports `errorCode` for everything in `req` (Kafka's getErrorResponse). */
  errorResponse(req: Req, errorCode: number, ctx: RequestContext): Res;
}

/** Thrown by a handler to close the connection without replying (Kafka does this for acks=0 errors). */
export class CloseConnection extends Error {
  override readonly name = 'CloseConnection';
}

/** Typed helper so each handler file gets its request and response types checked. */
export function defineHandler<Req, Res>(h: Handler<Req, Res>): Handler {
  return h as unknown as Handler;
}
