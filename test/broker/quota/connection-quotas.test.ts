/**
 * Connection limits (connection-quotas.ts): the decisions on their own, then through a real
 * listener: a connection past max.connections.per.ip is closed at once with a log line, and a slot
 * freed by a close is usable again.
 */
import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { test } from 'node:test';
import pino from 'pino';
import type { QuotaEntry } from '../../../src/broker/client-quotas.ts';
import { ConnectionQuotas } from '../../../src/broker/connection-quotas.ts';
import { BrokerConfig } from '../../../src/config/broker-config.ts';
import { ApiKey } from '../../../src/protocol/generated/api-keys.ts';
import { ErrorCode } from '../../../src/protocol/generated/error-codes.ts';
import { startTestBroker, TestClient } from '../broker-harness.ts';

const silent = pino({ level: 'silent' });

function quotas(props: Record<string, string | number>, entries: QuotaEntry[] = []): ConnectionQuotas {
  return new ConnectionQuotas(BrokerConfig.fromProperties(props), () => entries, silent);
}

test('max.connections.per.ip with overrides, and max.connections over all addresses', () => {
  const q = quotas({ 'max.connections.per.ip': 2, 'max.connections.per.ip.overrides': '10.0.0.9:0, 10.0.0.5:3', 'max.connections': 6 });
  assert.equal(q.admit('10.0.0.1').kind, 'accept');
  assert.equal(q.admit('10.0.0.1').kind, 'accept');
  const third = q.admit('10.0.0.1');
  assert.equal(third.kind, 'reject');
  assert.match((third as { reason: string }).reason, /maximum of 2 connections/);
  q.release('10.0.0.1');
  assert.equal(q.admit('10.0.0.1').kind, 'accept', 'a released slot is free again');
  assert.equal(q.admit('10.0.0.9').kind, 'reject', 'override 0: none from this address');
  for (let i = 0; i < 3; i++) assert.equal(q.admit('10.0.0.5').kind, 'accept', 'override 3');
  assert.equal(q.totalCount, 5);
  assert.equal(q.admit('10.0.0.2').kind, 'accept');
  const full = q.admit('10.0.0.3');
  assert.equal(full.kind, 'reject');
  assert.match((full as { reason: string }).reason, /max\.connections\)/);
  assert.equal(q.count('10.0.0.3'), 0, 'a rejected connection is not counted');
});

test('max.connections.per.ip=0 needs overrides (as Kafka refuses it without)', () => {
  assert.throws(() => BrokerConfig.fromProperties({ 'max.connections.per.ip': 0 }), /max\.connections\.per\.ip is 0/);
  const q = quotas({ 'max.connections.per.ip': 0, 'max.connections.per.ip.overrides': '10.0.0.1:1' });
  assert.equal(q.admit('10.0.0.1').kind, 'accept');
  assert.equal(q.admit('10.0.0.2').kind, 'reject');
});

test('connection_creation_rate per IP closes after the throttle; the broker-wide rate only delays', () => {
  const entries: QuotaEntry[] = [
    { entity: [{ entityType: 'ip', entityName: '10.0.0.1' }], values: { connection_creation_rate: 2 } },
    { entity: [{ entityType: 'ip', entityName: null }], values: { connection_creation_rate: 100 } },
  ];
  const q = quotas({ 'quota.window.num': 2, 'quota.window.size.seconds': 1 }, entries);
  // 2 per second over a 1 s span: the third at the same instant is over.
  assert.equal(q.admit('10.0.0.1', 0).kind, 'accept');
  assert.equal(q.admit('10.0.0.1', 0).kind, 'accept');
  const third = q.admit('10.0.0.1', 0);
  assert.equal(third.kind, 'close-after');
  assert.equal((third as { delayMs: number }).delayMs, 500, '(3 - 2) / 2 × 1000 ms');
  assert.equal(q.count('10.0.0.1'), 2);
  // The default ip entity covers other addresses.
  for (let i = 0; i < 50; i++) assert.equal(q.admit('10.0.0.2', 0).kind, 'accept');

  const b = quotas({ 'quota.window.num': 2, 'quota.window.size.seconds': 1, 'max.connection.creation.rate': 10 });
  const delays = Array.from({ length: 12 }, () => b.admit('10.0.0.7', 0));
  assert.ok(delays.every((a) => a.kind === 'accept'));
  assert.equal((delays[9] as { delayMs: number }).delayMs, 0);
  assert.equal((delays[10] as { delayMs: number }).delayMs, 100, '11 in a 10/s span: (11 - 10) / 10 × 1000 ms');
  assert.ok((delays[11] as { delayMs: number }).delayMs <= 1000, 'capped at one window');
});

function open(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = connect({ host: '127.0.0.1', port }, () => resolve(s));
    s.once('error', reject);
  });
}

function closedWithin(s: Socket, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    if (s.destroyed) return resolve(true);
    const timer = setTimeout(() => resolve(false), ms);
    s.once('close', () => {
      clearTimeout(timer);
      resolve(true);
    });
    s.on('error', () => {});
  });
}

test('through the listener: the connection past max.connections.per.ip is closed at once, logged', async () => {
  const tb = await startTestBroker({ 'max.connections.per.ip': 2 });
  try {
    const a = await TestClient.connect(tb.port);
    const b = await TestClient.connect(tb.port);
    const third = await open(tb.port);
    assert.equal(await closedWithin(third, 2000), true, 'the third connection from 127.0.0.1 is closed');
    assert.ok(tb.logLines.some((l) => l.includes('rejected connection from 127.0.0.1') && l.includes('maximum of 2')), 'a log line says why');
    // The first two still work.
    const r = await a.request(ApiKey.ApiVersions, 3, { clientSoftwareName: 'x', clientSoftwareVersion: '1' });
    assert.equal(r.errorCode, ErrorCode.NONE);
    // A closed connection frees its slot.
    b.close();
    await new Promise((res) => setTimeout(res, 100));
    const c = await TestClient.connect(tb.port);
    assert.equal((await c.request(ApiKey.ApiVersions, 3, { clientSoftwareName: 'x', clientSoftwareVersion: '1' })).errorCode, ErrorCode.NONE);
    assert.equal(tb.broker.connectionQuotas.count('127.0.0.1'), 2);
    // max.connections.per.ip is dynamic: raised with IncrementalAlterConfigs, the next one is served.
    const raised = await a.request(ApiKey.IncrementalAlterConfigs, 1, { resources: [{ resourceType: 4, resourceName: '1', configs: [{ name: 'max.connections.per.ip', configOperation: 0, value: '3' }] }], validateOnly: false });
    assert.equal(raised.responses[0].errorCode, ErrorCode.NONE);
    const d = await TestClient.connect(tb.port);
    assert.equal((await d.request(ApiKey.ApiVersions, 3, { clientSoftwareName: 'x', clientSoftwareVersion: '1' })).errorCode, ErrorCode.NONE);
    assert.equal(await closedWithin(await open(tb.port), 2000), true, 'the fourth is closed');
    a.close();
    c.close();
    d.close();
  } finally {
    await tb.close();
  }
});

test('through the listener: an ip connection_creation_rate set with AlterClientQuotas closes the excess after the throttle', async () => {
  const tb = await startTestBroker({ 'quota.window.num': 2, 'quota.window.size.seconds': 1 });
  try {
    const admin = await TestClient.connect(tb.port);
    const r = await admin.request(ApiKey.AlterClientQuotas, 1, {
      entries: [{ entity: [{ entityType: 'ip', entityName: '127.0.0.1' }], ops: [{ key: 'connection_creation_rate', value: 2, remove: false }] }],
      validateOnly: false,
    });
    assert.equal(r.entries[0].errorCode, ErrorCode.NONE);
    const ok = await TestClient.connect(tb.port);
    const started = Date.now();
    const sockets = await Promise.all([open(tb.port), open(tb.port), open(tb.port)]);
    const closedAfter = await Promise.all(sockets.map(async (s) => ((await closedWithin(s, 2500)) ? Date.now() - started : null)));
    // With `ok`, four connections in the span at 2/s: two of the three are over.
    const closed = closedAfter.filter((x) => x !== null);
    assert.equal(closed.length, 2, `closed after ${closedAfter.join(', ')} ms`);
    // Closed once the throttle time has passed ((3 - 2) / 2 × 1 s, then more), not at once.
    assert.ok(closed.every((ms) => ms >= 400), `closed after ${closed.join(', ')} ms`);
    assert.equal((await ok.request(ApiKey.ApiVersions, 3, { clientSoftwareName: 'x', clientSoftwareVersion: '1' })).errorCode, ErrorCode.NONE);
    for (const s of sockets) s.destroy();
    admin.close();
    ok.close();
  } finally {
    await tb.close();
  }
});
