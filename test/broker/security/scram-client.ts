/**
 * A SCRAM client written for the tests (RFC 5802 §3, client side) that shares no code with the
 * server: it computes SaltedPassword with node:crypto's pbkdf2 itself. It drives a SaslServer
 * through a whole exchange and checks the server's signature, as a real client does.
 */
import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';
import type { SaslServer } from '../../../src/broker/security/sasl-server.ts';

export interface ScramClientOptions {
  user: string;
  password: string;
  hash: 'sha256' | 'sha512';
  nonce?: string;
  /** The gs2 header to send (default "n,,"). */
  gs2Header?: string;
  /** Extensions appended to the client-first message ("tokenauth=true"). */
  extensions?: string;
  /** Rewrites the client-final message before it is sent (tamper tests). */
  tamperFinal?: (msg: string) => string;
}

export interface ScramClientResult {
  serverFirst: string;
  serverFinal: string;
  /** True when the server proved it knows the credential (v= matches). */
  serverVerified: boolean;
}

const saslName = (u: string) => u.replace(/=/g, '=3D').replace(/,/g, '=2C');

export async function runScramClient(server: SaslServer, o: ScramClientOptions): Promise<ScramClientResult> {
  const nonce = o.nonce ?? randomBytes(18).toString('base64');
  const gs2 = o.gs2Header ?? 'n,,';
  const bare = `n=${saslName(o.user)},r=${nonce}${o.extensions ? ',' + o.extensions : ''}`;
  const serverFirst = (await server.evaluate(Buffer.from(gs2 + bare))).toString();
  const attrs = new Map(serverFirst.split(',').map((p) => [p[0]!, p.slice(2)] as [string, string]));
  const salt = Buffer.from(attrs.get('s')!, 'base64');
  const iterations = Number(attrs.get('i'));
  const salted = pbkdf2Sync(o.password, salt, iterations, o.hash === 'sha256' ? 32 : 64, o.hash);
  const hmac = (k: Buffer, d: string) => createHmac(o.hash, k).update(d).digest();
  const clientKey = hmac(salted, 'Client Key');
  const storedKey = createHash(o.hash).update(clientKey).digest();
  const withoutProof = `c=${Buffer.from(gs2).toString('base64')},r=${attrs.get('r')}`;
  const authMessage = `${bare},${serverFirst},${withoutProof}`;
  const signature = hmac(storedKey, authMessage);
  const proof = Buffer.from(clientKey.map((b, i) => b ^ signature[i]!));
  let final = `${withoutProof},p=${proof.toString('base64')}`;
  if (o.tamperFinal) final = o.tamperFinal(final);
  const serverFinal = (await server.evaluate(Buffer.from(final))).toString();
  const expected = `v=${hmac(hmac(salted, 'Server Key'), authMessage).toString('base64')}`;
  return { serverFirst, serverFinal, serverVerified: serverFinal === expected };
}
