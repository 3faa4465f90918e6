/**
 * OAUTHBEARER on the server: the unsecured validator (alg none, as Kafka's default for
 * development) and JWT validation against a JWKS file (signature, kid, issuer, audience, expiry,
 * scope), then through a broker: the principal is `sub` and the session ends with the token.
 */
import assert from 'node:assert/strict';
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { bearerToken, jwksSource, validateToken, type OAuthValidation } from '../../../src/broker/security/oauthbearer.ts';
import { ApiKey } from '../../../src/protocol/generated/api-keys.ts';
import { ErrorCode } from '../../../src/protocol/generated/error-codes.ts';
import { startTestBroker, TestClient } from '../broker-harness.ts';

const b64 = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
const now = (): number => Math.floor(Date.now() / 1000);
const unsecured = (claims: object): string => `${b64({ alg: 'none' })}.${b64(claims)}.`;

function signed(key: KeyObject, alg: 'RS256' | 'ES256', kid: string, claims: object): string {
  const head = `${b64({ alg, kid, typ: 'JWT' })}.${b64(claims)}`;
  const sig = sign('sha256', Buffer.from(head), alg === 'ES256' ? { key, dsaEncoding: 'ieee-p1363' } : key);
  return `${head}.${sig.toString('base64url')}`;
}

const base: Omit<OAuthValidation, 'keys'> = { issuer: null, audience: null, subClaim: 'sub', scopeClaim: 'scope', requiredScopes: [], clockSkewMs: 30_000 };
const message = (token: string): Buffer => Buffer.from(`n,,\u0001auth=Bearer ${token}\u0001\u0001`);

test('unsecured tokens: sub, iat and a future exp are needed; signed tokens are refused without a JWKS', async () => {
  const v = { ...base, keys: null };
  assert.deepEqual(await validateToken(unsecured({ sub: 'alice', iat: now(), exp: now() + 60 }), v), { principal: 'alice', expiresAt: (now() + 60) * 1000 });
  await assert.rejects(validateToken(unsecured({ sub: 'alice', iat: now(), exp: now() - 120 }), v), /expired/);
  await assert.rejects(validateToken(unsecured({ iat: now(), exp: now() + 60 }), v), /no sub claim/);
  await assert.rejects(validateToken(unsecured({ sub: 'a', exp: now() + 60 }), v), /no iat/);
  await assert.rejects(validateToken(unsecured({ sub: 'a', iat: now(), exp: now() + 60 }), { ...v, requiredScopes: ['write'] }), /lacks the scope write/);
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  await assert.rejects(validateToken(signed(privateKey, 'RS256', 'k1', { sub: 'a', exp: now() + 60 }), v), /alg "none"/);
  assert.throws(() => bearerToken(Buffer.from('garbage')), /not an OAUTHBEARER client response/);
  assert.equal(bearerToken(message('abc.def.')), 'abc.def.');
});

test('signed tokens against a JWKS file: signature, kid, issuer, audience and expiry are checked', async () => {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const dir = mkdtempSync(join(tmpdir(), 'samsa-jwks-'));
  const file = join(dir, 'jwks.json');
  writeFileSync(file, JSON.stringify({ keys: [{ ...rsa.publicKey.export({ format: 'jwk' }), kid: 'rsa1' }, { ...ec.publicKey.export({ format: 'jwk' }), kid: 'ec1' }] }));
  const v: OAuthValidation = { ...base, keys: jwksSource(pathToFileURL(file).href, 60_000), issuer: 'https://issuer.test', audience: ['samsa'] };
  const good = { sub: 'alice', iss: 'https://issuer.test', aud: 'samsa', iat: now(), exp: now() + 300 };
  assert.equal((await validateToken(signed(rsa.privateKey, 'RS256', 'rsa1', good), v)).principal, 'alice');
  assert.equal((await validateToken(signed(ec.privateKey, 'ES256', 'ec1', { ...good, aud: ['x', 'samsa'] }), v)).principal, 'alice');
  await assert.rejects(validateToken(signed(other.privateKey, 'RS256', 'rsa1', good), v), /signature does not verify/);
  await assert.rejects(validateToken(signed(rsa.privateKey, 'RS256', 'nope', good), v), /no key in the JWKS for kid nope/);
  await assert.rejects(validateToken(signed(rsa.privateKey, 'RS256', 'rsa1', { ...good, iss: 'https://evil.test' }), v), /issuer/);
  await assert.rejects(validateToken(signed(rsa.privateKey, 'RS256', 'rsa1', { ...good, aud: 'other' }), v), /audience/);
  await assert.rejects(validateToken(signed(rsa.privateKey, 'RS256', 'rsa1', { ...good, exp: now() - 100 }), v), /expired/);
  await assert.rejects(validateToken(unsecured(good), v), /unsupported token algorithm none/);
  const broken: OAuthValidation = { ...v, keys: jwksSource(pathToFileURL(join(dir, 'missing.json')).href, 60_000) };
  await assert.rejects(validateToken(signed(rsa.privateKey, 'RS256', 'rsa1', good), broken), /JWKS .* cannot be read/);
});

test('through a broker: the principal is sub and the session lifetime ends with the token', async () => {
  const tb = await startTestBroker({
    listeners: 'SASL_PLAINTEXT://127.0.0.1:0',
    'sasl.enabled.mechanisms': 'OAUTHBEARER',
  });
  try {
    const c = await TestClient.connect(tb.port);
    assert.equal((await c.request(ApiKey.SaslHandshake, 1, { mechanism: 'OAUTHBEARER' })).errorCode, ErrorCode.NONE);
    const auth = await c.request(ApiKey.SaslAuthenticate, 2, { authBytes: message(unsecured({ sub: 'alice', iat: now(), exp: now() + 60 })) });
    assert.equal(auth.errorCode, ErrorCode.NONE);
    const lifetime = Number(auth.sessionLifetimeMs);
    assert.ok(lifetime > 50_000 && lifetime <= 60_000, `session lifetime ${lifetime}`);
    const d = await TestClient.connect(tb.port);
    await d.request(ApiKey.SaslHandshake, 1, { mechanism: 'OAUTHBEARER' });
    const expired = await d.request(ApiKey.SaslAuthenticate, 2, { authBytes: message(unsecured({ sub: 'alice', iat: now() - 600, exp: now() - 300 })) });
    assert.equal(expired.errorCode, ErrorCode.SASL_AUTHENTICATION_FAILED);
    assert.match(expired.errorMessage, /expired/);
    c.close();
  } finally {
    await tb.close();
  }
});
