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

test('IncrementalAlterConfigs of a listener keystore takes the new certificate at once; an unusable one is refused', async () => {
  const other = makeTestCerts();
  other.reissueServer('localhost.altered');
  const admin = await TestClient.connect(ports.PLAINTEXT!);
  const alter = (value: string) =>
    admin.request(ApiKey.IncrementalAlterConfigs, 1, {
      resources: [{ resourceType: 4, resourceName: '1', configs: [{ name: 'listener.name.ssl.ssl.keystore.location', configOperation: 0, value }] }],
      validateOnly: false,
    });
  const bad = await alter('/nonexistent/keystore.pem');
  assert.equal(bad.responses[0].errorCode, ErrorCode.INVALID_CONFIG);
  assert.match(bad.responses[0].errorMessage, /cannot read ssl\.keystore\.location/);
  const ok = await alter(other.serverPem);
  assert.equal(ok.responses[0].errorCode, ErrorCode.NONE, ok.responses[0].errorMessage);
  const s = await tls(ports.SSL!, { ca: readFileSync(other.caPem), checkServerIdentity: () => undefined });
  assert.match(s.getPeerX509Certificate()?.subject ?? '', /CN=localhost\.altered/);
  s.destroy();
  // The other TLS listeners keep the broker-wide keystore.
  const m = await tls(ports.SASL_SSL!, { checkServerIdentity: () => undefined });
  assert.doesNotMatch(m.getPeerX509Certificate()?.subject ?? '', /altered/);
  m.destroy();
  admin.close();
});

test('keystores as PKCS12 and as inline PEM (KIP-651) serve the same certificate', async () => {
  const { execFileSync } = await import('node:child_process');
  const p12 = `${certs.dir}/server.p12`;
  execFileSync('openssl', ['pkcs12', '-export', '-in', certs.serverCert, '-inkey', certs.serverKey, '-out', p12, '-passout', 'pass:store-secret'], { stdio: 'ignore' });
  const forms: Record<string, string | number>[] = [
    { 'ssl.keystore.type': 'PKCS12', 'ssl.keystore.location': p12, 'ssl.keystore.password': 'store-secret' },
    { 'ssl.keystore.type': 'PEM', 'ssl.keystore.key': readFileSync(certs.serverKey, 'utf8'), 'ssl.keystore.certificate.chain': readFileSync(certs.serverCert, 'utf8') },
  ];
  for (const form of forms) {
    const b = await startTestBroker({ listeners: 'SSL://127.0.0.1:0', ...form });
    try {
      const s = await tls(b.port, { checkServerIdentity: () => undefined });
      assert.equal(s.getPeerX509Certificate()?.fingerprint256, new X509Certificate(readFileSync(certs.serverCert)).fingerprint256);
      s.destroy();
    } finally {
      await b.close();
    }
  }
  await assert.rejects(startTestBroker({ listeners: 'SSL://127.0.0.1:0', 'ssl.keystore.type': 'PKCS12', 'ssl.keystore.location': p12, 'ssl.keystore.password': 'wrong' }), /not usable/);
});
