// The ACL matcher (src/broker/security/acl-authorizer.ts) and the filters of acl.ts: Kafka's
// StandardAuthorizer rules — deny wins, literal / prefixed / `*` patterns, Describe and
// DescribeConfigs implied by allow ACLs only, super users, host matching, the no-ACL default — and
// the AclBindingFilter matching DescribeAcls and DeleteAcls use.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AclAuthorizer } from '../../../src/broker/security/acl-authorizer.ts';
import {
  AclOperation as Op, AclPermissionType as Perm, filterMatches, InvalidAclError, PatternType as Pat, ResourceType as R,
  validateBinding, validateFilter, type AclBinding, type AclBindingFilter,
} from '../../../src/broker/security/acl.ts';
import { BrokerConfig } from '../../../src/config/broker-config.ts';
import { ConfigError } from '../../../src/config/config-def.ts';

const alice = { principal: 'User:alice', host: '10.0.0.1' };
const bob = { principal: 'User:bob', host: '10.0.0.2' };

function acl(p: Partial<AclBinding>): AclBinding {
  return { resourceType: R.TOPIC, resourceName: 'orders', patternType: Pat.LITERAL, principal: 'User:alice', host: '*', operation: Op.READ, permissionType: Perm.ALLOW, ...p };
}

function authorizer(acls: AclBinding[], opts: { superUsers?: string[]; allowIfNoAcl?: boolean } = {}) {
  return new AclAuthorizer({ acls: () => acls }, new Set(opts.superUsers ?? []), opts.allowIfNoAcl ?? false);
}

test('no ACL on a resource: denied, unless allow.everyone.if.no.acl.found; an ACL for someone else makes it denied for the rest', () => {
  assert.equal(authorizer([]).authorize(alice, Op.READ, R.TOPIC, 'orders'), false);
  assert.equal(authorizer([], { allowIfNoAcl: true }).authorize(alice, Op.READ, R.TOPIC, 'orders'), true);
  const a = authorizer([acl({ principal: 'User:bob' })], { allowIfNoAcl: true });
  assert.equal(a.authorize(alice, Op.READ, R.TOPIC, 'orders'), false, 'the resource has ACLs: the default no longer applies');
  assert.equal(a.authorize(alice, Op.READ, R.TOPIC, 'other'), true, 'another topic still has none');
  assert.equal(a.authorize(bob, Op.READ, R.TOPIC, 'orders'), true);
});

test('deny wins over allow, whichever pattern each comes from', () => {
  const a = authorizer([
    acl({ resourceName: '*' }),
    acl({ resourceName: 'ord', patternType: Pat.PREFIXED, permissionType: Perm.DENY }),
    acl({ resourceName: 'payments' }),
  ]);
  assert.equal(a.authorize(alice, Op.READ, R.TOPIC, 'orders'), false, 'prefixed deny beats wildcard allow');
  assert.equal(a.authorize(alice, Op.READ, R.TOPIC, 'payments'), true);
  const b = authorizer([acl({}), acl({ resourceName: '*', permissionType: Perm.DENY, principal: 'User:*' })]);
  assert.equal(b.authorize(alice, Op.READ, R.TOPIC, 'orders'), false, 'a wildcard deny for everyone beats a literal allow');
});

test('literal, prefixed and the * wildcard: which names each pattern covers', () => {
  const a = authorizer([
    acl({ resourceName: 'orders' }),
    acl({ resourceName: 'pay-', patternType: Pat.PREFIXED }),
    acl({ resourceType: R.GROUP, resourceName: '*' }),
  ]);
  assert.equal(a.authorize(alice, Op.READ, R.TOPIC, 'orders'), true);
  assert.equal(a.authorize(alice, Op.READ, R.TOPIC, 'orders2'), false, 'a literal name is not a prefix');
  assert.equal(a.authorize(alice, Op.READ, R.TOPIC, 'pay-eu'), true);
  assert.equal(a.authorize(alice, Op.READ, R.TOPIC, 'pay'), false, 'shorter than the prefix');
  assert.equal(a.authorize(alice, Op.READ, R.GROUP, 'any-group'), true, '* covers every group');
  assert.equal(a.authorize(alice, Op.READ, R.TRANSACTIONAL_ID, 'orders'), false, 'ACLs of another resource type do not apply');
  // A PREFIXED "*" is a prefix of nothing but names starting with "*".
  assert.equal(authorizer([acl({ resourceName: '*', patternType: Pat.PREFIXED })]).authorize(alice, Op.READ, R.TOPIC, 'orders'), false);
});

test('Read, Write, Delete and Alter imply Describe; AlterConfigs implies DescribeConfigs; only for allow ACLs', () => {
  for (const op of [Op.READ, Op.WRITE, Op.DELETE, Op.ALTER]) {
    assert.equal(authorizer([acl({ operation: op })]).authorize(alice, Op.DESCRIBE, R.TOPIC, 'orders'), true, `op ${op} implies Describe`);
  }
  assert.equal(authorizer([acl({ operation: Op.CREATE })]).authorize(alice, Op.DESCRIBE, R.TOPIC, 'orders'), false, 'Create does not');
  assert.equal(authorizer([acl({ operation: Op.ALTER_CONFIGS })]).authorize(alice, Op.DESCRIBE_CONFIGS, R.TOPIC, 'orders'), true);
  assert.equal(authorizer([acl({ operation: Op.DESCRIBE })]).authorize(alice, Op.READ, R.TOPIC, 'orders'), false, 'Describe implies nothing');
  assert.equal(authorizer([acl({ operation: Op.READ })]).authorize(alice, Op.WRITE, R.TOPIC, 'orders'), false);
  const denyRead = authorizer([acl({ operation: Op.ALL }), acl({ operation: Op.READ, permissionType: Perm.DENY })]);
  assert.equal(denyRead.authorize(alice, Op.READ, R.TOPIC, 'orders'), false);
  assert.equal(denyRead.authorize(alice, Op.DESCRIBE, R.TOPIC, 'orders'), true, 'a Read deny does not deny Describe');
  const all = authorizer([acl({ operation: Op.ALL })]);
  assert.ok([Op.READ, Op.WRITE, Op.CREATE, Op.DELETE, Op.ALTER, Op.DESCRIBE, Op.DESCRIBE_CONFIGS, Op.ALTER_CONFIGS].every((op) => all.authorize(alice, op, R.TOPIC, 'orders')));
  assert.equal(authorizer([acl({ operation: Op.ALL }), acl({ operation: Op.ALL, permissionType: Perm.DENY })]).authorize(alice, Op.DESCRIBE, R.TOPIC, 'orders'), false, 'an ALL deny denies everything');
});

test('principals: the exact one or User:*; hosts: the exact IP or *', () => {
  const a = authorizer([acl({ principal: 'User:*', host: '10.0.0.1' })]);
  assert.equal(a.authorize(alice, Op.READ, R.TOPIC, 'orders'), true);
  assert.equal(a.authorize({ ...bob, host: '10.0.0.1' }, Op.READ, R.TOPIC, 'orders'), true, 'User:* is everyone');
  assert.equal(a.authorize(bob, Op.READ, R.TOPIC, 'orders'), false, 'from another host');
  const b = authorizer([acl({ principal: 'User:alice' })]);
  assert.equal(b.authorize({ principal: 'User:alice2', host: '10.0.0.1' }, Op.READ, R.TOPIC, 'orders'), false);
  assert.equal(b.authorize({ principal: 'User:ANONYMOUS', host: '10.0.0.1' }, Op.READ, R.TOPIC, 'orders'), false);
});

test('super users may do anything, deny ACLs notwithstanding; read from super.users with semicolons', () => {
  const config = BrokerConfig.fromProperties({ 'authorizer.class.name': 'org.apache.kafka.metadata.authorizer.StandardAuthorizer', 'super.users': 'User:admin; User:ops' });
  const a = AclAuthorizer.fromConfig(config, { acls: () => [acl({ principal: 'User:*', operation: Op.ALL, permissionType: Perm.DENY })] })!;
  assert.ok(a);
  for (const who of ['User:admin', 'User:ops']) assert.equal(a.authorize({ principal: who, host: '1.2.3.4' }, Op.ALTER, R.CLUSTER, 'kafka-cluster'), true, who);
  assert.equal(a.authorize(alice, Op.READ, R.TOPIC, 'orders'), false);
});

test('authorizer.class.name: empty is none, Kafka\'s and Samsa\'s names are the standard authoriser, anything else is a ConfigError', () => {
  const source = { acls: () => [] };
  assert.equal(AclAuthorizer.fromConfig(BrokerConfig.fromProperties({}), source), null);
  assert.ok(AclAuthorizer.fromConfig(BrokerConfig.fromProperties({ 'authorizer.class.name': 'samsa.security.StandardAuthorizer' }), source) instanceof AclAuthorizer);
  assert.throws(() => BrokerConfig.fromProperties({ 'authorizer.class.name': 'kafka.security.authorizer.AclAuthorizer' }), (e: unknown) => e instanceof ConfigError && e.key === 'authorizer.class.name' && /StandardAuthorizer/.test(e.message));
});

test('authorizeByResourceType: any allowed topic counts unless a deny dominates it (InitProducerId)', () => {
  const w = (p: Partial<AclBinding>) => acl({ operation: Op.WRITE, ...p });
  assert.equal(authorizer([]).authorizeByResourceType(alice, Op.WRITE, R.TOPIC), false);
  assert.equal(authorizer([w({})]).authorizeByResourceType(alice, Op.WRITE, R.TOPIC), true);
  assert.equal(authorizer([w({}), w({ permissionType: Perm.DENY })]).authorizeByResourceType(alice, Op.WRITE, R.TOPIC), false, 'same literal denied');
  assert.equal(authorizer([w({}), w({ resourceName: 'or', patternType: Pat.PREFIXED, permissionType: Perm.DENY })]).authorizeByResourceType(alice, Op.WRITE, R.TOPIC), false, 'a deny prefix dominates');
  assert.equal(authorizer([w({}), w({ resourceName: 'x', permissionType: Perm.DENY })]).authorizeByResourceType(alice, Op.WRITE, R.TOPIC), true);
  assert.equal(authorizer([w({ resourceName: '*' })]).authorizeByResourceType(alice, Op.WRITE, R.TOPIC), true);
  assert.equal(authorizer([w({}), w({ resourceName: '*', permissionType: Perm.DENY })]).authorizeByResourceType(alice, Op.WRITE, R.TOPIC), false);
  assert.equal(authorizer([w({ principal: 'User:bob' })]).authorizeByResourceType(alice, Op.WRITE, R.TOPIC), false);
  assert.equal(authorizer([acl({ operation: Op.READ })]).authorizeByResourceType(alice, Op.WRITE, R.TOPIC), false);
});

test('authorized operations: the bit field of the resource type\'s operations the principal may perform', () => {
  const a = authorizer([acl({ operation: Op.WRITE }), acl({ operation: Op.ALTER_CONFIGS })]);
  const bits = (ops: number[]) => ops.reduce((n, op) => n | (1 << op), 0);
  assert.equal(a.authorizedOperations(alice, R.TOPIC, 'orders'), bits([Op.WRITE, Op.DESCRIBE, Op.DESCRIBE_CONFIGS, Op.ALTER_CONFIGS]));
  assert.equal(a.authorizedOperations(bob, R.TOPIC, 'orders'), 0);
});

test('ACLs added later are seen at once (the store hands out a new array)', () => {
  let acls: AclBinding[] = [];
  const a = new AclAuthorizer({ acls: () => acls }, new Set(), false);
  assert.equal(a.authorize(alice, Op.READ, R.TOPIC, 'orders'), false);
  acls = [acl({})];
  assert.equal(a.authorize(alice, Op.READ, R.TOPIC, 'orders'), true);
});

test('filters: ANY, null strings, and MATCH (every pattern that applies to a name)', () => {
  const any: AclBindingFilter = { resourceType: R.ANY, resourceName: null, patternType: Pat.ANY, principal: null, host: null, operation: Op.ANY, permissionType: Perm.ANY };
  const lit = acl({});
  const wild = acl({ resourceName: '*' });
  const pre = acl({ resourceName: 'ord', patternType: Pat.PREFIXED });
  const other = acl({ resourceName: 'pay', patternType: Pat.PREFIXED });
  const all = [lit, wild, pre, other];
  const pick = (f: Partial<AclBindingFilter>) => all.filter((b) => filterMatches({ ...any, ...f }, b));
  assert.deepEqual(pick({}), all);
  assert.deepEqual(pick({ resourceName: 'orders', patternType: Pat.MATCH }), [lit, wild, pre]);
  assert.deepEqual(pick({ resourceName: 'orders', patternType: Pat.ANY }), [lit], 'ANY with a name: that exact name');
  assert.deepEqual(pick({ resourceName: 'ord', patternType: Pat.PREFIXED }), [pre]);
  assert.deepEqual(pick({ patternType: Pat.LITERAL }), [lit, wild]);
  assert.deepEqual(pick({ resourceType: R.GROUP }), []);
  assert.deepEqual(pick({ principal: 'User:bob' }), []);
  assert.deepEqual(pick({ operation: Op.READ, permissionType: Perm.ALLOW, host: '*' }), all);
});

test('validation: what CreateAcls refuses and what a filter must not hold, with Kafka\'s messages', () => {
  const bad = (p: Partial<AclBinding>, message: RegExp) => assert.throws(() => validateBinding(acl(p)), (e: unknown) => e instanceof InvalidAclError && message.test(e.message));
  validateBinding(acl({}));
  bad({ resourceType: R.ANY }, /Invalid resourceType ANY/);
  bad({ resourceType: 99 }, /Invalid resourceType/);
  bad({ patternType: Pat.MATCH }, /Invalid patternType MATCH/);
  bad({ operation: Op.ANY }, /Invalid operation ANY/);
  bad({ permissionType: Perm.ANY }, /Invalid permissionType ANY/);
  bad({ resourceType: R.CLUSTER, resourceName: 'c' }, /only valid name for the CLUSTER resource is kafka-cluster/);
  bad({ resourceName: '' }, /Resource name should not be empty/);
  bad({ principal: 'alice' }, /Could not parse principal/);
  const f: AclBindingFilter = { resourceType: R.ANY, resourceName: null, patternType: Pat.ANY, principal: null, host: null, operation: Op.ANY, permissionType: Perm.ANY };
  validateFilter(f);
  for (const k of ['resourceType', 'patternType', 'operation', 'permissionType'] as const) {
    assert.throws(() => validateFilter({ ...f, [k]: 0 }), InvalidAclError, `${k} UNKNOWN`);
  }
});
