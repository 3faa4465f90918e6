/**
 * DescribeUserScramCredentials and AlterUserScramCredentials handlers on the in-process services:
 * what is stored authenticates (through createScramServer and the test client), Kafka's validation
 * and error codes per user, and what a refused user does not change (durability: metadata-store-suite).
 */
import assert from 'node:assert/strict';
import { pbkdf2Sync } from 'node:crypto';
import { after, before, test } from 'node:test';
import { alterUserScramCredentials } from '../../../src/broker/handlers/alter-user-scram-credentials.ts';
import { describeUserScramCredentials } from '../../../src/broker/handlers/describe-user-scram-credentials.ts';
import { HANDLERS } from '../../../src/broker/handlers/index.ts';
import { createScramServer, scramServerFactory } from '../../../src/broker/security/scram-server.ts';
import { ApiKey } from '../../../src/protocol/generated/api-keys.ts';
import { ErrorCode } from '../../../src/protocol/generated/error-codes.ts';
import { runScramClient } from '../security/scram-client.ts';
import { inProcessBroker, type InProcessBroker } from './services-kit.ts';

let b: InProcessBroker;
before(async () => {
  b = await inProcessBroker();
});
after(async () => {
  await b.close();
});

const SHA256 = 1;
const SHA512 = 2;

function upsert(name: string, mechanism: number, password: string, iterations = 4096, salt = Buffer.from(`salt-of-${name}`)) {
  const hash = mechanism === SHA512 ? 'sha512' : 'sha256';
  return { name, mechanism, iterations, salt, saltedPassword: pbkdf2Sync(password, salt, iterations, hash === 'sha256' ? 32 : 64, hash) };
}

const alter = (deletions: { name: string; mechanism: number }[], upsertions: ReturnType<typeof upsert>[]) =>
  b.call(alterUserScramCredentials, 0, { deletions, upsertions });
const describe = (users: string[] | null) => b.call(describeUserScramCredentials, 0, { users: users?.map((name) => ({ name })) ?? null });
const codes = (r: { results: { user: string; errorCode: number }[] }) => Object.fromEntries(r.results.map((x) => [x.user, x.errorCode]));

test('both APIs are in the handler list at v0, as in Kafka 4.4', () => {
  for (const key of [ApiKey.DescribeUserScramCredentials, ApiKey.AlterUserScramCredentials]) {
    const h = HANDLERS.find((x) => x.apiKey === key);
    assert.ok(h, `api key ${key}`);
    assert.deepEqual([h.minVersion, h.maxVersion], [0, 0]);
  }
});

test('an upserted credential is described (mechanisms and iterations only) and authenticates', async () => {
  const r = await alter([], [upsert('alice', SHA256, 'alice-secret', 8192)]);
  assert.deepEqual(r.results, [{ user: 'alice', errorCode: ErrorCode.NONE, errorMessage: null }]);
  await alter([], [upsert('alice', SHA512, 'alice-512', 4096)]);
  const d = await describe(['alice']);
  assert.equal(d.errorCode, ErrorCode.NONE);
  assert.deepEqual(d.results, [{ user: 'alice', errorCode: ErrorCode.NONE, errorMessage: '', credentialInfos: [{ mechanism: SHA256, iterations: 8192 }, { mechanism: SHA512, iterations: 4096 }] }]);
  const lookup = (mech: 'SCRAM-SHA-256' | 'SCRAM-SHA-512') => (u: string) => b.services.metadata.scramCredential(u, mech);
  assert.ok((await runScramClient(createScramServer('SCRAM-SHA-256', lookup('SCRAM-SHA-256')), { user: 'alice', password: 'alice-secret', hash: 'sha256' })).serverVerified);
  assert.ok((await runScramClient(createScramServer('SCRAM-SHA-512', lookup('SCRAM-SHA-512')), { user: 'alice', password: 'alice-512', hash: 'sha512' })).serverVerified);
  await assert.rejects(runScramClient(createScramServer('SCRAM-SHA-512', lookup('SCRAM-SHA-512')), { user: 'alice', password: 'alice-secret', hash: 'sha512' }), /invalid credentials/);
  const stored = b.services.metadata.scramCredential('alice', 'SCRAM-SHA-256')!;
  assert.equal(JSON.stringify(b.services.metadata.scramCredentials()).includes('alice-secret'), false, 'no password kept');
  assert.equal(stored.storedKey.length, 32);
});

test('describe: all users with none named; unknown and twice-named users are errors of their own', async () => {
  await alter([], [upsert('bob', SHA256, 'b')]);
  const all = await describe(null);
  assert.ok(['alice', 'bob'].every((u) => all.results.some((x: { user: string }) => x.user === u)));
  assert.deepEqual(codes(await describe([])), codes(all), 'an empty list is all users too');
  const d = await describe(['bob', 'nobody', 'bob']);
  assert.deepEqual(codes(d), { bob: ErrorCode.DUPLICATE_RESOURCE, nobody: ErrorCode.RESOURCE_NOT_FOUND });
  assert.match(d.results.find((x: { user: string }) => x.user === 'nobody').errorMessage, /does not exist: nobody/);
});

test('alter: Kafka\'s validation, per user, and the accepted rest still applies', async () => {
  const r = await alter(
    [{ name: 'ghost', mechanism: SHA256 }, { name: 'bob', mechanism: 7 }],
    [upsert('', SHA256, 'x'), upsert('few', SHA256, 'x', 4095), upsert('many', SHA512, 'x', 16385), upsert('max', SHA512, 'x', 16384), upsert('carol', SHA256, 'c'), upsert('carol', SHA512, 'c')],
  );
  assert.deepEqual(codes(r), {
    ghost: ErrorCode.RESOURCE_NOT_FOUND,
    bob: ErrorCode.UNSUPPORTED_SASL_MECHANISM,
    '': ErrorCode.UNACCEPTABLE_CREDENTIAL,
    few: ErrorCode.UNACCEPTABLE_CREDENTIAL,
    many: ErrorCode.UNACCEPTABLE_CREDENTIAL,
    max: ErrorCode.NONE,
    carol: ErrorCode.DUPLICATE_RESOURCE,
  });
  assert.match(r.results.find((x: { user: string }) => x.user === 'few').errorMessage, /Too few iterations/);
  assert.equal(b.services.metadata.scramCredential('max', 'SCRAM-SHA-512')!.iterations, 16384);
  assert.equal(b.services.metadata.scramCredential('carol', 'SCRAM-SHA-256'), null, 'a duplicated user gets none of its changes');
  assert.equal(b.services.metadata.scramCredential('few', 'SCRAM-SHA-256'), null);
});

test('alter: a deletion removes only that mechanism; deleting and upserting the same user at once is refused', async () => {
  await alter([], [upsert('dave', SHA256, 'd'), upsert('erin', SHA256, 'e')]);
  await alter([], [upsert('dave', SHA512, 'd')]);
  const r = await alter([{ name: 'dave', mechanism: SHA256 }, { name: 'erin', mechanism: SHA256 }], [upsert('erin', SHA512, 'e')]);
  assert.deepEqual(codes(r), { dave: ErrorCode.NONE, erin: ErrorCode.DUPLICATE_RESOURCE });
  assert.deepEqual(r.results.map((x: { user: string }) => x.user), ['dave', 'erin'], 'successes first, then refusals');
  assert.equal(b.services.metadata.scramCredential('dave', 'SCRAM-SHA-256'), null);
  assert.ok(b.services.metadata.scramCredential('dave', 'SCRAM-SHA-512'));
  assert.ok(b.services.metadata.scramCredential('erin', 'SCRAM-SHA-256'), 'the refused deletion did not apply');
});

test('error responses name every user once (Kafka\'s getErrorResponse)', () => {
  const a = alterUserScramCredentials.errorResponse({ deletions: [{ name: 'b', mechanism: 1 }], upsertions: [upsert('a', 1, 'x'), upsert('b', 2, 'x')] }, ErrorCode.CLUSTER_AUTHORIZATION_FAILED, null as never) as { results: { user: string; errorCode: number }[] };
  assert.deepEqual(a.results.map((x) => [x.user, x.errorCode]), [['a', 31], ['b', 31]]);
  const d = describeUserScramCredentials.errorResponse({ users: [{ name: 'a' }] }, ErrorCode.CLUSTER_AUTHORIZATION_FAILED, null as never) as { errorCode: number; results: { user: string; errorCode: number }[] };
  assert.equal(d.errorCode, 31);
  assert.deepEqual(d.results.map((x) => [x.user, x.errorCode]), [['a', 31]]);
});

test('scramServerFactory: each exchange reads the store then, so a changed password applies to the next login', async () => {
  const next = scramServerFactory('SCRAM-SHA-256', b.services.metadata);
  await alter([], [upsert('frank', SHA256, 'old')]);
  assert.ok((await runScramClient(next(), { user: 'frank', password: 'old', hash: 'sha256' })).serverVerified);
  await alter([], [upsert('frank', SHA256, 'new', 4096, Buffer.from('another salt'))]);
  await assert.rejects(runScramClient(next(), { user: 'frank', password: 'old', hash: 'sha256' }), /invalid credentials/);
  assert.ok((await runScramClient(next(), { user: 'frank', password: 'new', hash: 'sha256' })).serverVerified);
  await alter([{ name: 'frank', mechanism: SHA256 }], []);
  await assert.rejects(runScramClient(next(), { user: 'frank', password: 'new', hash: 'sha256' }), /invalid credentials/);
});
