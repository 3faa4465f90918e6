/**
 * Waits until a Kafka-protocol broker (Samsa or Apache Kafka) is ready for clients: it accepts a
 * TCP connection and answers a Metadata v1 request that lists at least one broker.
 *
 * The probe writes its two tiny frames by hand on purpose: the harness must not depend on the
 * protocol code it is there to test. Wire form (all big-endian):
 *   request  = int32 size | int16 apiKey=3 | int16 version=1 | int32 correlationId | string clientId
 *              | int32 topicCount=0 (no topics: just brokers)
 *   response = int32 size | int32 correlationId | int32 brokerCount | ...
 */
import { connect } from 'node:net';

const METADATA = 3;

function metadataV1Frame(correlationId: number): Buffer {
  const clientId = Buffer.from('samsa-probe');
  const body = Buffer.alloc(2 + 2 + 4 + 2 + clientId.length + 4);
  let at = body.writeInt16BE(METADATA, 0);
  at = body.writeInt16BE(1, at);
  at = body.writeInt32BE(correlationId, at);
  at = body.writeInt16BE(clientId.length, at);
  at += clientId.copy(body, at);
  body.writeInt32BE(0, at);
  const size = Buffer.alloc(4);
  size.writeInt32BE(body.length);
  return Buffer.concat([size, body]);
}

/** One attempt: resolves with the broker count, rejects on any socket error or timeout. */
export function probeOnce(host: string, port: number, timeoutMs = 2000): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('probe timed out'));
    }, timeoutMs);
    const done = (err: Error | null, brokers = 0): void => {
      clearTimeout(timer);
      socket.destroy();
      if (err) reject(err);
      else resolve(brokers);
    };
    socket.on('connect', () => socket.write(metadataV1Frame(7)));
    socket.on('data', (b: Buffer) => {
      chunks.push(b);
      const all = Buffer.concat(chunks);
      if (all.length < 12) return;
      if (all.readInt32BE(4) !== 7) return done(new Error('probe: wrong correlation id'));
      done(null, all.readInt32BE(8));
    });
    socket.on('error', (e) => done(e));
    socket.on('close', () => done(new Error('probe: connection closed')));
  });
}

/**
 * Polls until the broker lists itself in Metadata, or throws after timeoutMs.
 * `alive` lets the caller stop early when the process it started has exited.
 */
export async function waitForBroker(
  host: string,
  port: number,
  timeoutMs: number,
  alive: () => string | null = () => null,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no attempt';
  while (Date.now() < deadline) {
    const dead = alive();
    if (dead) throw new Error(dead);
    try {
      if ((await probeOnce(host, port)) > 0) return;
      last = 'metadata lists no broker yet';
    } catch (e) {
      last = (e as Error).message;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`broker at ${host}:${port} not ready after ${timeoutMs} ms (${last})`);
}
