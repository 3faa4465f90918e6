/** Which quota applies to a client (KIP-55 / KIP-257 precedence), sensors shared, updated and expired. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { QuotaEntry } from '../../../src/broker/client-quotas.ts';
import { ClientQuotaManager, userOf } from '../../../src/broker/quota/client-quota-manager.ts';

const W = { samples: 11, windowMs: 1000 };

function q(user: string | null | undefined, clientId: string | null | undefined, value: number): QuotaEntry {
  const entity = [];
  if (user !== undefined) entity.push({ entityType: 'user', entityName: user });
  if (clientId !== undefined) entity.push({ entityType: 'client-id', entityName: clientId });
  return { entity, values: { producer_byte_rate: value } };
}

function limitOf(m: ClientQuotaManager, user: string, clientId: string): number | null {
  return m.limit(m.tags(user, clientId));
}

test('the most specific entity wins, in Kafka\'s order of eight levels', () => {
  const levels: QuotaEntry[] = [
    q('alice', 'app', 1), // 1 user + client-id
    q('alice', null, 2), // 2 user + default client-id
    q('alice', undefined, 3), // 3 user
    q(null, 'app', 4), // 4 default user + client-id
    q(null, null, 5), // 5 default user + default client-id
    q(null, undefined, 6), // 6 default user
    q(undefined, 'app', 7), // 7 client-id
    q(undefined, null, 8), // 8 default client-id
  ];
  const m = new ClientQuotaManager('producer_byte_rate', W);
  // Remove levels one by one from the most specific: each time the next level applies.
  for (let i = 0; i < levels.length; i++) {
    m.update(levels.slice(i));
    assert.equal(limitOf(m, 'alice', 'app'), i + 1, `with levels ${i + 1}..8`);
  }
  m.update([]);
  assert.equal(limitOf(m, 'alice', 'app'), null);
  assert.equal(m.enabled, false);
});

test('other users and client ids fall to the defaults; only the quota\'s own key counts', () => {
  const m = new ClientQuotaManager('producer_byte_rate', W);
  m.update([q('alice', undefined, 100), q(undefined, null, 50), { entity: [{ entityType: 'user', entityName: 'bob' }], values: { consumer_byte_rate: 7 } }]);
  assert.equal(limitOf(m, 'alice', 'x'), 100);
  assert.equal(limitOf(m, 'bob', 'x'), 50, 'bob has only a consumer quota: the default client-id producer quota applies');
  assert.equal(limitOf(m, 'carol', 'y'), 50);
  // As in Kafka (DefaultQuotaCallback.quotaLimit), an empty client id matches no client-id entity.
  assert.equal(limitOf(m, 'carol', ''), null);
  assert.equal(userOf('User:alice'), 'alice');
  assert.equal(userOf('User:ANONYMOUS'), 'ANONYMOUS');
});

test('clients of one user share the user\'s sensor; a quota change applies to live sensors at once', () => {
  const m = new ClientQuotaManager('producer_byte_rate', W);
  m.update([q('alice', undefined, 1000)]);
  // 6,000 from one client id and 6,000 from another: 12,000 / 10 s = 1,200/s > 1,000/s.
  assert.equal(m.recordAndGetThrottleTimeMs('alice', 'a', 6000, 0), 0);
  const throttle = m.recordAndGetThrottleTimeMs('alice', 'b', 6000, 0);
  assert.equal(throttle, 2000); // (1200 - 1000) / 1000 × 10,000 ms
  assert.equal(m.sensorCount, 1);
  m.update([q('alice', undefined, 2000)]);
  assert.equal(m.recordAndGetThrottleTimeMs('alice', 'a', 0, 0), 0, 'the raised quota applies to the existing sensor');
  m.update([q('alice', undefined, 600)]);
  assert.equal(m.recordAndGetThrottleTimeMs('alice', 'a', 0, 0), 10_000, '(1200 - 600) / 600 × 10 s');
});

test('no quota, no sensor; idle sensors expire after an hour', () => {
  const m = new ClientQuotaManager('producer_byte_rate', W);
  m.update([q(undefined, null, 1000)]);
  for (let i = 0; i < 100; i++) m.recordAndGetThrottleTimeMs('u', `client-${i}`, 10, 0);
  assert.equal(m.sensorCount, 100);
  m.recordAndGetThrottleTimeMs('u', 'late', 10, 3_600_000 + 60_000);
  assert.equal(m.sensorCount, 1, 'the 100 idle sensors were dropped');
  m.update([q('someone', undefined, 5)]);
  assert.equal(m.sensorCount, 0, 'a sensor whose quota is gone is dropped');
  assert.equal(m.recordAndGetThrottleTimeMs('u', 'late', 1e9, 3_700_000), 0, 'no quota applies: never throttled');
});

test('the most one fetch may take is quota × (samples - 1) windows', () => {
  const m = new ClientQuotaManager('consumer_byte_rate', W);
  assert.equal(m.maxValueInQuotaWindow('u', 'c'), Number.POSITIVE_INFINITY);
  m.update([{ entity: [{ entityType: 'client-id', entityName: 'c' }], values: { consumer_byte_rate: 1000 } }]);
  assert.equal(m.maxValueInQuotaWindow('u', 'c'), 10_000);
  assert.equal(m.maxValueInQuotaWindow('u', 'other'), Number.POSITIVE_INFINITY);
});
