/**
 * `samsa acl create|list|delete` run as a user runs them (a child process per command) against a
 * Samsa broker with the standard authoriser, the CLI's principal (ANONYMOUS on PLAINTEXT) a super
 * user; and the one-line error when the broker has no authoriser.
 */
import { runProcess } from '../interop/run-process.ts';
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startTestBroker, type TestBroker } from '../broker/broker-harness.ts';

const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
let secured: TestBroker;
let open: TestBroker;

before(async () => {
  secured = await startTestBroker({ 'authorizer.class.name': 'samsa.security.StandardAuthorizer', 'super.users': 'User:ANONYMOUS' });
  open = await startTestBroker();
});
after(async () => {
  await secured?.close();
  await open?.close();
});

/** One CLI command as a user runs it (the interop kit's runProcess: kill after 60 s). */
async function samsa(args: string[], port: number): Promise<{ code: number; stdout: string; stderr: string }> {
  const r = await runProcess(process.execPath, ['--import', 'tsx', MAIN, ...args, '-b', `127.0.0.1:${port}`], { timeoutMs: 60_000 });
  return { code: r.code ?? -1, stdout: r.stdout, stderr: r.stderr };
}

test('acl create, list and delete', async () => {
  let r = await samsa(['acl', 'create', '--allow-principal', 'User:alice', '--operation', 'read', '--operation', 'Describe', '--topic', 'orders'], secured.port);
  assert.equal(r.code, 0, r.stderr);
  r = await samsa(['acl', 'create', '--deny-principal', 'User:bob', '--operation', 'write', '--topic', 'pay-', '--resource-pattern-type', 'prefixed', '--host', '10.0.0.9'], secured.port);
  assert.equal(r.code, 0, r.stderr);
  r = await samsa(['acl', 'list'], secured.port);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /User:alice\s+\*\s+READ\s+ALLOW\s+TOPIC\s+orders\s+LITERAL/);
  assert.match(r.stdout, /User:alice\s+\*\s+DESCRIBE\s+ALLOW\s+TOPIC\s+orders\s+LITERAL/);
  assert.match(r.stdout, /User:bob\s+10\.0\.0\.9\s+WRITE\s+DENY\s+TOPIC\s+pay-\s+PREFIXED/);
  r = await samsa(['acl', 'list', '--topic', 'pay-eu', '--resource-pattern-type', 'match'], secured.port);
  assert.match(r.stdout, /pay-/);
  assert.doesNotMatch(r.stdout, /orders/);
  r = await samsa(['acl', 'delete', '--topic', 'orders', '--operation', 'read'], secured.port);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /User:alice\s+\*\s+READ/);
  r = await samsa(['acl', 'list', '--topic', 'orders'], secured.port);
  assert.doesNotMatch(r.stdout, /READ/);
  assert.match(r.stdout, /DESCRIBE/);
  r = await samsa(['acl', 'create', '--allow-principal', 'User:alice', '--operation', 'reed', '--topic', 'x'], secured.port);
  assert.notEqual(r.code, 0);
  assert.match(r.stderr, /^samsa: unknown operation "reed"/);
});

test('acl commands against a broker without an authoriser fail in one line with SECURITY_DISABLED', async () => {
  const r = await samsa(['acl', 'list'], open.port);
  assert.notEqual(r.code, 0);
  assert.equal(r.stderr.trim().split('\n').length, 1);
  assert.match(r.stderr, /SECURITY_DISABLED/);
});
