/**
 * The SCRAM messages a server reads and writes (RFC 5802 §7), as text over the SASL tokens:
 *
 *   client-first  = gs2-header client-first-bare
 *   gs2-header    = ("n" | "y" | "p=" cb-name) "," ["a=" saslname] ","
 *   client-first-bare = ["m=" ext ","] "n=" saslname "," "r=" c-nonce ["," ext-name "=" value]*
 *   server-first  = "r=" c-nonce s-nonce ",s=" base64(salt) ",i=" iterations
 *   client-final  = "c=" base64(gs2-header) ",r=" nonce ["," ext]* ",p=" base64(ClientProof)
 *   server-final  = "v=" base64(ServerSignature)
 *
 * A saslname escapes "," as "=2C" and "=" as "=3D"; any other "=" is malformed. Parsing never
 * throws anything but ScramFormatError, whose message says what was wrong (and nothing secret).
 */

export class ScramFormatError extends Error {
  override readonly name = 'ScramFormatError';
}

export interface ClientFirst {
  /** The gs2 header as sent ("n,," usually): the channel-binding data the client-final must echo. */
  gs2Header: string;
  /** The requested authorization id ("" when absent). */
  authzid: string;
  username: string;
  nonce: string;
  /** The message without its gs2 header: the start of the AuthMessage. */
  bare: string;
  /** Extensions (KIP-86 / KIP-48: Kafka's `tokenauth`), by name. */
  extensions: Map<string, string>;
}

export interface ClientFinal {
  channelBinding: Buffer;
  nonce: string;
  proof: Buffer;
  /** Everything before ",p=": the end of the AuthMessage. */
  withoutProof: string;
}

const PRINTABLE = /^[\x21-\x2b\x2d-\x7e]+$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const ALPHA = /^[A-Za-z]+$/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

function text(token: Buffer, what: string): string {
  try {
    const s = utf8.decode(token);
    if (s.includes('\0')) throw new ScramFormatError(`the ${what} message contains a NUL character`);
    return s;
  } catch (e) {
    if (e instanceof ScramFormatError) throw e;
    throw new ScramFormatError(`the ${what} message is not valid UTF-8`);
  }
}

/** The user name a saslname stands for (RFC 5802 §5.1). */
export function decodeSaslName(s: string): string {
  if (s.length === 0) throw new ScramFormatError('the user name is empty');
  const out = s.replace(/=2C|=3D|=/g, (m) => {
    if (m === '=') throw new ScramFormatError('the user name has an "=" that is not "=2C" or "=3D"');
    return m === '=2C' ? ',' : '=';
  });
  return out;
}

/** The saslname of a user name (for clients and tests). */
export function encodeSaslName(user: string): string {
  return user.replace(/=/g, '=3D').replace(/,/g, '=2C');
}

function base64(value: string, what: string): Buffer {
  if (!BASE64.test(value)) throw new ScramFormatError(`${what} is not base64`);
  return Buffer.from(value, 'base64');
}

function attribute(part: string | undefined, name: string, what: string): string {
  if (part === undefined || !part.startsWith(`${name}=`)) throw new ScramFormatError(`the ${what} message has no "${name}=" where it belongs`);
  return part.slice(name.length + 1);
}

function extensions(parts: string[], what: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const p of parts) {
    const eq = p.indexOf('=');
    const name = eq < 0 ? p : p.slice(0, eq);
    if (eq < 0 || !ALPHA.test(name)) throw new ScramFormatError(`the ${what} message has a malformed attribute "${p.slice(0, 20)}"`);
    map.set(name, p.slice(eq + 1));
  }
  return map;
}

export function parseClientFirst(token: Buffer): ClientFirst {
  const s = text(token, 'client-first');
  const parts = s.split(',');
  const flag = parts[0]!;
  if (flag.startsWith('p=')) throw new ScramFormatError('channel binding was requested ("p="), which this broker does not offer: use SCRAM without -PLUS');
  // "y": the client could bind but believes the server cannot, which is true here (RFC 5802 §6).
  if (flag !== 'n' && flag !== 'y') throw new ScramFormatError('the client-first message does not start with a gs2 header ("n,,")');
  if (parts.length < 4) throw new ScramFormatError('the client-first message is incomplete: expected n,,n=<user>,r=<nonce>');
  const authzPart = parts[1]!;
  if (authzPart !== '' && !authzPart.startsWith('a=')) throw new ScramFormatError('the gs2 header has a malformed authorization id (expected "a=<name>")');
  const authzid = authzPart === '' ? '' : decodeSaslName(authzPart.slice(2));
  const rest = parts.slice(2);
  // RFC 5802 §5.1: a mandatory extension the server does not know fails the exchange.
  if (rest[0]!.startsWith('m=')) throw new ScramFormatError('the client asked for a mandatory extension ("m="), which this broker does not support');
  const username = decodeSaslName(attribute(rest[0], 'n', 'client-first'));
  const nonce = attribute(rest[1], 'r', 'client-first');
  if (!PRINTABLE.test(nonce)) throw new ScramFormatError('the client nonce is empty or has characters outside printable ASCII');
  return {
    gs2Header: `${flag},${authzPart},`,
    authzid,
    username,
    nonce,
    bare: rest.join(','),
    extensions: extensions(rest.slice(2), 'client-first'),
  };
}

export function parseClientFinal(token: Buffer): ClientFinal {
  const s = text(token, 'client-final');
  const parts = s.split(',');
  if (parts.length < 3) throw new ScramFormatError('the client-final message is incomplete: expected c=...,r=...,p=...');
  const channelBinding = base64(attribute(parts[0], 'c', 'client-final'), 'the channel binding (c=)');
  const nonce = attribute(parts[1], 'r', 'client-final');
  const proofPart = parts[parts.length - 1]!;
  const proof = base64(attribute(proofPart, 'p', 'client-final'), 'the client proof (p=)');
  extensions(parts.slice(2, -1), 'client-final');
  return { channelBinding, nonce, proof, withoutProof: s.slice(0, s.length - proofPart.length - 1) };
}

export function formatServerFirst(nonce: string, salt: Buffer, iterations: number): string {
  return `r=${nonce},s=${salt.toString('base64')},i=${iterations}`;
}

export function formatServerFinal(serverSignature: Buffer): string {
  return `v=${serverSignature.toString('base64')}`;
}
