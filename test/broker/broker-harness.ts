/**
 * Test kit for broker tests: an in-process broker on an ephemeral port with a temporary data dir,
 * and a raw client that speaks the protocol through the generated codecs over a real socket.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { Broker } from '../../src/broker/broker.ts';
import { BrokerConfig } from '../../src/config/broker-config.ts';
import type { FileSystem } from '../../src/storage/fs/file-system.ts';
import { readFrame } from '../../src/protocol/frame.ts';
import { decodeResponse, encodeRequest } from '../../src/protocol/request-codec.ts';

export interface TestBroker {
  broker: Broker;
  port: number;
  dir: string;
  logLines: string[];
  /** Stops the broker; keeps the data dir unless `remove`. */
  stop(): Promise<void>;
  /** Stops the broker and removes its data dir. */
  close(): Promise<void>;
}

export async function startTestBroker(
  props: Record<string, string | number | boolean> = {},
  dir?: string,
  opts: { maxInFlightPerConnection?: number; fs?: FileSystem } = {},
): Promise<TestBroker> {
  const dataDir = dir ?? mkdtempSync(join(tmpdir(), 'samsa-broker-'));
  const config = BrokerConfig.fromProperties({ listeners: 'PLAINTEXT://127.0.0.1:0', 'log.dirs': dataDir, ...props });
  const logLines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      logLines.push(...chunk.toString().split('\n').filter((l) => l !== ''));
      cb();
    },
  });
  const logger = pino({ level: 'debug' }, sink);
  const broker = await Broker.start({ config, logger, ...opts });
  const port = broker.boundAddresses()[0]!.port;
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    await broker.close();
  };
  return {
    broker,
    port,
    dir: dataDir,
    logLines,
    stop,
    async close() {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A raw protocol client: one socket, responses matched by correlation id. */
export class TestClient {
  private pending: () => number = () => 0;
  private waiting = new Map<number, (payload: Buffer) => void>();
  private nextCorrelation = 1;
  private closedPromise: Promise<void>;
  closed = false;
  /** Correlation ids in the order responses arrived. */
  readonly received: number[] = [];

  private constructor(readonly socket: Socket) {
    let chunks: Buffer[] = [];
    let buffered = 0;
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      buffered += chunk.length;
      // Join chunks only once a whole frame is there (large Fetch responses arrive in many chunks).
      for (;;) {
        if (buffered < 4) return;
        const head = chunks[0]!.length >= 4 ? chunks[0]! : Buffer.concat(chunks);
        if (buffered < 4 + head.readInt32BE(0)) return;
        const all = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
        const f = readFrame(all, 0, 1 << 30)!;
        const rest = all.subarray(f.next);
        chunks = rest.length > 0 ? [rest] : [];
        buffered = rest.length;
        const corr = f.payload.readInt32BE(0);
        this.received.push(corr);
        const w = this.waiting.get(corr);
        this.waiting.delete(corr);
        w?.(f.payload);
      }
    });
    this.pending = () => buffered;
    this.closedPromise = new Promise((resolve) => socket.on('close', () => {
      this.closed = true;
      resolve();
    }));
    socket.on('error', () => {});
  }

  /** A client over a connected socket (a TLS one, say). */
  static over(socket: Socket): TestClient {
    return new TestClient(socket);
  }

  static connect(port: number): Promise<TestClient> {
    return new Promise((resolve, reject) => {
      const s = connect({ host: '127.0.0.1', port }, () => resolve(new TestClient(s)));
      s.once('error', reject);
    });
  }

  /** Sends a request and resolves with the decoded response body. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests build bodies of any API
  async request<T = any>(apiKey: number, apiVersion: number, body: unknown, clientId: string | null = 'samsa-test'): Promise<T> {
    const correlationId = this.nextCorrelation++;
    const frame = encodeRequest({ apiKey, apiVersion, correlationId, clientId }, body);
    const payload = await this.send(frame, correlationId);
    return decodeResponse(apiKey, apiVersion, payload).body as T;
  }

  /** Writes `frame` and resolves with the raw response payload for `correlationId`. */
  send(frame: Buffer, correlationId: number, timeoutMs = 5000): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no response to correlation id ${correlationId}`)), timeoutMs);
      this.waiting.set(correlationId, (p) => {
        clearTimeout(timer);
        resolve(p);
      });
      this.closedPromise.then(() => {
        clearTimeout(timer);
        reject(new Error('connection closed'));
      });
      this.socket.write(frame);
    });
  }

  nextCorrelationId(): number {
    return this.nextCorrelation++;
  }

  write(bytes: Buffer | string): void {
    this.socket.write(bytes);
  }

  /** Resolves true if the broker closes the connection within `ms`, false otherwise. */
  async closedWithin(ms: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const r = await Promise.race([
      this.closedPromise.then(() => true),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms))),
    ]);
    clearTimeout(timer);
    return r;
  }

  /** Bytes the broker sent that were not a complete frame, plus whether any frame arrived unmatched. */
  get pendingBytes(): number {
    return this.pending();
  }

  close(): void {
    this.socket.destroy();
  }
}
