/**
 * One client connection: Kafka's framing (int32 size prefix, then the request), pipelining with
 * responses written strictly in request order, and bounded memory:
 * - the size prefix is checked against socket.request.max.bytes before anything is buffered for it;
 * - at most `maxInFlight` requests are being handled at once; past that the socket is paused;
 * - request bytes count against the broker-wide RequestBudget until their handler finishes;
 * - a socket that cannot take more response bytes stops the reading side too (backpressure).
 * A frame that cannot be trusted (bad size, malformed header or body, unknown API key) closes the
 * connection without a reply and logs why (RELIABILITY.md, bad input). Idle connections, including
 * ones that sent half a frame and went silent, close after connections.max.idle.ms.
 * A response that reports a quota throttle (KIP-219) mutes the connection: nothing more is read or
 * dispatched until the throttle time has passed.
 */
import type { Socket } from 'node:net';
import type { Logger } from 'pino';
import { readFrame } from '../protocol/frame.ts';
import { isProtocolError } from '../protocol/protocol-error.ts';
import type { ReadBufferPool } from '../storage/segment/read-buffer-pool.ts';
import { ANONYMOUS, type ClientInfo } from './handler.ts';
import type { RequestBudget } from './request-budget.ts';

/** The listener a connection belongs to: its name and security protocol (listener.security.protocol.map). */
export interface ListenerIdentity {
  name: string;
  securityProtocol: string;
}

export interface ConnectionLimits {
  maxRequestBytes: number;
  maxInFlight: number;
  idleMs: number;
  /**
   * Connection limits (connection-quotas.ts): told of each accepted socket, it calls `open` (now or
   * after a delay) or closes the socket.
   */
  gate?: { gate(socket: Socket, open: () => void): void };
}

/**
 * Turns one request payload into its response frame (as chunks; null when no response is due) and
 * what to run once the socket has taken it.
 */
export interface RequestDispatcher {
  dispatch(payload: Buffer, client: ClientInfo): Promise<{ chunks: Buffer[] | null; afterSend: (() => void)[]; closeAfter?: string; throttleMs?: number | undefined }>;
  /** Whether a request of `apiKey` is done with its bytes once `dispatch` settles (see Handler). */
  reusesRequestBuffer?(apiKey: number): boolean;
}

/** Frames from this size up that arrive in several socket reads are assembled in reused buffers. */
const POOLED_FRAME_MIN = 64 * 1024;

interface Slot {
  done: boolean;
  response: Buffer[] | null;
  afterSend: (() => void)[];
  /** Close the connection once this response is written, for this reason. */
  closeAfter?: string;
}

type PauseReason = 'inflight' | 'budget' | 'drain' | 'closing' | 'throttle';

export class Connection {
  readonly client: ClientInfo;
  private chunks: Buffer[] = [];
  private buffered = 0;
  private slots: Slot[] = [];
  private pauses = new Set<PauseReason>();
  private closed = false;
  private drained: (() => void) | null = null;
  private readonly onBudget = (): void => this.unpause('budget');
  private throttleTimer: NodeJS.Timeout | null = null;
  private throttledUntil = 0;

  constructor(
    private readonly socket: Socket,
    private readonly dispatcher: RequestDispatcher,
    private readonly limits: ConnectionLimits,
    private readonly budget: RequestBudget,
    private readonly log: Logger,
    private readonly onClose: (c: Connection) => void,
    /**
     * Where large requests that are done with their bytes when handled (Produce) are assembled:
     * a fresh multi-megabyte buffer per request costs page faults and garbage collections.
     */
    private readonly framePool: ReadBufferPool | null = null,
    listener: ListenerIdentity = { name: 'PLAINTEXT', securityProtocol: 'PLAINTEXT' },
    principal = ANONYMOUS,
  ) {
    const host = socket.remoteAddress ?? '';
    this.client = {
      remote: `${host}:${socket.remotePort}`,
      clientId: null,
      listener: listener.name,
      securityProtocol: listener.securityProtocol,
      host: host.startsWith('::ffff:') ? host.slice(7) : host,
      principal,
    };
    socket.setNoDelay(true);
    socket.setTimeout(limits.idleMs);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('timeout', () => {
      if (this.slots.length === 0) this.close('idle for connections.max.idle.ms', 'debug');
    });
    socket.on('drain', () => this.unpause('drain'));
    socket.on('error', (e) => this.close(`socket error: ${e.message}`, 'debug'));
    socket.on('close', () => this.close('closed by peer', 'debug'));
    socket.on('end', () => this.close('closed by peer', 'debug'));
  }

  get inFlight(): number {
    return this.slots.length;
  }

  /** Stop reading; resolve once every request already read has been answered, then close. */
  drain(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.pause('closing');
    return new Promise<void>((resolve) => {
      this.drained = resolve;
      this.flush();
    });
  }

  close(reason: string, level: 'debug' | 'warn' = 'warn'): void {
    if (this.closed) return;
    this.closed = true;
    this.log[level]({ remote: this.client.remote, clientId: this.client.clientId }, `connection closed: ${reason}`);
    this.budget.cancel(this.onBudget);
    if (this.throttleTimer) clearTimeout(this.throttleTimer);
    this.chunks = [];
    this.buffered = 0;
    this.socket.destroy();
    this.onClose(this);
    this.drained?.();
  }

  private onData(chunk: Buffer): void {
    if (this.closed) return;
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    this.pump();
  }

  private pause(reason: PauseReason): void {
    this.pauses.add(reason);
    this.socket.pause();
  }

  private unpause(reason: PauseReason): void {
    if (!this.pauses.delete(reason) || this.closed) return;
    if (this.pauses.size === 0) this.socket.resume();
    this.pump();
  }

  /**
   * The first `n` buffered bytes (n <= buffered), consumed: a slice of the first chunk when it holds
   * them all, else a copy into `into` (at least n bytes) or a new buffer.
   */
  private take(n: number, into?: Buffer): Buffer {
    const first = this.chunks[0]!;
    let out: Buffer;
    if (first.length >= n) {
      out = first.subarray(0, n);
      if (first.length === n) this.chunks.shift();
      else this.chunks[0] = first.subarray(n);
    } else {
      out = into ? into.subarray(0, n) : Buffer.allocUnsafe(n);
      let at = 0;
      while (at < n) {
        const c = this.chunks[0]!;
        const k = Math.min(c.length, n - at);
        c.copy(out, at, 0, k);
        at += k;
        if (k === c.length) this.chunks.shift();
        else this.chunks[0] = c.subarray(k);
      }
    }
    this.buffered -= n;
    return out;
  }

  private peekSize(): number {
    const first = this.chunks[0]!;
    if (first.length >= 4) return first.readInt32BE(0);
    const head = Buffer.concat(this.chunks, 4);
    return head.readInt32BE(0);
  }

  /** A pooled buffer for the next frame (`frameBytes` buffered, in several chunks), when it may have one. */
  private pooledFrame(frameBytes: number): { buffer: Buffer; release: () => void } | null {
    if (!this.framePool || frameBytes < POOLED_FRAME_MIN || this.chunks[0]!.length >= frameBytes) return null;
    const first = this.chunks[0]!;
    const apiKey = first.length >= 6 ? first.readInt16BE(4) : Buffer.concat(this.chunks, 6).readInt16BE(4);
    return this.dispatcher.reusesRequestBuffer?.(apiKey) ? this.framePool.acquire(frameBytes) : null;
  }

  /** Extracts and dispatches every complete frame the limits allow. */
  private pump(): void {
    while (!this.closed && this.buffered >= 4 && !this.pauses.has('closing') && !this.pauses.has('throttle')) {
      const size = this.peekSize();
      // Validate the size prefix before waiting for (and buffering) the body it announces. Before
      // SASL authentication frames are held to sasl.server.max.receive.size, as Kafka holds them.
      const sasl = this.client.sasl;
      const maxBytes = sasl && !sasl.authenticated ? Math.min(sasl.maxTokenBytes, this.limits.maxRequestBytes) : this.limits.maxRequestBytes;
      const head = Buffer.allocUnsafe(4);
      head.writeInt32BE(size, 0);
      try {
        readFrame(head, 0, maxBytes);
      } catch (e) {
        // 0x16 0x03: a TLS handshake record, i.e. a client configured for SSL on a plaintext listener.
        const tls = this.chunks[0]![0] === 0x16 && (this.chunks[0]!.length < 2 || this.chunks[0]![1] === 0x03);
        this.close(tls ? 'a TLS handshake on a plaintext listener (is the client set up for SSL?)' : `bad frame size ${size}: ${isProtocolError(e) ? e.message : String(e)}`);
        return;
      }
      if (this.buffered < 4 + size) return;
      if (this.slots.length >= this.limits.maxInFlight) {
        this.pause('inflight');
        return;
      }
      if (!this.budget.tryReserve(size)) {
        this.pause('budget');
        this.budget.onRelease(this.onBudget);
        return;
      }
      const pooled = this.pooledFrame(4 + size);
      const frame = this.take(4 + size, pooled?.buffer);
      const parsed = readFrame(frame, 0, this.limits.maxRequestBytes);
      if (parsed === null) {
        this.budget.release(size);
        pooled?.release();
        this.close('frame incomplete after size check');
        return;
      }
      this.start(parsed.payload, size, pooled?.release);
    }
  }

  /** Dispatches one request; `releaseFrame` gives its buffer back once the handler has settled. */
  private start(payload: Buffer, size: number, releaseFrame?: () => void): void {
    const slot: Slot = { done: false, response: null, afterSend: [] };
    this.slots.push(slot);
    let pending: ReturnType<RequestDispatcher['dispatch']>;
    try {
      pending = this.dispatcher.dispatch(payload, this.client);
    } catch (e) {
      pending = Promise.reject(e);
    }
    pending.then(
      (result) => {
        this.budget.release(size);
        releaseFrame?.();
        slot.done = true;
        slot.response = result.chunks;
        slot.afterSend = result.afterSend;
        slot.closeAfter = result.closeAfter;
        if (result.throttleMs) this.throttle(result.throttleMs);
        this.flush();
      },
      (e: unknown) => {
        this.budget.release(size);
        releaseFrame?.();
        slot.done = true;
        const reason = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
        this.close(reason);
      },
    );
  }

  /** Closes once what was written has left: the client reads the last response, then sees the close. */
  private closeAfterWrites(reason: string): void {
    this.closed = true;
    this.log.info({ remote: this.client.remote, clientId: this.client.clientId }, `connection closed: ${reason}`);
    this.budget.cancel(this.onBudget);
    this.chunks = [];
    this.buffered = 0;
    this.slots = [];
    if (this.throttleTimer) clearTimeout(this.throttleTimer);
    this.socket.pause();
    this.socket.destroySoon();
    this.onClose(this);
    this.drained?.();
  }

  /** KIP-219: reads nothing more for `ms` (a later, longer throttle extends it). */
  private throttle(ms: number): void {
    const until = Date.now() + ms;
    if (this.closed || until <= this.throttledUntil) return;
    this.throttledUntil = until;
    if (this.throttleTimer) clearTimeout(this.throttleTimer);
    this.pause('throttle');
    this.throttleTimer = setTimeout(() => {
      this.throttleTimer = null;
      this.unpause('throttle');
    }, ms);
  }

  /** Writes finished responses from the head of the queue, in request order. */
  private flush(): void {
    if (this.closed) return;
    if (this.slots.length > 0 && this.slots[0]!.done) {
      this.socket.cork();
      while (this.slots.length > 0 && this.slots[0]!.done) {
        const slot = this.slots.shift()!;
        if (!slot.response || slot.response.length === 0) {
          runAll(slot.afterSend);
          continue;
        }
        let ok = true;
        const last = slot.response.length - 1;
        for (let i = 0; i < last; i++) ok = this.socket.write(slot.response[i]!);
        // The last chunk's callback: every chunk of the frame has left (or the socket failed).
        const after = slot.afterSend;
        ok = after.length > 0 ? this.socket.write(slot.response[last]!, () => runAll(after)) : this.socket.write(slot.response[last]!);
        if (!ok) this.pause('drain');
        if (slot.closeAfter !== undefined) {
          this.socket.uncork();
          this.closeAfterWrites(slot.closeAfter);
          return;
        }
      }
      this.socket.uncork();
    }
    if (this.pauses.has('inflight') && this.slots.length < this.limits.maxInFlight) this.unpause('inflight');
    if (this.pauses.has('closing') && this.slots.length === 0) {
      this.closed = true;
      this.budget.cancel(this.onBudget);
      if (this.throttleTimer) clearTimeout(this.throttleTimer);
      // Close fully once the last responses are written: a client that never closes its side must
      // not keep the broker from stopping (server.close waits for every socket).
      this.socket.destroySoon();
      this.onClose(this);
      this.drained?.();
    }
  }
}

function runAll(fns: (() => void)[]): void {
  for (const fn of fns) fn();
}
