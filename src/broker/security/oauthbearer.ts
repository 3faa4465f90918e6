/**
 * SASL OAUTHBEARER (RFC 7628, KIP-255 / KIP-768) on the server. The client's one message is
 * `n,,\x01auth=Bearer <JWT>\x01[key=value\x01]*\x01`; the principal is the token's `sub` claim (or
 * the claim sasl.oauthbearer.sub.claim.name names), and the session lasts until the token's `exp`.
 * Two validators, as Kafka has:
 * - with sasl.oauthbearer.jwks.endpoint.url set: a signed JWT (RS256/384/512, PS*, ES256/384/512)
 *   whose key (by `kid`) is in the JWKS read from that file: or loopback http(s) URL, with the
 *   expected issuer and audience, and exp / nbf / iat within sasl.oauthbearer.clock.skew.seconds;
 * - without it: Kafka's unsecured validator for development — `alg: none` tokens are accepted if
 *   they carry sub, iat and an exp in the future (JAAS options unsecuredValidatorPrincipalClaimName,
 *   unsecuredValidatorRequiredScope, unsecuredValidatorAllowableClockSkewMs).
 * Any failure is a SaslAuthenticationError naming what was wrong with the token.
 */
import { createPublicKey, verify, type JsonWebKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { SaslAuthenticationError, type SaslServer } from './sasl-server.ts';

export interface OAuthValidation {
  /** Keys by kid; null = unsecured tokens (alg none). */
  keys: (() => Promise<Map<string, KeyObject>>) | null;
  issuer: string | null;
  audience: readonly string[] | null;
  subClaim: string;
  scopeClaim: string;
  requiredScopes: readonly string[];
  clockSkewMs: number;
}

type Claims = Record<string, unknown>;

const ALGS: Record<string, { hash: string; pss?: boolean; ec?: number }> = {
  RS256: { hash: 'sha256' }, RS384: { hash: 'sha384' }, RS512: { hash: 'sha512' },
  PS256: { hash: 'sha256', pss: true }, PS384: { hash: 'sha384', pss: true }, PS512: { hash: 'sha512', pss: true },
  ES256: { hash: 'sha256', ec: 32 }, ES384: { hash: 'sha384', ec: 48 }, ES512: { hash: 'sha512', ec: 66 },
};

function fail(message: string): never {
  throw new SaslAuthenticationError(`invalid OAUTHBEARER token: ${message}`);
}

function decodePart(part: string, what: string): Claims {
  try {
    const v = JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown;
    if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new Error('not an object');
    return v as Claims;
  } catch {
    return fail(`the token's ${what} is not base64url JSON`);
  }
}

/** The bearer token of an OAUTHBEARER client message. */
export function bearerToken(message: Buffer): string {
  const text = message.toString('utf8');
  const parts = text.split('\u0001');
  if (!parts[0]!.startsWith('n,') || parts.length < 3) fail('the message is not an OAUTHBEARER client response (RFC 7628)');
  const auth = parts.find((p) => p.startsWith('auth='));
  const m = auth ? /^auth=Bearer\s+(\S+)$/i.exec(auth) : null;
  if (!m) fail('the message has no auth=Bearer <token>');
  return m[1]!;
}

/** Checks a token; resolves to its principal name and expiry (ms since the epoch). */
export async function validateToken(token: string, v: OAuthValidation, now = Date.now()): Promise<{ principal: string; expiresAt: number }> {
  const parts = token.split('.');
  if (parts.length !== 3) fail('the token is not a JWS (three dot-separated parts)');
  const header = decodePart(parts[0]!, 'header');
  const claims = decodePart(parts[1]!, 'payload');
  const alg = String(header.alg ?? '');
  if (v.keys === null) {
    if (alg !== 'none') fail(`the unsecured validator takes alg "none" tokens, not ${alg} (set sasl.oauthbearer.jwks.endpoint.url to validate signed tokens)`);
  } else {
    const spec = ALGS[alg];
    if (!spec) fail(`unsupported token algorithm ${alg || '(none)'}`);
    const keys = await v.keys();
    const key = typeof header.kid === 'string' ? keys.get(header.kid) : keys.size === 1 ? [...keys.values()][0] : undefined;
    if (!key) fail(`no key in the JWKS for kid ${String(header.kid)}`);
    const signature = Buffer.from(parts[2]!, 'base64url');
    const data = Buffer.from(`${parts[0]}.${parts[1]}`);
    const ok = verify(spec.hash, data, { key, ...(spec.pss ? { padding: 6, saltLength: -1 } : {}), ...(spec.ec ? { dsaEncoding: 'ieee-p1363' as const } : {}) }, signature);
    if (!ok) fail('the token signature does not verify');
  }
  const num = (name: string): number | null => (typeof claims[name] === 'number' ? (claims[name] as number) : null);
  const exp = num('exp');
  if (exp === null) fail('the token has no exp claim');
  if (exp * 1000 + v.clockSkewMs <= now) fail(`the token expired at ${new Date(exp * 1000).toISOString()}`);
  const nbf = num('nbf');
  if (nbf !== null && nbf * 1000 - v.clockSkewMs > now) fail('the token is not valid yet (nbf)');
  const iat = num('iat');
  if (v.keys === null && iat === null) fail('the token has no iat claim');
  if (iat !== null && iat * 1000 - v.clockSkewMs > now) fail('the token was issued in the future (iat)');
  if (v.issuer !== null && claims.iss !== v.issuer) fail(`the token's issuer ${String(claims.iss)} is not ${v.issuer}`);
  if (v.audience !== null && v.audience.length > 0) {
    const aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (!aud.some((a) => typeof a === 'string' && v.audience!.includes(a))) fail(`the token's audience does not name ${v.audience.join(' or ')}`);
  }
  if (v.requiredScopes.length > 0) {
    const raw = claims[v.scopeClaim];
    const scopes = Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? raw.split(' ') : [];
    const missing = v.requiredScopes.filter((s) => !scopes.includes(s));
    if (missing.length > 0) fail(`the token lacks the scope ${missing.join(', ')}`);
  }
  const sub = claims[v.subClaim];
  if (typeof sub !== 'string' || sub.trim() === '') fail(`the token has no ${v.subClaim} claim naming the principal`);
  return { principal: sub, expiresAt: exp * 1000 };
}

export function createOAuthBearerServer(v: OAuthValidation): SaslServer {
  let complete = false;
  let authorizedId = '';
  let lifetime: number | null = null;
  return {
    mechanism: 'OAUTHBEARER',
    get complete() {
      return complete;
    },
    get authorizedId() {
      return authorizedId;
    },
    get credentialLifetimeMs() {
      return lifetime;
    },
    async evaluate(token: Buffer): Promise<Buffer> {
      if (complete) throw new SaslAuthenticationError('OAUTHBEARER authentication is already complete');
      const { principal, expiresAt } = await validateToken(bearerToken(token), v);
      complete = true;
      authorizedId = principal;
      lifetime = Math.max(1, expiresAt - Date.now());
      return Buffer.alloc(0);
    },
  };
}

/**
 * Keys of a JWKS at `url` (file: path, or an http(s) URL on loopback), read again after
 * `refreshMs`. Keys without a kid get their index as kid.
 */
export function jwksSource(url: string, refreshMs: number): () => Promise<Map<string, KeyObject>> {
  let cached: { at: number; keys: Map<string, KeyObject> } | null = null;
  const parse = (text: string): Map<string, KeyObject> => {
    const doc = JSON.parse(text) as { keys?: (JsonWebKey & { kid?: string })[] };
    if (!Array.isArray(doc.keys)) throw new Error('no "keys" array');
    return new Map(doc.keys.map((k, i) => [k.kid ?? String(i), createPublicKey({ key: k, format: 'jwk' })]));
  };
  return async () => {
    if (cached && Date.now() - cached.at < refreshMs) return cached.keys;
    try {
      let text: string;
      if (url.startsWith('file:')) text = readFileSync(new URL(url), 'utf8');
      else {
        const host = new URL(url).hostname;
        if (!['localhost', '127.0.0.1', '[::1]', '::1'].includes(host)) throw new Error('only loopback JWKS URLs are fetched');
        const res = await fetch(url);
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        text = await res.text();
      }
      cached = { at: Date.now(), keys: parse(text) };
      return cached.keys;
    } catch (e) {
      if (cached) return cached.keys;
      throw new SaslAuthenticationError(`the JWKS at ${url} cannot be read: ${(e as Error).message}`);
    }
  };
}
