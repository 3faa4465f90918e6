/**
 * One TCP connection to one broker. Requests are pipelined: each gets the next correlation id and
 * is written at once; responses are matched back by correlation id (Kafka answers a connection's
 * requests in order, but matching by id also catches a broker that does not). Produce with acks=0
 * has no response (the broker sends none), so those requests are not tracked.
 *
 * Version negotiation (KIP-35, KIP-511): the first request is ApiVersions; every later request of an
 * api key uses the highest version both the broker and our generated codecs support. A broker that
 * does not know our ApiVersions version answers UNSUPPORTED_VERSION in a v0 body listing its ranges;
 * we then retry with the highest version it names.
 *
 * Timeouts: a request that gets no answer within its timeout fails with REQUEST_TIMED_OUT and, as
 * the Java client does, closes the connection (whatever arrives later on it cannot be trusted to be
 * timely). A dropped connection fails every in-flight request with NETWORK_EXCEPTION (retriable).
 *
 * Security: `tls` wraps the socket in TLS (SSL / SASL_SSL listeners; the host name is checked against
 * the certificate unless the options say otherwise); `sasl` authenticates right after ApiVersions
 * (SaslHandshake v1 + SaslAuthenticate) and again before the session lifetime the broker gives
 * runs out (KIP-368). A failed authentication is SASL_AUTHENTICATION_FAILED, not retriable.
 */
import { connect as netConnect, type Socket } from 'node:net';
import { connect as tlsConnect, type ConnectionOptions as TlsConnectionOptions } from 'node:tls';
import { saslExchange, type SaslOptions } from './sasl-client.ts';
import { API_INFO, ApiKey } from '../protocol/generated/api-keys.ts';
import { ErrorCode } from '../protocol/generated/error-codes.ts';
import type { RequestTypes, ResponseTypes } from '../protocol/generated/messages.ts';
import type { Input } from '../protocol/input.ts';
import { encodeRequest, decodeResponse, responseCorrelationId } from '../protocol/request-codec.ts';
import { isProtocolError } from '../protocol/protocol-error.ts';
import { KafkaError, isKafkaError } from './kafka-error.ts';

/**
 * Newest version this client is written for, where the generated codecs know a newer one whose
 * meaning the client does not implement yet: OffsetCommit / OffsetFetch v10 name topics by id and
 * belong to KIP-848 consumer groups (the Java client also uses v9 for classic groups).
 */
const CLIENT_MAX_VERSION: Partial<Record<number, number>> = {
  [ApiKey.OffsetCommit]: 9,
  [ApiKey.OffsetFetch]: 9,
};

export interface ConnectionOptions {
  host: string;
  port: number;
  clientId?: string;
  /** Milliseconds to establish TCP and finish ApiVersions (default 10 s). */
  connectTimeoutMs?: number;
  /** Default time a request may wait for its response (default 30 s, Kafka's request.timeout.ms). */
  requestTimeoutMs?: number;
  /** Largest response frame accepted (default 256 MiB). */
  maxResponseBytes?: number;
  /** TLS (true: the system CAs and defaults; or node:tls options such as ca, cert, key). */
  tls?: boolean | TlsConnectionOptions;
  /** SASL authentication after ApiVersions. */
  sasl?: SaslOptions;
}

export interface SendOptions {
  /** Use this version instead of the negotiated one. */
  version?: number;
  /** Overrides the connection's request timeout (Fetch adds its max wait). */
  timeoutMs?: number;
}

interface Pending {
  apiKey: number;
  version: number;
  resolve(body: unknown): void;
  reject(e: Error): void;
  timer: NodeJS.Timeout;
}

const CLIENT_SOFTWARE_NAME = 'samsa-client';
const CLIENT_SOFTWARE_VERSION = '0.1.0';

export class Connection {
  readonly host: string;
  readonly port: number;
  readonly clientId: string;
  private readonly socket: Socket;
  private readonly requestTimeoutMs: number;
  private readonly maxResponseBytes: number;
  private correlationId = 0;
  private readonly pending = new Map<number, Pending>();
  /** Received bytes not yet framed, kept as a list so a large response is joined once. */
  private chunks: Buffer[] = [];
  private buffered = 0;
  private needed = -1;
  private brokerVersions = new Map<number, { min: number; max: number }>();
  private closeError: KafkaError | null = null;
  private readonly closeListeners: Array<(e: KafkaError) => void> = [];

  private constructor(socket: Socket, opts: ConnectionOptions) {
    this.socket = socket;
    this.host = opts.host;
    this.port = opts.port;
    this.clientId = opts.clientId ?? 'samsa';
    this.requestTimeoutMs = opts.requestTimeoutMs ?? 30_000;
    this.maxResponseBytes = opts.maxResponseBytes ?? 256 * 1024 * 1024;
    socket.on('data', (b: Buffer) => this.onData(b));
    socket.on('error', (e) => this.fail(new KafkaError(ErrorCode.NETWORK_EXCEPTION, `${this.address}: ${e.message}`, { cause: e })));
    socket.on('close', () => this.fail(new KafkaError(ErrorCode.NETWORK_EXCEPTION, `connection to ${this.address} closed`)));
  }

  /** Opens the socket and negotiates versions; rejects with NETWORK_EXCEPTION when the broker is unreachable. */
  static async connect(opts: ConnectionOptions): Promise<Connection> {
    const timeoutMs = opts.connectTimeoutMs ?? 10_000;
    const socket = await new Promise<Socket>((resolve, reject) => {
      const tlsOpts = opts.tls === true ? {} : opts.tls || null;
      const s = tlsOpts
        ? tlsConnect({ servername: isIpAddress(opts.host) ? undefined : opts.host, ...tlsOpts, host: opts.host, port: opts.port })
        : netConnect({ host: opts.host, port: opts.port, noDelay: true });
      const timer = setTimeout(() => {
        s.destroy();
        reject(new KafkaError(ErrorCode.NETWORK_EXCEPTION, `connecting to ${opts.host}:${opts.port} timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      s.once(tlsOpts ? 'secureConnect' : 'connect', () => {
        clearTimeout(timer);
        s.setNoDelay(true);
        s.removeAllListeners('error');
        resolve(s);
      });
      s.once('error', (e) => {
        clearTimeout(timer);
        reject(new KafkaError(ErrorCode.NETWORK_EXCEPTION, `cannot connect to ${opts.host}:${opts.port}: ${e.message}`, { cause: e }));
      });
    });
    const conn = new Connection(socket, opts);
    try {
      await conn.negotiate(timeoutMs);
      if (opts.sasl) await conn.authenticate(opts.sasl, timeoutMs);
    } catch (e) {
      conn.close();
      throw e;
    }
    return conn;
  }

  get address(): string {
    return `${this.host}:${this.port}`;
  }

  get closed(): boolean {
    return this.closeError !== null;
  }

  get inFlight(): number {
    return this.pending.size;
  }

  onClose(listener: (e: KafkaError) => void): void {
    this.closeListeners.push(listener);
  }

  /** The broker's supported range for an api key, or undefined when it does not serve it. */
  brokerRange(apiKey: number): { min: number; max: number } | undefined {
    return this.brokerVersions.get(apiKey);
  }

  /** The highest version of `apiKey` both sides support; UNSUPPORTED_VERSION when the ranges do not meet. */
  version(apiKey: number, maxWanted = Number.MAX_SAFE_INTEGER): number {
    const ours = API_INFO[apiKey];
    const theirs = this.brokerVersions.get(apiKey);
    if (ours === undefined || theirs === undefined) {
      throw new KafkaError(ErrorCode.UNSUPPORTED_VERSION, `${this.address} does not support ${ours?.name ?? `api key ${apiKey}`}`);
    }
    const v = Math.min(ours.maxVersion, CLIENT_MAX_VERSION[apiKey] ?? ours.maxVersion, theirs.max, maxWanted);
    if (v < Math.max(ours.minVersion, theirs.min)) {
      throw new KafkaError(
        ErrorCode.UNSUPPORTED_VERSION,
        `${ours.name}: broker ${this.address} supports v${theirs.min}-${theirs.max}, this client v${ours.minVersion}-${Math.min(ours.maxVersion, CLIENT_MAX_VERSION[apiKey] ?? ours.maxVersion, maxWanted)}`,
      );
    }
    return v;
  }

  /** Sends a request and resolves to the decoded response body. */
  send<K extends keyof RequestTypes & keyof ResponseTypes>(apiKey: K, body: Input<RequestTypes[K]>, opts: SendOptions = {}): Promise<ResponseTypes[K]> {
    const version = opts.version ?? this.version(apiKey);
    return this.sendRaw(apiKey, version, body, opts.timeoutMs ?? this.requestTimeoutMs) as Promise<ResponseTypes[K]>;
  }

  /** Writes a request the broker will not answer (Produce with acks=0). */
  sendNoResponse<K extends keyof RequestTypes>(apiKey: K, body: Input<RequestTypes[K]>, version: number): void {
    if (this.closeError !== null) throw this.closeError;
    const correlationId = this.nextCorrelationId();
    this.socket.write(encodeRequest({ apiKey, apiVersion: version, correlationId, clientId: this.clientId }, body));
  }

  /** Closes the socket; in-flight requests fail with NETWORK_EXCEPTION. */
  close(): void {
    this.fail(new KafkaError(ErrorCode.NETWORK_EXCEPTION, `connection to ${this.address} closed by the client`));
  }

  private nextCorrelationId(): number {
    this.correlationId = (this.correlationId + 1) & 0x7fffffff;
    return this.correlationId;
  }

  private sendRaw(apiKey: number, version: number, body: unknown, timeoutMs: number): Promise<unknown> {
    if (this.closeError !== null) return Promise.reject(this.closeError);
    const correlationId = this.nextCorrelationId();
    let frame: Buffer;
    try {
      frame = encodeRequest({ apiKey, apiVersion: version, correlationId, clientId: this.clientId }, body);
    } catch (e) {
      return Promise.reject(e);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(correlationId);
        const err = new KafkaError(ErrorCode.REQUEST_TIMED_OUT, `${API_INFO[apiKey]?.name} to ${this.address} got no response in ${timeoutMs} ms`);
        reject(err);
        this.fail(new KafkaError(ErrorCode.NETWORK_EXCEPTION, `connection to ${this.address} closed after a request timed out`));
      }, timeoutMs);
      this.pending.set(correlationId, { apiKey, version, resolve, reject, timer });
      this.socket.write(frame);
    });
  }

  private async negotiate(timeoutMs: number): Promise<void> {
    const ours = API_INFO[ApiKey.ApiVersions]!.maxVersion;
    let version = Math.min(ours, 4);
    for (let attempt = 0; attempt < 2; attempt++) {
      const body = { clientSoftwareName: CLIENT_SOFTWARE_NAME, clientSoftwareVersion: CLIENT_SOFTWARE_VERSION };
      let res: ResponseTypes[typeof ApiKey.ApiVersions];
      try {
        res = (await this.sendRaw(ApiKey.ApiVersions, version, body, timeoutMs)) as ResponseTypes[typeof ApiKey.ApiVersions];
      } catch (e) {
        // KIP-511: a broker answers an unknown ApiVersions version with a v0 body, which a newer
        // decoder may not parse; the v0 retry below reads it.
        if (isKafkaError(e) || version === 0) throw e;
        version = 0;
        continue;
      }
      if (res.errorCode === ErrorCode.UNSUPPORTED_VERSION) {
        const theirs = res.apiKeys.find((k) => k.apiKey === ApiKey.ApiVersions);
        version = Math.min(ours, theirs?.maxVersion ?? 0);
        continue;
      }
      if (res.errorCode !== ErrorCode.NONE) throw new KafkaError(res.errorCode, `ApiVersions from ${this.address}`);
      this.brokerVersions = new Map(res.apiKeys.map((k) => [k.apiKey, { min: k.minVersion, max: k.maxVersion }]));
      return;
    }
    throw new KafkaError(ErrorCode.UNSUPPORTED_VERSION, `${this.address} accepts no ApiVersions version this client speaks`);
  }

  private reauthTimer: NodeJS.Timeout | null = null;

  /** SaslHandshake + SaslAuthenticate; schedules the re-authentication the session lifetime asks for. */
  private async authenticate(sasl: SaslOptions, timeoutMs: number): Promise<void> {
    const hs = (await this.sendRaw(ApiKey.SaslHandshake, 1, { mechanism: sasl.mechanism }, timeoutMs)) as ResponseTypes[typeof ApiKey.SaslHandshake];
    if (hs.errorCode !== ErrorCode.NONE) {
      throw new KafkaError(hs.errorCode, `${this.address} does not offer SASL ${sasl.mechanism} (it offers ${hs.mechanisms.join(', ') || 'none'})`, { retriable: false });
    }
    const exchange = saslExchange(sasl);
    let token: Buffer | null = await exchange.first();
    const version = Math.min(2, this.brokerVersions.get(ApiKey.SaslAuthenticate)?.max ?? 0);
    let lifetimeMs = 0;
    while (token !== null) {
      const res = (await this.sendRaw(ApiKey.SaslAuthenticate, version, { authBytes: token }, timeoutMs)) as ResponseTypes[typeof ApiKey.SaslAuthenticate];
      if (res.errorCode !== ErrorCode.NONE) {
        throw new KafkaError(res.errorCode, `SASL ${sasl.mechanism} authentication to ${this.address} failed: ${res.errorMessage ?? 'no reason given'}`, { retriable: false });
      }
      lifetimeMs = Number(res.sessionLifetimeMs ?? 0n);
      try {
        token = exchange.next(res.authBytes);
      } catch (e) {
        throw new KafkaError(ErrorCode.SASL_AUTHENTICATION_FAILED, `${this.address}: ${(e as Error).message}`, { retriable: false });
      }
    }
    if (lifetimeMs > 0) {
      // Re-authenticate at 85-95 % of the lifetime, as the Java client does; a failure closes the connection.
      const at = lifetimeMs * (0.85 + Math.random() * 0.1);
      this.reauthTimer = setTimeout(() => {
        this.authenticate(sasl, timeoutMs).catch((e: unknown) => this.fail(isKafkaError(e) ? e : new KafkaError(ErrorCode.SASL_AUTHENTICATION_FAILED, String(e))));
      }, at);
      this.reauthTimer.unref();
    }
  }

  private onData(b: Buffer): void {
    this.chunks.push(b);
    this.buffered += b.length;
    while (this.closeError === null) {
      if (this.needed < 0) {
        if (this.buffered < 4) return;
        const head = this.chunks[0]!.length >= 4 ? this.chunks[0]! : this.join();
        const size = head.readInt32BE(0);
        if (size < 4 || size > this.maxResponseBytes) {
          this.fail(new KafkaError(ErrorCode.CORRUPT_MESSAGE, `${this.address} sent a response frame of ${size} bytes`, { retriable: true }));
          return;
        }
        this.needed = size + 4;
      }
      if (this.buffered < this.needed) return;
      const all = this.chunks.length === 1 ? this.chunks[0]! : this.join();
      const payload = all.subarray(4, this.needed);
      const rest = all.subarray(this.needed);
      this.chunks = rest.length > 0 ? [rest] : [];
      this.buffered = rest.length;
      this.needed = -1;
      this.onFrame(payload);
    }
  }

  private join(): Buffer {
    const all = Buffer.concat(this.chunks, this.buffered);
    this.chunks = [all];
    return all;
  }

  private onFrame(payload: Buffer): void {
    let correlationId: number;
    try {
      correlationId = responseCorrelationId(payload);
    } catch {
      this.fail(new KafkaError(ErrorCode.CORRUPT_MESSAGE, `${this.address} sent a truncated response`, { retriable: true }));
      return;
    }
    const p = this.pending.get(correlationId);
    if (p === undefined) return; // a response to a request that already timed out
    this.pending.delete(correlationId);
    clearTimeout(p.timer);
    try {
      p.resolve(decodeResponse(p.apiKey, p.version, payload).body);
    } catch (e) {
      const msg = isProtocolError(e) ? `${e.code} ${e.message}` : String(e);
      p.reject(new KafkaError(ErrorCode.CORRUPT_MESSAGE, `cannot decode ${API_INFO[p.apiKey]?.name} v${p.version} response from ${this.address}: ${msg}`, { retriable: false, cause: e }));
    }
  }

  private fail(e: KafkaError): void {
    if (this.closeError !== null) return;
    this.closeError = e;
    if (this.reauthTimer) clearTimeout(this.reauthTimer);
    this.socket.destroy();
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(e);
    }
    this.pending.clear();
    for (const l of this.closeListeners) l(e);
  }
}

function isIpAddress(host: string): boolean {
  return /^[\d.]+$/.test(host) || host.includes(':');
}
