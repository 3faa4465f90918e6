/**
 * SCRAM on a real broker socket: credentials made with AlterUserScramCredentials on the PLAINTEXT
 * listener, then SaslHandshake + SaslAuthenticate on a SASL_PLAINTEXT listener for SCRAM-SHA-256 and
 * SCRAM-SHA-512 (the test client checks the server's signature); a wrong password, an unknown user
 * and a nonce that is not the server's are SASL_AUTHENTICATION_FAILED with Kafka's message, and the
 * connection closes; a deleted credential no longer logs in.
 */
import assert from 'node:assert/strict';
import { pbkdf2Sync } from 'node:crypto';
import { after, before, test } from 'node:test';
import type { SaslServer } from '../../../src/broker/security/sasl-server.ts';
import { ApiKey } from '../../../src/protocol/generated/api-keys.ts';
import { ErrorCode } from '../../../src/protocol/generated/error-codes.ts';
import { startTestBroker, TestClient, type TestBroker } from '../broker-harness.ts';
import { runScramClient, type ScramClientOptions } from './scram-client.ts';

let tb: TestBroker;
let saslPort: number;
let admin: TestClient;

before(async () => {
  tb = await startTestBroker({
    listeners: 'PLAINTEXT://127.0.0.1:0,SASL_PLAINTEXT://127.0.0.1:0',
    'sasl.enabled.mechanisms': 'SCRAM-SHA-256,SCRAM-SHA-512',
    'connection.failed.authentication.delay.ms': 0,
  });
  saslPort = tb.broker.boundAddressesOf('SASL_PLAINTEXT')![0]!.port;
  admin = await TestClient.connect(tb.broker.boundAddressesOf('PLAINTEXT')![0]!.port);
  const upsert = (name: string, mechanism: number, password: string) => {
    const salt = Buffer.from(`salt-${name}-${mechanism}`);
    return { name, mechanism, iterations: 4096, salt, saltedPassword: pbkdf2Sync(password, salt, 4096, mechanism === 2 ? 64 : 32, mechanism === 2 ? 'sha512' : 'sha256') };
  };
  const r = await admin.request(ApiKey.AlterUserScramCredentials, 0, { deletions: [], upsertions: [upsert('alice', 1, 'alice-256'), upsert('bob', 2, 'bob-512')] });
  assert.deepEqual(r.results.map((x: { errorCode: number }) => x.errorCode), [0, 0]);
});
after(async () => {
  admin?.close();
  await tb.close();
});

/** A SaslServer stand-in that relays each token through SaslAuthenticate on `c`. */
function overSocket(c: TestClient, mechanism: string): SaslServer & { lastError: { errorCode: number; errorMessage: string | null } | null } {
  const relay = {
    mechanism,
    complete: false,
    authorizedId: '',
    lastError: null as { errorCode: number; errorMessage: string | null } | null,
    async evaluate(token: Buffer): Promise<Buffer> {
      const r = await c.request(ApiKey.SaslAuthenticate, 2, { authBytes: token });
      if (r.errorCode !== ErrorCode.NONE) {
        relay.lastError = { errorCode: r.errorCode, errorMessage: r.errorMessage };
        throw new Error(`SaslAuthenticate: ${r.errorCode} ${r.errorMessage}`);
      }
      return r.authBytes as Buffer;
    },
  };
  return relay;
}

async function login(mechanism: 'SCRAM-SHA-256' | 'SCRAM-SHA-512', o: Omit<ScramClientOptions, 'hash'>) {
  const c = await TestClient.connect(saslPort);
  const hs = await c.request(ApiKey.SaslHandshake, 1, { mechanism });
  assert.equal(hs.errorCode, ErrorCode.NONE);
  assert.deepEqual(hs.mechanisms, ['SCRAM-SHA-256', 'SCRAM-SHA-512']);
  const relay = overSocket(c, mechanism);
  const result = await runScramClient(relay, { ...o, hash: mechanism === 'SCRAM-SHA-256' ? 'sha256' : 'sha512' }).catch(() => null);
  return { c, result, error: relay.lastError };
}

for (const [mechanism, user, password] of [['SCRAM-SHA-256', 'alice', 'alice-256'], ['SCRAM-SHA-512', 'bob', 'bob-512']] as const) {
  test(`${mechanism}: logs in, the server proves itself, and requests are served`, async () => {
    const { c, result, error } = await login(mechanism, { user, password });
    assert.equal(error, null);
    assert.ok(result?.serverVerified, 'server signature checked by the client');
    const md = await c.request(ApiKey.Metadata, 12, { topics: [], allowAutoTopicCreation: false });
    assert.deepEqual(md.brokers.map((b: { port: number }) => b.port), [saslPort]);
    c.close();
  });
}

test('a wrong password, an unknown user and a foreign nonce: SASL_AUTHENTICATION_FAILED, Kafka\'s message, connection closed', async () => {
  const cases: Omit<ScramClientOptions, 'hash'>[] = [
    { user: 'alice', password: 'wrong' },
    { user: 'nobody', password: 'alice-256' },
    { user: 'alice', password: 'alice-256', tamperFinal: (m) => m.replace(/,r=([^,]+)/, ',r=$1$1') },
    { user: 'bob', password: 'bob-512' }, // bob has no SCRAM-SHA-256 credential
  ];
  for (const o of cases) {
    const { c, result, error } = await login('SCRAM-SHA-256', o);
    assert.equal(result, null, o.user);
    assert.equal(error?.errorCode, ErrorCode.SASL_AUTHENTICATION_FAILED);
    assert.equal(error?.errorMessage, 'Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-256');
    await assert.rejects(c.request(ApiKey.Metadata, 12, { topics: [], allowAutoTopicCreation: false }), /connection closed/);
  }
});

test('a deleted credential no longer logs in', async () => {
  const r = await admin.request(ApiKey.AlterUserScramCredentials, 0, { deletions: [{ name: 'alice', mechanism: 1 }], upsertions: [] });
  assert.equal(r.results[0].errorCode, ErrorCode.NONE);
  const { c, error } = await login('SCRAM-SHA-256', { user: 'alice', password: 'alice-256' });
  assert.equal(error?.errorCode, ErrorCode.SASL_AUTHENTICATION_FAILED);
  c.close();
});
