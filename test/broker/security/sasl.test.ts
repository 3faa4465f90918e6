/**
 * SASL on a real broker socket: SaslHandshake + SaslAuthenticate with PLAIN, the state machine's
 * refusals (requests before authentication, unknown mechanism, bad credentials, authzid ≠ user), the
 * raw-token form after SaslHandshake v0, the failure delay, and re-authentication (KIP-368).
 */
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, test } from 'node:test';
import { ApiKey } from '../../../src/protocol/generated/api-keys.ts';
import { ErrorCode } from '../../../src/protocol/generated/error-codes.ts';
import { encodeRequest } from '../../../src/protocol/request-codec.ts';
import { startTestBroker, TestClient, type TestBroker } from '../broker-harness.ts';

const JAAS = 'org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="admin-secret" user_admin="admin-secret" user_alice="alice-secret";';
let tb: TestBroker;
let saslPort: number;
let plainPort: number;

before(async () => {
  tb = await startTestBroker({
    listeners: 'PLAINTEXT://127.0.0.1:0,SASL_PLAINTEXT://127.0.0.1:0',
    'sasl.enabled.mechanisms': 'PLAIN',
    'listener.name.sasl_plaintext.plain.sasl.jaas.config': JAAS,
    'connection.failed.authentication.delay.ms': 300,
  });
  saslPort = tb.broker.boundAddressesOf('SASL_PLAINTEXT')![0]!.port;
  plainPort = tb.broker.boundAddressesOf('PLAINTEXT')![0]!.port;
});
after(() => tb.close());

const plainToken = (user: string, password: string, authzid = ''): Buffer => Buffer.from(`${authzid}\u0000${user}\u0000${password}`);

async function login(c: TestClient, user: string, password: string, authzid = ''): Promise<{ errorCode: number; errorMessage: string | null; sessionLifetimeMs: bigint }> {
  const hs = await c.request(ApiKey.SaslHandshake, 1, { mechanism: 'PLAIN' });
  assert.equal(hs.errorCode, ErrorCode.NONE);
  return c.request(ApiKey.SaslAuthenticate, 2, { authBytes: plainToken(user, password, authzid) });
}

test('PLAIN: handshake, authenticate, then requests are served; ApiVersions is served before', async () => {
  const c = await TestClient.connect(saslPort);
  const av = await c.request(ApiKey.ApiVersions, 3, { clientSoftwareName: 't', clientSoftwareVersion: '1' });
  assert.ok(av.apiKeys.some((k: { apiKey: number }) => k.apiKey === ApiKey.SaslAuthenticate));
  const hs = await c.request(ApiKey.SaslHandshake, 1, { mechanism: 'PLAIN' });
  assert.deepEqual(hs.mechanisms, ['PLAIN']);
  const auth = await c.request(ApiKey.SaslAuthenticate, 2, { authBytes: plainToken('alice', 'alice-secret') });
  assert.equal(auth.errorCode, ErrorCode.NONE);
  assert.equal(auth.sessionLifetimeMs, 0n);
  const md = await c.request(ApiKey.Metadata, 12, { topics: [], allowAutoTopicCreation: false });
  // Metadata names the endpoint of the listener the client is on.
  assert.deepEqual(md.brokers.map((b: { port: number }) => b.port), [saslPort]);
  c.close();
});

test('Metadata on the PLAINTEXT listener names the PLAINTEXT endpoint, and SaslHandshake there is ILLEGAL_SASL_STATE', async () => {
  const c = await TestClient.connect(plainPort);
  const md = await c.request(ApiKey.Metadata, 12, { topics: [], allowAutoTopicCreation: false });
  assert.deepEqual(md.brokers.map((b: { port: number }) => b.port), [plainPort]);
  const hs = await c.request(ApiKey.SaslHandshake, 1, { mechanism: 'PLAIN' });
  assert.equal(hs.errorCode, ErrorCode.ILLEGAL_SASL_STATE);
  c.close();
});

test('a request before authentication closes the connection without an answer', async () => {
  const c = await TestClient.connect(saslPort);
  await assert.rejects(c.request(ApiKey.Metadata, 12, { topics: [], allowAutoTopicCreation: false }), /connection closed/);
  assert.ok(tb.logLines.some((l) => l.includes('before SASL authentication')));
});

test('an unknown mechanism is UNSUPPORTED_SASL_MECHANISM with the enabled list, then the connection closes', async () => {
  const c = await TestClient.connect(saslPort);
  const hs = await c.request(ApiKey.SaslHandshake, 1, { mechanism: 'SCRAM-SHA-999' });
  assert.equal(hs.errorCode, ErrorCode.UNSUPPORTED_SASL_MECHANISM);
  assert.deepEqual(hs.mechanisms, ['PLAIN']);
  assert.equal(await c.closedWithin(2000), true);
});

test('a wrong password is SASL_AUTHENTICATION_FAILED with a message after the failure delay, then the connection closes', async () => {
  const c = await TestClient.connect(saslPort);
  const t0 = performance.now();
  const auth = await login(c, 'alice', 'wrong');
  const waited = performance.now() - t0;
  assert.equal(auth.errorCode, ErrorCode.SASL_AUTHENTICATION_FAILED);
  assert.match(auth.errorMessage ?? '', /Invalid username or password/);
  assert.ok(waited >= 280, `answered after ${waited} ms, before connection.failed.authentication.delay.ms`);
  assert.equal(await c.closedWithin(2000), true);
  // An unknown user gets the same answer.
  const d = await TestClient.connect(saslPort);
  const unknown = await login(d, 'mallory', 'alice-secret');
  assert.equal(unknown.errorCode, ErrorCode.SASL_AUTHENTICATION_FAILED);
  assert.equal(unknown.errorMessage, auth.errorMessage);
});

test('PLAIN with an authorization id other than the user is refused', async () => {
  const c = await TestClient.connect(saslPort);
  const auth = await login(c, 'alice', 'alice-secret', 'admin');
  assert.equal(auth.errorCode, ErrorCode.SASL_AUTHENTICATION_FAILED);
  assert.match(auth.errorMessage ?? '', /authorization id/);
});

test('a request other than SaslAuthenticate between handshake and authentication closes the connection', async () => {
  const c = await TestClient.connect(saslPort);
  await c.request(ApiKey.SaslHandshake, 1, { mechanism: 'PLAIN' });
  await assert.rejects(c.request(ApiKey.Metadata, 12, { topics: [], allowAutoTopicCreation: false }), /connection closed/);
});

/** One size-prefixed frame read from a raw socket. */
function readOneFrame(s: import('node:net').Socket): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let buf = Buffer.alloc(0);
    const onData = (d: Buffer): void => {
      buf = Buffer.concat([buf, d]);
      if (buf.length >= 4 && buf.length >= 4 + buf.readInt32BE(0)) {
        s.off('data', onData);
        resolve(buf.subarray(4, 4 + buf.readInt32BE(0)));
      }
    };
    s.on('data', onData);
    s.once('close', () => reject(new Error('connection closed')));
  });
}

test('SaslHandshake v0: the token goes as a raw frame, and a bad one closes the connection', async () => {
  for (const [password, ok] of [['alice-secret', true], ['nope', false]] as const) {
    const s = connect({ host: '127.0.0.1', port: saslPort });
    await new Promise((r) => s.once('connect', r));
    s.write(encodeRequest({ apiKey: ApiKey.SaslHandshake, apiVersion: 0, correlationId: 1, clientId: 'raw' }, { mechanism: 'PLAIN' }));
    await readOneFrame(s);
    const token = plainToken('alice', password);
    const size = Buffer.alloc(4);
    size.writeInt32BE(token.length);
    s.write(Buffer.concat([size, token]));
    if (ok) {
      assert.equal((await readOneFrame(s)).length, 0);
      // Then ordinary requests.
      const c = TestClient.over(s);
      const md = await c.request(ApiKey.Metadata, 12, { topics: [], allowAutoTopicCreation: false });
      assert.equal(md.brokers.length, 1);
      c.close();
    } else {
      await assert.rejects(readOneFrame(s), /connection closed/);
    }
  }
});

test('re-authentication: the session lifetime is reported, a request after expiry closes, re-authenticating keeps it open', async () => {
  const short = await startTestBroker({
    listeners: 'SASL_PLAINTEXT://127.0.0.1:0',
    'sasl.enabled.mechanisms': 'PLAIN',
    'sasl.jaas.config': JAAS,
    'connections.max.reauth.ms': 400,
  });
  try {
    const c = await TestClient.connect(short.port);
    const auth = await login(c, 'alice', 'alice-secret');
    assert.equal(auth.sessionLifetimeMs, 400n);
    await new Promise((r) => setTimeout(r, 250));
    // Re-authenticate before expiry as the same user: the connection goes on past the first lifetime.
    const again = await login(c, 'alice', 'alice-secret');
    assert.equal(again.errorCode, ErrorCode.NONE);
    await new Promise((r) => setTimeout(r, 250));
    const md = await c.request(ApiKey.Metadata, 12, { topics: [], allowAutoTopicCreation: false });
    assert.equal(md.brokers.length, 1);
    // Re-authenticating as someone else fails.
    const other = await login(c, 'admin', 'admin-secret');
    assert.equal(other.errorCode, ErrorCode.SASL_AUTHENTICATION_FAILED);
    assert.match(other.errorMessage ?? '', /Cannot change principals/);
    // A connection that lets its session expire is closed at its next request.
    const d = await TestClient.connect(short.port);
    await login(d, 'alice', 'alice-secret');
    await new Promise((r) => setTimeout(r, 500));
    await assert.rejects(d.request(ApiKey.Metadata, 12, { topics: [], allowAutoTopicCreation: false }), /connection closed/);
  } finally {
    await short.close();
  }
});

test('a SASL listener without a usable set-up fails the start with one line', async () => {
  await assert.rejects(startTestBroker({ listeners: 'SASL_PLAINTEXT://127.0.0.1:0' }), /GSSAPI \(Kerberos\) is not supported/);
  await assert.rejects(startTestBroker({ listeners: 'SASL_PLAINTEXT://127.0.0.1:0', 'sasl.enabled.mechanisms': 'PLAIN' }), /has no login config/);
});

test('before authentication a frame above sasl.server.max.receive.size closes the connection, unread', async () => {
  const c = await TestClient.connect(saslPort);
  const size = Buffer.alloc(4);
  size.writeInt32BE(600 * 1024);
  c.write(size);
  assert.equal(await c.closedWithin(2000), true);
  // After authentication the same size is a normal request size.
  const d = await TestClient.connect(saslPort);
  assert.equal((await login(d, 'alice', 'alice-secret')).errorCode, ErrorCode.NONE);
  d.write(size);
  assert.equal(await d.closedWithin(500), false);
  d.close();
});
