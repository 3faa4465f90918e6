/**
 * A TCP proxy that records the Kafka frames passing through it, to capture what real clients send.
 *
 * It listens on a loopback port and forwards every connection to `upstreamPort` (a reference Kafka
 * whose advertised.listeners point back at this proxy, so clients come through here for every
 * connection). Kafka frames are an int32 big-endian size followed by that many bytes; the proxy
 * splits both directions into frames and keeps the payloads (the bytes after the size):
 *   request payload  = int16 apiKey | int16 apiVersion | int32 correlationId | header rest | body
 *   response payload = int32 correlationId | header rest | body
 * Responses are matched to their request by correlation id within the connection. Requests are
 * forwarded unchanged and at once. Responses are forwarded frame by frame, unchanged except for one
 * opt-in rewrite: `versionCaps` lowers the max versions in ApiVersions responses, so clients speak
 * the versions a broker built from our schemas would advertise (what they will send to Samsa),
 * not the newer ones the reference Kafka knows. The rewrite keeps every length the same.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';

export interface CapturedExchange {
  /** Which step of the capture run sent it (set by the driver through `label`). */
  label: string;
  connection: number;
  apiKey: number;
  apiVersion: number;
  correlationId: number;
  request: Buffer;
  /** Missing for acks=0 produce requests and for requests still in flight at close. */
  response?: Buffer;
}

/** Splits a byte stream into size-prefixed frames. */
class FrameSplitter {
  private pending: Buffer = Buffer.alloc(0);
  constructor(private readonly onFrame: (payload: Buffer) => void) {}
  push(chunk: Buffer): void {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    while (this.pending.length >= 4) {
      const size = this.pending.readInt32BE(0);
      if (size < 0 || this.pending.length < 4 + size) return;
      this.onFrame(Buffer.from(this.pending.subarray(4, 4 + size)));
      this.pending = this.pending.subarray(4 + size);
    }
  }
}

export class CaptureProxy {
  readonly exchanges: CapturedExchange[] = [];
  /** Applied to every request recorded from now on. */
  label = '';
  upstreamPort = 0;
  /** api key → highest version to advertise (ApiVersions responses are patched in place). */
  versionCaps: Map<number, number> | null = null;
  private connections = 0;
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static start(upstreamPort = 0): Promise<CaptureProxy> {
    return new Promise((resolve, reject) => {
      const server = createServer();
      server.on('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        const proxy = new CaptureProxy(server, typeof address === 'object' && address ? address.port : 0);
        proxy.upstreamPort = upstreamPort;
        server.on('connection', (s) => proxy.accept(s));
        resolve(proxy);
      });
    });
  }

  private accept(client: Socket): void {
    const connection = ++this.connections;
    const upstream = connect({ host: '127.0.0.1', port: this.upstreamPort });
    this.sockets.add(client).add(upstream);
    const inFlight = new Map<number, CapturedExchange>();
    const requests = new FrameSplitter((payload) => {
      if (payload.length < 8) return;
      const ex: CapturedExchange = {
        label: this.label,
        connection,
        apiKey: payload.readInt16BE(0),
        apiVersion: payload.readInt16BE(2),
        correlationId: payload.readInt32BE(4),
        request: payload,
      };
      this.exchanges.push(ex);
      inFlight.set(ex.correlationId, ex);
    });
    const responses = new FrameSplitter((payload) => {
      const ex = payload.length >= 4 ? inFlight.get(payload.readInt32BE(0)) : undefined;
      if (ex) {
        if (ex.apiKey === 18 && this.versionCaps) capApiVersions(payload, ex.apiVersion, this.versionCaps);
        ex.response = payload;
        inFlight.delete(ex.correlationId);
      }
      const size = Buffer.alloc(4);
      size.writeInt32BE(payload.length);
      client.write(Buffer.concat([size, payload]));
    });
    client.on('data', (b: Buffer) => {
      requests.push(b);
      upstream.write(b);
    });
    upstream.on('data', (b: Buffer) => responses.push(b));
    const close = (): void => {
      client.destroy();
      upstream.destroy();
      this.sockets.delete(client);
      this.sockets.delete(upstream);
    };
    client.on('close', close);
    upstream.on('close', close);
    client.on('error', close);
    upstream.on('error', close);
  }

  close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

function readUvarint(buf: Buffer, at: number): [number, number] {
  let value = 0;
  for (let shift = 0; shift < 35; shift += 7) {
    const b = buf[at++]!;
    value |= (b & 0x7f) << shift;
    if ((b & 0x80) === 0) return [value >>> 0, at];
  }
  throw new Error('varint too long');
}

/**
 * Lowers max versions in an ApiVersions response payload in place (response header v0 always).
 * Body: errorCode int16, then the api keys: v0-2 int32 count; v3+ compact array (uvarint count+1)
 * with a tagged-field section after each entry. Entry: apiKey int16, minVersion int16, maxVersion int16.
 */
function capApiVersions(payload: Buffer, version: number, caps: Map<number, number>): void {
  let at = 4;
  if (payload.readInt16BE(at) !== 0) return; // an error answer: leave it alone
  at += 2;
  let count: number;
  if (version >= 3) {
    [count, at] = readUvarint(payload, at);
    count -= 1;
  } else {
    count = payload.readInt32BE(at);
    at += 4;
  }
  for (let i = 0; i < count; i++) {
    const key = payload.readInt16BE(at);
    const min = payload.readInt16BE(at + 2);
    const cap = caps.get(key);
    if (cap !== undefined && payload.readInt16BE(at + 4) > cap) payload.writeInt16BE(Math.max(cap, min), at + 4);
    at += 6;
    if (version >= 3) {
      let tags: number;
      [tags, at] = readUvarint(payload, at);
      for (let t = 0; t < tags; t++) {
        let size: number;
        [, at] = readUvarint(payload, at);
        [size, at] = readUvarint(payload, at);
        at += size;
      }
    }
  }
}
