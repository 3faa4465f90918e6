/**
 * Whole requests and responses: size prefix + header + body, with the header version chosen by
 * headers.ts and the body handled by the generated codec for the api key (generated/messages.ts).
 *
 * Decoded values reference the input buffer (bytes and records fields are views, not copies), so
 * keep the payload alive as long as the value is used.
 *
 * Large Fetch responses: `encodeResponseChunks` returns the frame as a list of buffers in which
 * every records field of 16 KiB or more is the caller's own buffer (no copy) — hand the list to
 * `socket.cork(); write(...); uncork()` or writev. `encodeResponse` joins the same list, copying
 * each records field exactly once.
 */
import { Reader } from './reader.ts';
import { Writer } from './writer.ts';
import { ChunkedWriter } from './chunked-writer.ts';
import { ProtocolError } from './protocol-error.ts';
import type { Input } from './input.ts';
import { API_INFO } from './generated/api-keys.ts';
import { REQUEST_CODECS, RESPONSE_CODECS, type MessageCodec, type RequestTypes, type ResponseTypes } from './generated/messages.ts';
import { decodeRequestHeader as decodeHeaderFields, encodeRequestHeader, type RequestHeader } from './generated/request-header.ts';
import { decodeResponseHeader, encodeResponseHeader } from './generated/response-header.ts';
import { requestHeaderVersion, responseHeaderVersion } from './headers.ts';

export interface RequestHeaderInput {
  apiKey: number;
  apiVersion: number;
  correlationId: number;
  clientId: string | null;
}

/**
 * Runs an encoder, turning the RangeError/TypeError a malformed value provokes inside Buffer
 * (an int32 out of range, a string where a number belongs) into a typed INVALID_VALUE.
 */
function encodeBody(c: MessageCodec, w: Writer, body: unknown, version: number): void {
  try {
    c.encode(w, body as Input<unknown>, version);
  } catch (e) {
    if (e instanceof ProtocolError) throw e;
    throw new ProtocolError('INVALID_VALUE', `${c.schema.name} v${version}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function codec(table: readonly MessageCodec[], apiKey: number): MessageCodec {
  const c = Number.isInteger(apiKey) ? table[apiKey] : undefined;
  if (c === undefined) throw new ProtocolError('UNKNOWN_API_KEY', `unknown API key ${apiKey}`);
  return c;
}

/** A whole request frame (size prefix included). */
export function encodeRequest<K extends keyof RequestTypes>(
  header: RequestHeaderInput & { apiKey: K },
  body: Input<RequestTypes[K]>,
): Buffer;
export function encodeRequest(header: RequestHeaderInput, body: unknown): Buffer;
export function encodeRequest(header: RequestHeaderInput, body: unknown): Buffer {
  const c = codec(REQUEST_CODECS, header.apiKey);
  const w = new Writer(256);
  const size = w.reserveInt32();
  encodeRequestHeader(
    w,
    {
      requestApiKey: header.apiKey,
      requestApiVersion: header.apiVersion,
      correlationId: header.correlationId,
      clientId: header.clientId,
    },
    requestHeaderVersion(header.apiKey, header.apiVersion),
  );
  encodeBody(c, w, body, header.apiVersion);
  w.patchInt32(size, w.pos - size - 4);
  return w.finish();
}

/**
 * Reads the request header from a frame payload (size prefix already removed). The api key and
 * version are peeked first to choose the header version. The version itself is not checked here,
 * so a broker can still answer an ApiVersions request of a version it does not know (KIP-511).
 */
export function decodeRequestHeader(payload: Buffer): { header: RequestHeader; bodyOffset: number } {
  if (payload.length < 4) throw new ProtocolError('TRUNCATED', `request of ${payload.length} bytes has no api key and version`);
  const apiKey = payload.readInt16BE(0);
  const apiVersion = payload.readInt16BE(2);
  if (API_INFO[apiKey] === undefined) throw new ProtocolError('UNKNOWN_API_KEY', `unknown API key ${apiKey}`);
  const r = new Reader(payload);
  const header = decodeHeaderFields(r, requestHeaderVersion(apiKey, apiVersion));
  return { header, bodyOffset: r.pos };
}

/**
 * Decodes a request body. Bytes left after it are ignored, as Apache Kafka ignores them (librdkafka
 * 2.x up to 2.15 writes 3 stray bytes after an all-topics Metadata v9+ request); `onTrailing`, when
 * given, hears how many there were.
 */
export function decodeRequestBody<K extends keyof RequestTypes>(
  apiKey: K,
  apiVersion: number,
  payload: Buffer,
  bodyOffset: number,
  onTrailing?: (bytes: number) => void,
): RequestTypes[K];
export function decodeRequestBody(apiKey: number, apiVersion: number, payload: Buffer, bodyOffset: number, onTrailing?: (bytes: number) => void): unknown;
export function decodeRequestBody(apiKey: number, apiVersion: number, payload: Buffer, bodyOffset: number, onTrailing?: (bytes: number) => void): unknown {
  const c = codec(REQUEST_CODECS, apiKey);
  const r = new Reader(payload, bodyOffset);
  const body = c.decode(r, apiVersion);
  if (r.remaining() !== 0) onTrailing?.(r.remaining());
  return body;
}

/** A whole response frame as a list of buffers (see the top of this file); the first holds the size prefix. */
export function encodeResponseChunks<K extends keyof ResponseTypes>(apiKey: K, apiVersion: number, correlationId: number, body: Input<ResponseTypes[K]>): Buffer[];
export function encodeResponseChunks(apiKey: number, apiVersion: number, correlationId: number, body: unknown): Buffer[];
export function encodeResponseChunks(apiKey: number, apiVersion: number, correlationId: number, body: unknown): Buffer[] {
  const c = codec(RESPONSE_CODECS, apiKey);
  const w = new ChunkedWriter(1024);
  w.reserveInt32();
  encodeResponseHeader(w, { correlationId }, responseHeaderVersion(apiKey, apiVersion));
  encodeBody(c, w, body, apiVersion);
  const total = w.length;
  const chunks = w.finishChunks();
  chunks[0]!.writeInt32BE(total - 4, 0);
  return chunks;
}

/** A whole response frame (size prefix included) in one buffer. */
export function encodeResponse<K extends keyof ResponseTypes>(apiKey: K, apiVersion: number, correlationId: number, body: Input<ResponseTypes[K]>): Buffer;
export function encodeResponse(apiKey: number, apiVersion: number, correlationId: number, body: unknown): Buffer;
export function encodeResponse(apiKey: number, apiVersion: number, correlationId: number, body: unknown): Buffer {
  const chunks = encodeResponseChunks(apiKey, apiVersion, correlationId, body);
  if (chunks.length === 1) return chunks[0]!;
  let total = 0;
  for (const c of chunks) total += c.length;
  return Buffer.concat(chunks, total);
}

/** The correlation id of a response payload (first 4 bytes in every response header version). */
export function responseCorrelationId(payload: Buffer): number {
  if (payload.length < 4) throw new ProtocolError('TRUNCATED', `response of ${payload.length} bytes has no correlation id`);
  return payload.readInt32BE(0);
}

/** Decodes a response payload (size prefix removed) for the request that was sent with this key and version. */
export function decodeResponse<K extends keyof ResponseTypes>(apiKey: K, apiVersion: number, payload: Buffer): { correlationId: number; body: ResponseTypes[K] };
export function decodeResponse(apiKey: number, apiVersion: number, payload: Buffer): { correlationId: number; body: unknown };
export function decodeResponse(apiKey: number, apiVersion: number, payload: Buffer): { correlationId: number; body: unknown } {
  const c = codec(RESPONSE_CODECS, apiKey);
  const r = new Reader(payload);
  const header = decodeResponseHeader(r, responseHeaderVersion(apiKey, apiVersion));
  const body = c.decode(r, apiVersion);
  if (r.remaining() !== 0) {
    throw new ProtocolError('TRAILING_BYTES', `${r.remaining()} bytes left after ${API_INFO[apiKey]!.name} v${apiVersion} response`);
  }
  return { correlationId: header.correlationId, body };
}
