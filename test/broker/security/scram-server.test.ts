/**
 * The SCRAM server (src/broker/security/scram-server.ts): RFC 7677's SCRAM-SHA-256 exchange byte
 * for byte, whole exchanges with the test client for both mechanisms, and every way an exchange
 * must fail (wrong password, unknown user, nonce or channel-binding mismatch, authzid ≠ user,
 * channel binding or tokenauth asked for, malformed messages) — always a SaslAuthenticationError.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { SaslAuthenticationError } from '../../../src/broker/security/sasl-server.ts';
import { credentialFromPassword, scramMechanism, type ScramCredential } from '../../../src/broker/security/scram-credential.ts';
import { createScramServer, invalidCredentialsMessage } from '../../../src/broker/security/scram-server.ts';
import { runScramClient } from './scram-client.ts';

const SHA256 = scramMechanism('SCRAM-SHA-256')!;
const SHA512 = scramMechanism('SCRAM-SHA-512')!;

test('RFC 7677 §3: the SCRAM-SHA-256 example exchange, byte for byte', async () => {
  const salt = Buffer.from('W22ZaJ0SNY7soEsUEjb6gQ==', 'base64');
  const cred = credentialFromPassword(SHA256, 'pencil', 4096, salt);
  let asked = '';
  const server = createScramServer('SCRAM-SHA-256', (u) => ((asked = u), cred), { serverNonce: () => '%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0' });
  const first = await server.evaluate(Buffer.from('n,,n=user,r=rOprNGfwEbeRWgbNEkqO'));
  assert.equal(asked, 'user');
  assert.equal(first.toString(), 'r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096');
  assert.equal(server.complete, false);
  const final = await server.evaluate(Buffer.from('c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ='));
  assert.equal(final.toString(), 'v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=');
  assert.equal(server.complete, true);
  assert.equal(server.authorizedId, 'user');
  assert.equal(server.mechanism, 'SCRAM-SHA-256');
});

for (const [name, mech, hash] of [['SCRAM-SHA-256', SHA256, 'sha256'], ['SCRAM-SHA-512', SHA512, 'sha512']] as const) {
  test(`${name}: a whole exchange succeeds, the server proves itself, the user is authorised`, async () => {
    const cred = credentialFromPassword(mech, 'alice-secret', 8192);
    const server = createScramServer(name, (u) => (u === 'alice' ? cred : null));
    const r = await runScramClient(server, { user: 'alice', password: 'alice-secret', hash });
    assert.ok(r.serverVerified, `server-final ${r.serverFinal}`);
    assert.match(r.serverFirst, /,i=8192$/);
    assert.equal(server.complete, true);
    assert.equal(server.authorizedId, 'alice');
    await assert.rejects(async () => server.evaluate(Buffer.from('again')), SaslAuthenticationError, 'no token after completion');
  });

  test(`${name}: a wrong password fails at the proof, and the exchange stays failed`, async () => {
    const cred = credentialFromPassword(mech, 'alice-secret', 4096);
    const server = createScramServer(name, () => cred);
    await assert.rejects(runScramClient(server, { user: 'alice', password: 'wrong', hash }), (e: Error) => e instanceof SaslAuthenticationError && e.message === invalidCredentialsMessage(name));
    assert.equal(server.complete, false);
    assert.equal(server.authorizedId, '');
  });
}

test('an unknown user looks like a known one until the proof, and fails the same way as a wrong password', async () => {
  const cred = credentialFromPassword(SHA256, 'secret', 4096);
  const lookup = (u: string): ScramCredential | null => (u === 'alice' ? cred : null);
  const wrong = createScramServer('SCRAM-SHA-256', lookup);
  const unknown = createScramServer('SCRAM-SHA-256', lookup);
  const wrongErr = await runScramClient(wrong, { user: 'alice', password: 'nope', hash: 'sha256' }).then(() => null, (e: Error) => e);
  let unknownFirst = '';
  const unknownErr = await runScramClient(unknown, { user: 'mallory', password: 'nope', hash: 'sha256' }).then(() => null, (e: Error) => e);
  assert.ok(wrongErr instanceof SaslAuthenticationError && unknownErr instanceof SaslAuthenticationError);
  assert.equal(unknownErr.message, wrongErr.message, 'same message');
  assert.equal(String(unknownErr.cause), String(wrongErr.cause), 'and the same reason, even in the log');
  // The made-up salt has a real salt's shape and is the same on every try (no tell-tale change).
  const s1 = await createScramServer('SCRAM-SHA-256', lookup).evaluate(Buffer.from('n,,n=mallory,r=abc'));
  const s2 = await createScramServer('SCRAM-SHA-256', lookup).evaluate(Buffer.from('n,,n=mallory,r=abc'));
  const salt = (s: Buffer) => /,s=([^,]+),i=(\d+)$/.exec(s.toString())!;
  unknownFirst = s1.toString();
  assert.equal(salt(s1)[1], salt(s2)[1]);
  // Shaped like the salts Kafka's tools make (and a real credential's here): base-36 ASCII digits.
  assert.match(Buffer.from(salt(s1)[1]!, 'base64').toString('latin1'), /^[0-9a-z]{20,26}$/);
  assert.match(Buffer.from(/,s=([^,]+),/.exec((await createScramServer('SCRAM-SHA-256', lookup).evaluate(Buffer.from('n,,n=alice,r=abc'))).toString())![1]!, 'base64').toString('latin1'), /^[0-9a-z]{20,26}$/);
  assert.notEqual(salt(s1)[1], salt(await createScramServer('SCRAM-SHA-256', lookup).evaluate(Buffer.from('n,,n=mallory2,r=abc')))[1], 'per user');
  assert.equal(salt(s1)[2], '4096');
  assert.match(unknownFirst, /^r=abc[A-Za-z0-9_-]+,s=/);
});

test('a credential with too few iterations is refused like a wrong password', async () => {
  const weak = credentialFromPassword(SHA256, 'secret', 1000);
  const server = createScramServer('SCRAM-SHA-256', () => weak);
  // The client computes with what the server announces (4096, made up), so nothing can succeed.
  await assert.rejects(runScramClient(server, { user: 'alice', password: 'secret', hash: 'sha256' }), SaslAuthenticationError);
});

/** Refused with Kafka's one message, the reason (`cause`, for logs) matching `why`. */
const refused = (why: RegExp) => (e: Error) => {
  assert.ok(e instanceof SaslAuthenticationError, String(e));
  assert.equal(e.message, invalidCredentialsMessage('SCRAM-SHA-256'));
  assert.match(String((e.cause as Error | undefined)?.message), why);
  return true;
};

const cred = credentialFromPassword(SHA256, 'secret', 4096);
const fresh = () => createScramServer('SCRAM-SHA-256', (u) => (u === 'alice' || u === 'a,b=c' ? cred : null));

test('a user name with "," and "=" is unescaped (=2C, =3D) and authenticates', async () => {
  const server = fresh();
  const r = await runScramClient(server, { user: 'a,b=c', password: 'secret', hash: 'sha256' });
  assert.ok(r.serverVerified);
  assert.equal(server.authorizedId, 'a,b=c');
});

test('an authorization id equal to the user is accepted; a different one is refused with Kafka\'s message', async () => {
  const ok = fresh();
  assert.ok((await runScramClient(ok, { user: 'alice', password: 'secret', hash: 'sha256', gs2Header: 'n,a=alice,' })).serverVerified);
  await assert.rejects(runScramClient(fresh(), { user: 'alice', password: 'secret', hash: 'sha256', gs2Header: 'n,a=bob,' }), /authorization id that is different from username/);
});

test('channel binding ("p=") and the tokenauth extension are refused at the first message', async () => {
  await assert.rejects(async () => fresh().evaluate(Buffer.from('p=tls-unique,,n=alice,r=abc')), refused(/channel binding/));
  await assert.rejects(runScramClient(fresh(), { user: 'alice', password: 'secret', hash: 'sha256', extensions: 'tokenauth=true' }), refused(/tokenauth/));
  // "y": the client could bind but sees the server offers none, which is so (RFC 5802 §6); c= then echoes "y,,".
  assert.ok((await runScramClient(fresh(), { user: 'alice', password: 'secret', hash: 'sha256', gs2Header: 'y,,' })).serverVerified);
  // Other extensions are ignored, as Kafka does.
  assert.ok((await runScramClient(fresh(), { user: 'alice', password: 'secret', hash: 'sha256', extensions: 'foo=bar' })).serverVerified);
});

test('a nonce that is not ours, a changed channel binding or a tampered proof fail the exchange', async () => {
  await assert.rejects(runScramClient(fresh(), { user: 'alice', password: 'secret', hash: 'sha256', tamperFinal: (m) => m.replace(/,r=([^,]+)/, ',r=$1x') }), refused(/nonce/));
  await assert.rejects(runScramClient(fresh(), { user: 'alice', password: 'secret', hash: 'sha256', tamperFinal: (m) => m.replace('c=biws', 'c=eSws') }), refused(/channel binding/));
  await assert.rejects(runScramClient(fresh(), { user: 'alice', password: 'secret', hash: 'sha256', tamperFinal: (m) => m.replace(/p=./, (p) => (p === 'p=A' ? 'p=B' : 'p=A')) }), refused(/proof/));
  await assert.rejects(runScramClient(fresh(), { user: 'alice', password: 'secret', hash: 'sha256', tamperFinal: (m) => m.replace(/p=.*$/, 'p=AAAA') }), refused(/proof/), 'a short proof');
});

test('malformed messages fail with Kafka\'s message, the reason in the cause, never another error', async () => {
  const firsts = ['', 'garbage', 'n,,', 'n,,n=alice', 'n,,r=abc,n=alice', 'x,,n=alice,r=abc', 'n,b=alice,n=alice,r=abc', 'n,,n=,r=abc', 'n,,n=al=ice,r=abc', 'n,,n=alice,r=', 'n,,n=alice,r=a b', 'n,,m=ext,n=alice,r=abc', 'n,,n=alice,r=abc,1=2'];
  for (const f of firsts) {
    await assert.rejects(async () => fresh().evaluate(Buffer.from(f)), refused(/./), JSON.stringify(f));
  }
  await assert.rejects(async () => fresh().evaluate(Buffer.from([0x6e, 0x2c, 0x2c, 0x6e, 0x3d, 0xff, 0xfe, 0x2c, 0x72, 0x3d, 0x61])), refused(/UTF-8/));
  const finals = ['', 'c=biws', 'c=biws,r=x', 'r=x,c=biws,p=AAAA', 'c=bi!s,r=N,p=AAAA', 'c=biws,r=N,p=not base64'];
  for (const f of finals) {
    const s = fresh();
    const nonce = /^r=([^,]+)/.exec((await s.evaluate(Buffer.from('n,,n=alice,r=abc'))).toString())![1]!;
    await assert.rejects(async () => s.evaluate(Buffer.from(f.replace('r=N', `r=${nonce}`))), refused(/./), JSON.stringify(f));
    assert.equal(s.complete, false);
  }
});

test('a lookup that throws fails the exchange as invalid credentials (the error only in the cause)', async () => {
  const server = createScramServer('SCRAM-SHA-256', () => {
    throw new Error('store down');
  });
  await assert.rejects(async () => server.evaluate(Buffer.from('n,,n=alice,r=abc')), refused(/store down/));
});

test('property: any bytes as the first or the second token give a reply or a SaslAuthenticationError, nothing else', async () => {
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), fc.boolean(), async (bytes, second) => {
      const s = fresh();
      if (second) await s.evaluate(Buffer.from('n,,n=alice,r=abc'));
      try {
        const reply = await s.evaluate(Buffer.from(bytes));
        assert.ok(Buffer.isBuffer(reply) && !second, 'only a first message can be answered without a proof');
      } catch (e) {
        assert.ok(e instanceof SaslAuthenticationError, String(e));
        assert.equal(s.complete, false);
      }
    }),
    { numRuns: 500 },
  );
});
