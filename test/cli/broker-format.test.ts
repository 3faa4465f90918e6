/**
 * `samsa broker format --add-scram` (src/cli/broker-format.ts, add-scram.ts): Kafka's argument
 * syntax and checks, and a formatted dir whose user authenticates once the store is opened, as the
 * broker opens it at start, with topics and other users kept.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { LocalMetadataStore } from '../../src/broker/local-metadata-store.ts';
import { createScramServer } from '../../src/broker/security/scram-server.ts';
import { AddScramError, parseAddScram } from '../../src/cli/add-scram.ts';
import { runScramClient } from '../broker/security/scram-client.ts';

const MAIN = join(import.meta.dirname, '../../src/cli/main.ts');

test('--add-scram with RFC 7677\'s salt and password gives the credential of its example exchange', async () => {
  const rec = parseAddScram('SCRAM-SHA-256=[name=user,salt=W22ZaJ0SNY7soEsUEjb6gQ==,password=pencil]');
  assert.equal(rec.user, 'user');
  assert.equal(rec.iterations, 4096, 'the default');
  const server = createScramServer('SCRAM-SHA-256', () => rec, { serverNonce: () => '%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0' });
  assert.equal((await server.evaluate(Buffer.from('n,,n=user,r=rOprNGfwEbeRWgbNEkqO'))).toString(), 'r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096');
  const fin = await server.evaluate(Buffer.from('c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ='));
  assert.equal(fin.toString(), 'v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=');
  // The same credential given as a salted password (Hi("pencil", salt, 4096), base64).
  const salted = parseAddScram('SCRAM-SHA-256=[name=user,salt=W22ZaJ0SNY7soEsUEjb6gQ==,saltedpassword=xKSVEDI6tPlSysH6mUQZOeeOp01r6B3fcJbodRPcYV0=]');
  assert.deepEqual(salted.storedKey, rec.storedKey);
});

test('--add-scram refuses what Kafka\'s format refuses, saying what to write', () => {
  const bad = [
    'SCRAM-SHA-256',
    'SCRAM-SHA-1=[name=a,password=b]',
    'SCRAM-SHA-256=name=a,password=b',
    'SCRAM-SHA-256=[password=b]',
    'SCRAM-SHA-256=[name=a]',
    'SCRAM-SHA-256=[name=a,saltedpassword=AAAA]',
    'SCRAM-SHA-256=[name=a,password=b,iterations=4095]',
    'SCRAM-SHA-512=[name=a,password=b,iterations=16385]',
    'SCRAM-SHA-256=[name=a,password=b,iterations=lots]',
    'SCRAM-SHA-256=[name=a,password=b,colour=blue]',
    'SCRAM-SHA-256=[name=a,password=b,salt=!!]',
  ];
  for (const arg of bad) assert.throws(() => parseAddScram(arg), AddScramError, arg);
  assert.equal(parseAddScram(' SCRAM-SHA-512=[name=admin, iterations=16384, password="p"] ').iterations, 16384);
});

test('samsa broker format adds users to a new or existing dir; the broker\'s store authenticates them', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'samsa-format-'));
  try {
    const format = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', MAIN, 'broker', 'format', '--override', `log.dirs=${dir}`, ...args], { encoding: 'utf8' });
    const first = format('--add-scram', 'SCRAM-SHA-256=[name=admin,password=admin-secret]');
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /admin \(SCRAM-SHA-256\)/);
    const store = LocalMetadataStore.open(dir, 1, null);
    await store.putTopic({ name: 'kept', topicId: 'AAAAAAAAAAAAAAAAAAAAAQ', partitions: 1, leaderEpochs: [0], configs: {} });
    const second = format('--add-scram', 'SCRAM-SHA-512=[name=bob,iterations=8192,password=bob-secret]');
    assert.equal(second.status, 0, second.stderr);
    const bad = format('--add-scram', 'SCRAM-SHA-256=[name=x]');
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /^samsa: .*password/);
    const again = LocalMetadataStore.open(dir, 1, null);
    assert.equal(again.clusterId, store.clusterId);
    assert.deepEqual(again.topics().map((t) => t.name), ['kept']);
    const lookup256 = (u: string) => again.scramCredential(u, 'SCRAM-SHA-256');
    assert.ok((await runScramClient(createScramServer('SCRAM-SHA-256', lookup256), { user: 'admin', password: 'admin-secret', hash: 'sha256' })).serverVerified);
    const lookup512 = (u: string) => again.scramCredential(u, 'SCRAM-SHA-512');
    assert.ok((await runScramClient(createScramServer('SCRAM-SHA-512', lookup512), { user: 'bob', password: 'bob-secret', hash: 'sha512' })).serverVerified);
    assert.equal(again.scramCredential('x', 'SCRAM-SHA-256'), null);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
