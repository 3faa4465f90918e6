/**
 * TLS listeners on a real broker: requests over SSL, mTLS (required: no certificate, no connection;
 * the principal is the mapped certificate subject), a plaintext client on the TLS port and a TLS
 * client on the plaintext port closed with a log line, certificates reloaded when their file
 * changes, SASL over TLS (SASL_SSL), and the start-up errors of a bad set-up.
 */
import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { connect as tlsConnect, type ConnectionOptions, type TLSSocket } from 'node:tls';
import { after, before, test } from 'node:test';
import { ApiKey } from '../../../src/protocol/generated/api-keys.ts';
import { ErrorCode } from '../../../src/protocol/generated/error-codes.ts';
import { mapPrincipal, parseMappingRules, subjectDn } from '../../../src/broker/security/principal-mapping.ts';
import { makeTestCerts, type TestCerts } from '../../security/certs.ts';
import { startTestBroker, TestClient, type TestBroker } from '../broker-harness.ts';

let certs: TestCerts;
let tb: TestBroker;
const ports: Record<string, number> = {};

before(async () => {
  certs = makeTestCerts();
  tb = await startTestBroker({
    listeners: 'PLAINTEXT://127.0.0.1:0,SSL://127.0.0.1:0,MTLS://127.0.0.1:0,SASL_SSL://127.0.0.1:0',
    'listener.security.protocol.map': 'PLAINTEXT:PLAINTEXT,SSL:SSL,MTLS:SSL,SASL_SSL:SASL_SSL',
    'ssl.keystore.type': 'PEM',
    'ssl.keystore.location': certs.serverPem,
    'listener.name.mtls.ssl.client.auth': 'required',
    'listener.name.mtls.ssl.truststore.type': 'PEM',
    'listener.name.mtls.ssl.truststore.location': certs.caPem,
    'listener.name.mtls.ssl.principal.mapping.rules': 'RULE:^CN=([^,]+),OU=eng,.*$/$1/L,DEFAULT',
    'sasl.enabled.mechanisms': 'PLAIN',
    'sasl.jaas.config': 'org.apache.kafka.common.security.plain.PlainLoginModule required user_alice="alice-secret";',
  });
  for (const l of ['PLAINTEXT', 'SSL', 'MTLS', 'SASL_SSL']) ports[l] = tb.broker.boundAddressesOf(l)![0]!.port;
});
after(() => tb.close());

function tls(port: number, extra: ConnectionOptions = {}): Promise<TLSSocket> {
  return new Promise((resolve, reject) => {
    const s = tlsConnect({ host: '127.0.0.1', port, servername: 'localhost', ca: readFileSync(certs.caPem), ...extra }, () => resolve(s));
    s.once('error', reject);
  });
}

const metadata = (c: TestClient) => c.request(ApiKey.Metadata, 12, { topics: [], allowAutoTopicCreation: false });

test('SSL: requests are served over TLS and Metadata names the SSL endpoint', async () => {
  const s = await tls(ports.SSL!);
  assert.match(s.getProtocol() ?? '', /TLSv1\.[23]/);
  const c = TestClient.over(s);
  const md = await metadata(c);
  assert.deepEqual(md.brokers.map((b: { port: number }) => b.port), [ports.SSL]);
  c.close();
});

test('mTLS: a client without a certificate is refused, one with a certificate signed by the CA is served', async () => {
  const refused = await tls(ports.MTLS!).then(
    async (s) => {
      // TLS 1.3 reports the refusal after the handshake: the first read fails or the socket closes.
      const c = TestClient.over(s);
      return c.request(ApiKey.ApiVersions, 3, { clientSoftwareName: 't', clientSoftwareVersion: '1' }).then(() => false, () => true);
    },
    () => true,
  );
  assert.equal(refused, true);
  const alice = certs.client('alice', '/O=Samsa Test/OU=eng/CN=Alice');
  const s = await tls(ports.MTLS!, { key: readFileSync(alice.key), cert: readFileSync(alice.cert) });
  const c = TestClient.over(s);
  assert.equal((await metadata(c)).brokers.length, 1);
  c.close();
});

test('mTLS principals: the RFC 2253 subject, mapped by ssl.principal.mapping.rules', () => {
  const bob = certs.client('bob', '/O=Samsa Test/OU=eng/CN=Bob');
  const dn = subjectDn(new X509Certificate(readFileSync(bob.cert)));
  assert.equal(dn, 'CN=Bob,OU=eng,O=Samsa Test');
  assert.equal(mapPrincipal(dn, parseMappingRules('RULE:^CN=([^,]+),OU=eng,.*$/$1/L,DEFAULT')), 'bob');
  assert.equal(mapPrincipal('CN=x,OU=ops,O=y', parseMappingRules('RULE:^CN=([^,]+),OU=eng,.*$/$1/L,DEFAULT')), 'CN=x,OU=ops,O=y');
  assert.equal(mapPrincipal('CN=a\\/b', parseMappingRules('RULE:^CN=(.*)$/$1\\/x/U')), 'A\\/B/X');
  assert.throws(() => mapPrincipal('CN=x', parseMappingRules('RULE:^O=(.*)$/$1/')), /no ssl.principal.mapping.rules rule applies/);
  assert.throws(() => parseMappingRules('RULE:broken'), /RULE:pattern\/replacement/);
});

test('a plaintext client on a TLS listener, and a TLS client on a plaintext listener, are closed with a log line', async () => {
  const plain = await TestClient.connect(ports.SSL!);
  await assert.rejects(plain.request(ApiKey.ApiVersions, 3, { clientSoftwareName: 't', clientSoftwareVersion: '1' }), /connection closed/);
  await tls(ports.PLAINTEXT!).then(
    () => assert.fail('a TLS handshake with a plaintext listener succeeded'),
    () => undefined,
  );
  await new Promise((r) => setTimeout(r, 100));
  assert.ok(tb.logLines.some((l) => l.includes('a plaintext client on a TLS listener')), 'no log line for plaintext on TLS');
  assert.ok(tb.logLines.some((l) => l.includes('a TLS handshake on a plaintext listener')), 'no log line for TLS on plaintext');
});

test('SASL_SSL: PLAIN over TLS', async () => {
  const c = TestClient.over(await tls(ports.SASL_SSL!));
  assert.equal((await c.request(ApiKey.SaslHandshake, 1, { mechanism: 'PLAIN' })).errorCode, ErrorCode.NONE);
  const auth = await c.request(ApiKey.SaslAuthenticate, 2, { authBytes: Buffer.from('\u0000alice\u0000alice-secret') });
  assert.equal(auth.errorCode, ErrorCode.NONE);
  assert.deepEqual((await metadata(c)).brokers.map((b: { port: number }) => b.port), [ports.SASL_SSL]);
  c.close();
});

test('a changed certificate file is taken for new connections without a restart', async () => {
  const before = await tls(ports.SSL!);
  assert.equal(before.getPeerX509Certificate()?.subject.includes('CN=localhost'), true);
  before.destroy();
  certs.reissueServer('localhost.reloaded');
  let subject = '';
  for (let i = 0; i < 50 && !subject.includes('reloaded'); i++) {
    await new Promise((r) => setTimeout(r, 100));
    const s = await tls(ports.SSL!, { checkServerIdentity: () => undefined });
    subject = s.getPeerX509Certificate()?.subject ?? '';
    s.destroy();
  }
  assert.match(subject, /CN=localhost\.reloaded/);
  assert.ok(tb.logLines.some((l) => l.includes('TLS certificates reloaded')));
});

test('bad TLS set-ups fail the start with one line naming the property', async () => {
  await assert.rejects(startTestBroker({ listeners: 'SSL://127.0.0.1:0' }), /set ssl\.keystore\.location/);
  await assert.rejects(startTestBroker({ listeners: 'SSL://127.0.0.1:0', 'ssl.keystore.type': 'PEM', 'ssl.keystore.location': '/nonexistent.pem' }), /cannot read ssl\.keystore\.location/);
  await assert.rejects(startTestBroker({ listeners: 'SSL://127.0.0.1:0', 'ssl.keystore.type': 'JKS', 'ssl.keystore.location': certs.caPem }), /JKS keystore cannot be read.*PEM/);
  await assert.rejects(
    startTestBroker({ listeners: 'SSL://127.0.0.1:0', 'ssl.keystore.type': 'PEM', 'ssl.keystore.location': certs.serverPem, 'ssl.client.auth': 'required' }),
    /needs the CAs of client certificates/,
  );
});
