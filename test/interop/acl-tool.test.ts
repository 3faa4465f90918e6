/**
 * Kafka's own ACL tool (kafka-acls.sh, org.apache.kafka.tools.AclCommand) adds, lists and removes
 * ACLs on the broker — Samsa by default, Apache Kafka 4.4 with SAMSA_INTEROP_TARGET=kafka; both
 * run the standard authoriser, the tool's principal (ANONYMOUS on PLAINTEXT; Kafka's controller
 * listener is PLAINTEXT too) a super user. Needs java 17+ and the jars of test/interop/java.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { KafkaTool, runJavaOk } from './java-tools.ts';
import { startTarget, type InteropBroker } from './target.ts';

let broker: InteropBroker;

before(async () => {
  broker = await startTarget({ 'authorizer.class.name': 'org.apache.kafka.metadata.authorizer.StandardAuthorizer', 'super.users': 'User:ANONYMOUS' });
});
after(async () => {
  await broker?.stop();
});

const acls = (args: string[]) => runJavaOk(KafkaTool.acls, ['--bootstrap-server', broker.bootstrap, ...args], { timeoutMs: 90_000 });
/** The `(principal=..., host=..., operation=..., permissionType=...)` entries the tool prints, sorted. */
const entries = (out: string) => [...out.matchAll(/\(principal=([^,]+), host=([^,]+), operation=([A-Z_]+), permissionType=([A-Z]+)\)/g)].map((m) => m.slice(1).join(' ')).sort();

test('kafka-acls --add, --list and --remove on topics, prefixed topics, groups and the cluster', async () => {
  await acls(['--add', '--allow-principal', 'User:alice', '--operation', 'Read', '--operation', 'Write', '--topic', 'orders']);
  await acls(['--add', '--deny-principal', 'User:bob', '--deny-host', '10.0.0.9', '--operation', 'Write', '--topic', 'pay-', '--resource-pattern-type', 'prefixed']);
  await acls(['--add', '--allow-principal', 'User:alice', '--operation', 'Read', '--group', '*']);
  await acls(['--add', '--allow-principal', 'User:ops', '--operation', 'Alter', '--cluster']);

  assert.deepEqual(entries(await acls(['--list', '--topic', 'orders'])), ['User:alice * READ ALLOW', 'User:alice * WRITE ALLOW']);
  const prefixed = await acls(['--list', '--topic', 'pay-', '--resource-pattern-type', 'prefixed']);
  assert.deepEqual(entries(prefixed), ['User:bob 10.0.0.9 WRITE DENY']);
  assert.match(prefixed, /patternType=PREFIXED/);
  // MATCH: every ACL that applies to topic pay-eu.
  assert.deepEqual(entries(await acls(['--list', '--topic', 'pay-eu', '--resource-pattern-type', 'match'])), ['User:bob 10.0.0.9 WRITE DENY']);
  assert.deepEqual(entries(await acls(['--list', '--principal', 'User:alice'])), ['User:alice * READ ALLOW', 'User:alice * READ ALLOW', 'User:alice * WRITE ALLOW']);
  const all = await acls(['--list']);
  assert.deepEqual(entries(all).length, 5);
  assert.match(all, /resourceType=CLUSTER, name=kafka-cluster/);
  assert.match(all, /resourceType=GROUP, name=\*/);

  await acls(['--remove', '--force', '--allow-principal', 'User:alice', '--operation', 'Read', '--topic', 'orders']);
  assert.deepEqual(entries(await acls(['--list', '--topic', 'orders'])), ['User:alice * WRITE ALLOW']);
  await acls(['--remove', '--force', '--topic', 'orders']);
  await acls(['--remove', '--force', '--topic', 'pay-', '--resource-pattern-type', 'prefixed']);
  assert.deepEqual(entries(await acls(['--list', '--topic', 'orders'])), []);
  assert.equal(entries(await acls(['--list'])).length, 2, 'the group and cluster ACLs are left');
});

test('kafka-acls --producer and --consumer add the ACLs a producer and a consumer group need', async () => {
  await acls(['--add', '--allow-principal', 'User:app', '--producer', '--topic', 'events', '--transactional-id', 'app-tx']);
  await acls(['--add', '--allow-principal', 'User:app', '--consumer', '--topic', 'events', '--group', 'app-group']);
  const out = await acls(['--list', '--principal', 'User:app']);
  assert.deepEqual(entries(out), [
    'User:app * CREATE ALLOW', 'User:app * DESCRIBE ALLOW', 'User:app * DESCRIBE ALLOW',
    'User:app * READ ALLOW', 'User:app * READ ALLOW', 'User:app * WRITE ALLOW', 'User:app * WRITE ALLOW',
  ]);
  assert.match(out, /resourceType=TRANSACTIONAL_ID, name=app-tx/);
  assert.match(out, /resourceType=GROUP, name=app-group/);
  await acls(['--remove', '--force', '--allow-principal', 'User:app', '--producer', '--topic', 'events', '--transactional-id', 'app-tx']);
  await acls(['--remove', '--force', '--allow-principal', 'User:app', '--consumer', '--topic', 'events', '--group', 'app-group']);
  assert.deepEqual(entries(await acls(['--list', '--principal', 'User:app'])), []);
});
