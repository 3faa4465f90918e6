import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrokerConfig } from '../../src/config/broker-config.ts';
import { ConfigError } from '../../src/config/config-def.ts';
import { parseProperties } from '../../src/config/properties-file.ts';

function tempFile(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'samsa-config-'));
  const p = join(dir, 'server.properties');
  writeFileSync(p, text);
  return p;
}

test('defaults are Kafka\'s, with the single-node choices', () => {
  const c = BrokerConfig.load();
  assert.equal(c.nodeId(), 1);
  assert.deepEqual(c.logDirs(), ['./data']);
  assert.equal(c.int('num.partitions'), 1);
  assert.equal(c.int('message.max.bytes'), 1048588);
  assert.equal(c.int('socket.request.max.bytes'), 104857600);
  assert.equal(c.int('connections.max.idle.ms'), 600000);
  assert.equal(c.int('offsets.topic.num.partitions'), 50);
  assert.equal(c.bool('auto.create.topics.enable'), true);
  assert.deepEqual(c.listeners(), [{ name: 'PLAINTEXT', securityProtocol: 'PLAINTEXT', host: '', port: 9092 }]);
  assert.equal(c.advertisedListeners()[0]!.host, 'localhost');
  assert.equal(c.source('num.partitions'), 'DEFAULT_CONFIG');
});

test('priority: file < KAFKA_CFG_ env < --override', () => {
  const file = tempFile('num.partitions=3\nlog.dirs=/from/file\nmessage.max.bytes = 2000\n');
  const c = BrokerConfig.load({
    file,
    env: { KAFKA_CFG_LOG_DIRS: '/from/env', KAFKA_CFG_NUM_PARTITIONS: '4', PATH: '/bin' },
    overrides: ['num.partitions=5'],
  });
  assert.equal(c.int('num.partitions'), 5);
  assert.deepEqual(c.logDirs(), ['/from/env']);
  assert.equal(c.int('message.max.bytes'), 2000);
  assert.equal(c.source('message.max.bytes'), 'STATIC_BROKER_CONFIG');
  assert.equal(c.warnings.length, 0);
});

test('unknown keys are warnings, not errors', () => {
  const c = BrokerConfig.load({ overrides: ['no.such.thing=1', 'num.partitions=2'] });
  assert.equal(c.int('num.partitions'), 2);
  assert.equal(c.warnings.length, 1);
  assert.match(c.warnings[0]!, /no\.such\.thing/);
});

test('invalid values throw ConfigError naming the key', () => {
  const cases: [string, string][] = [
    ['num.partitions=abc', 'num.partitions'],
    ['num.partitions=0', 'num.partitions'],
    ['auto.create.topics.enable=maybe', 'auto.create.topics.enable'],
    ['log.segment.bytes=10', 'log.segment.bytes'],
    ['listeners=localhost:9092', 'listeners'],
    ['listeners=PLAINTEXT://:99999', 'listeners'],
    ['listeners=KERBEROS://:9093', 'listeners'],
    ['listener.name.sasl_ssl.ssl.client.auth=always', 'listener.name.sasl_ssl.ssl.client.auth'],
    ['log.message.timestamp.type=Whenever', 'log.message.timestamp.type'],
    ['message.max.bytes=99999999999', 'message.max.bytes'],
    ['advertised.listeners=PLAINTEXT://0.0.0.0:9092', 'advertised.listeners'],
  ];
  for (const [o, key] of cases) {
    assert.throws(() => BrokerConfig.load({ overrides: [o] }), (e: unknown) => e instanceof ConfigError && e.key === key, o);
  }
  assert.throws(() => BrokerConfig.load({ overrides: ['novalue'] }), ConfigError);
  assert.throws(() => BrokerConfig.load({ file: '/nonexistent/server.properties' }), ConfigError);
});

test('topic configs resolve through broker synonyms in Kafka\'s order', () => {
  const c = BrokerConfig.load({ overrides: ['log.retention.hours=1'] });
  assert.equal(c.resolveTopicConfig('retention.ms').value, 3_600_000);
  assert.equal(c.resolveTopicConfig('retention.ms').source, 'STATIC_BROKER_CONFIG');
  const m = BrokerConfig.load({ overrides: ['log.retention.hours=1', 'log.retention.minutes=2'] });
  assert.equal(m.resolveTopicConfig('retention.ms').value, 120_000);
  const d = BrokerConfig.load();
  assert.equal(d.resolveTopicConfig('retention.ms').value, 604_800_000);
  assert.equal(d.resolveTopicConfig('retention.ms').source, 'DEFAULT_CONFIG');
  assert.equal(d.resolveTopicConfig('max.message.bytes').value, 1048588);
  assert.equal(d.resolveTopicConfig('flush.messages').value, null);
  const t = d.resolveTopicConfig('segment.bytes', new Map([['segment.bytes', 1000]]));
  assert.equal(t.value, 1000);
  assert.equal(t.source, 'TOPIC_CONFIG');
  assert.equal(t.synonyms[1]!.name, 'log.segment.bytes');
});

test('set() changes a value live and rejects bad ones without changing anything', () => {
  const c = BrokerConfig.load();
  c.set('log.retention.ms', '5000');
  assert.equal(c.resolveTopicConfig('retention.ms').value, 5000);
  assert.equal(c.source('log.retention.ms'), 'DYNAMIC_BROKER_CONFIG');
  assert.throws(() => c.set('log.retention.ms', 'x'), ConfigError);
  assert.equal(c.int('log.retention.ms'), 5000);
  c.set('log.retention.ms', null);
  assert.equal(c.resolveTopicConfig('retention.ms').value, 604_800_000);
});

test('properties files: comments, separators, continuations, escapes', () => {
  const pairs = parseProperties('# c\n! c\n a = 1\nb:2\nc 3\nd=x\\\n   y\ne=tab\\there\nf=\\u0041\n');
  assert.deepEqual(pairs, [['a', '1'], ['b', '2'], ['c', '3'], ['d', 'xy'], ['e', 'tab\there'], ['f', 'A']]);
});

test('broker.id and log.dir are used when the newer names are not set', () => {
  const c = BrokerConfig.load({ overrides: ['broker.id=7', 'log.dir=/tmp/one'] });
  assert.equal(c.nodeId(), 7);
  assert.deepEqual(c.logDirs(), ['/tmp/one']);
});

test('dynamic layers: per-broker over cluster default over static; removing one reveals the next', () => {
  const c = BrokerConfig.load({ overrides: ['log.retention.ms=1000'] });
  c.set('log.retention.ms', '2000', 'DYNAMIC_DEFAULT_BROKER_CONFIG');
  assert.equal(c.int('log.retention.ms'), 2000);
  assert.equal(c.source('log.retention.ms'), 'DYNAMIC_DEFAULT_BROKER_CONFIG');
  c.set('log.retention.ms', '3000', 'DYNAMIC_BROKER_CONFIG');
  assert.equal(c.int('log.retention.ms'), 3000);
  c.set('log.retention.ms', null, 'DYNAMIC_BROKER_CONFIG');
  assert.equal(c.int('log.retention.ms'), 2000);
  c.set('log.retention.ms', null, 'DYNAMIC_DEFAULT_BROKER_CONFIG');
  assert.equal(c.int('log.retention.ms'), 1000);
  assert.equal(c.source('log.retention.ms'), 'STATIC_BROKER_CONFIG');
  assert.deepEqual(c.dynamicText('DYNAMIC_BROKER_CONFIG'), {});
});

test("Kafka's own KRaft server.properties loads: controller listeners skipped, no warnings", () => {
  const file = tempFile(`process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=localhost:9093
listeners=PLAINTEXT://:9092,CONTROLLER://:9093
inter.broker.listener.name=PLAINTEXT
advertised.listeners=PLAINTEXT://localhost:9092,CONTROLLER://localhost:9093
controller.listener.names=CONTROLLER
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,SSL:SSL,SASL_PLAINTEXT:SASL_PLAINTEXT,SASL_SSL:SASL_SSL
num.network.threads=3
num.io.threads=8
socket.send.buffer.bytes=102400
socket.receive.buffer.bytes=102400
socket.request.max.bytes=104857600
log.dirs=/tmp/kraft-combined-logs
num.partitions=1
num.recovery.threads.per.data.dir=1
offsets.topic.replication.factor=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
log.retention.hours=168
log.segment.bytes=1073741824
log.retention.check.interval.ms=300000
`);
  const c = BrokerConfig.load({ file });
  assert.deepEqual(c.warnings, []);
  assert.deepEqual(c.listeners().map((l) => [l.name, l.port]), [['PLAINTEXT', 9092]]);
  assert.deepEqual(c.advertisedListeners().map((l) => [l.name, l.host, l.port]), [['PLAINTEXT', 'localhost', 9092]]);
});
