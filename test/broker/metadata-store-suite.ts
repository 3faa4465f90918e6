/**
 * What every MetadataStore must do (src/broker/metadata-store.ts), written once and run on each
 * implementation: the local file store now (local-metadata-store.test.ts), the etcd one with the
 * cluster. `open()` returns a fresh store over the same durable state, as a broker restart would.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MetadataStore } from '../../src/broker/metadata-store.ts';

export interface StoreUnderTest {
  /** A new store over the same backing state each call (the first call starts it empty). */
  open(): Promise<MetadataStore>;
  /** The broker id the store runs for. */
  nodeId: number;
  close(): Promise<void>;
}

export function metadataStoreSuite(name: string, setUp: () => Promise<StoreUnderTest>): void {
  const withStore = (title: string, body: (s: StoreUnderTest) => Promise<void>) =>
    test(`${name}: ${title}`, async () => {
      const s = await setUp();
      try {
        await body(s);
      } finally {
        await s.close();
      }
    });

  withStore('starts empty with a cluster id, and this broker alive', async (s) => {
    const store = await s.open();
    assert.match(store.clusterId, /^[A-Za-z0-9_-]{22}$/);
    assert.deepEqual(store.topics(), []);
    assert.ok(store.liveBrokers().some((b) => b.nodeId === s.nodeId));
    assert.deepEqual(store.clientQuotas(), []);
    assert.deepEqual(store.brokerConfigs(), { perBroker: {}, defaults: {} });
    assert.equal((await s.open()).clusterId, store.clusterId, 'the cluster id is kept');
  });

  withStore('a registered broker is listed with its rack and endpoints', async (s) => {
    const store = await s.open();
    await store.registerBroker({ nodeId: s.nodeId, rack: 'r1', endpoints: [{ listener: 'PLAINTEXT', host: '127.0.0.1', port: 9092 }] });
    const me = store.liveBrokers().find((b) => b.nodeId === s.nodeId);
    assert.deepEqual(me, { nodeId: s.nodeId, rack: 'r1', endpoints: [{ listener: 'PLAINTEXT', host: '127.0.0.1', port: 9092 }] });
  });

  withStore('topics are added, replaced and removed, and what was acknowledged survives a reopen', async (s) => {
    const store = await s.open();
    const n = s.nodeId;
    await store.putTopic({ name: 'a', topicId: 'AAAAAAAAAAAAAAAAAAAAAQ', partitions: 2, leaderEpochs: [0, 0], replicas: [[n], [n]], configs: { 'retention.ms': '1000' } });
    await store.putTopic({ name: 'b', topicId: 'AAAAAAAAAAAAAAAAAAAAAg', partitions: 1, leaderEpochs: [0], replicas: [[n]], configs: {} });
    await store.putTopic({ name: 'a', topicId: 'AAAAAAAAAAAAAAAAAAAAAQ', partitions: 3, leaderEpochs: [0, 0, 1], replicas: [[n], [n], [n]], configs: {} });
    await store.removeTopic('b');
    for (const st of [store, await s.open()]) {
      assert.deepEqual(st.topics(), [{ name: 'a', topicId: 'AAAAAAAAAAAAAAAAAAAAAQ', partitions: 3, leaderEpochs: [0, 0, 1], replicas: [[n], [n], [n]], configs: {} }]);
    }
  });

  withStore('topic changes reach listeners in order, once durable, with what was there before', async (s) => {
    const store = await s.open();
    const n = s.nodeId;
    const seen: { name: string; before: number | null; after: number | null; durable: boolean }[] = [];
    const stop = store.onTopicChange((c) => {
      const durable = s.open().then((again) => again.topics().some((t) => t.name === c.name) === (c.after !== null));
      seen.push({ name: c.name, before: c.before?.partitions ?? null, after: c.after?.partitions ?? null, durable: false });
      const entry = seen[seen.length - 1]!;
      void durable.then((d) => (entry.durable = d));
    });
    await store.putTopic({ name: 't', topicId: 'AAAAAAAAAAAAAAAAAAAAAw', partitions: 1, leaderEpochs: [0], replicas: [[n]], configs: {} });
    await store.putTopic({ name: 't', topicId: 'AAAAAAAAAAAAAAAAAAAAAw', partitions: 2, leaderEpochs: [0, 0], replicas: [[n], [n]], configs: {} });
    await store.removeTopic('t');
    await store.removeTopic('never-there');
    stop();
    await store.putTopic({ name: 'u', topicId: 'AAAAAAAAAAAAAAAAAAAABA', partitions: 1, leaderEpochs: [0], replicas: [[n]], configs: {} });
    await new Promise((r) => setTimeout(r, 20));
    assert.deepEqual(seen, [
      { name: 't', before: null, after: 1, durable: true },
      { name: 't', before: 1, after: 2, durable: true },
      { name: 't', before: 2, after: null, durable: true },
    ], 'no call for a topic that was not there, none after unsubscribing');
  });

  withStore('dynamic broker configs and client quotas survive a reopen', async (s) => {
    const store = await s.open();
    await store.setBrokerConfigs({ 'log.retention.ms': '5' }, { 'min.insync.replicas': '1' });
    await store.setClientQuotas([
      { entity: [{ entityType: 'user', entityName: 'alice' }], values: { producer_byte_rate: 1000 } },
      { entity: [{ entityType: 'user', entityName: null }], values: {} },
    ]);
    const again = await s.open();
    assert.deepEqual(again.brokerConfigs(), { perBroker: { 'log.retention.ms': '5' }, defaults: { 'min.insync.replicas': '1' } });
    assert.deepEqual(again.clientQuotas(), [{ entity: [{ entityType: 'user', entityName: 'alice' }], values: { producer_byte_rate: 1000 } }], 'entries without values are dropped');
  });

  withStore('ACLs are added once each, removed, and survive a reopen; a change gives a new array', async (s) => {
    const store = await s.open();
    assert.deepEqual(store.acls(), []);
    const read = { resourceType: 2, resourceName: 'orders', patternType: 3, principal: 'User:alice', host: '*', operation: 3, permissionType: 3 };
    const deny = { ...read, resourceName: 'pay', patternType: 4, operation: 4, permissionType: 2, host: '10.0.0.1' };
    const cluster = { resourceType: 4, resourceName: 'kafka-cluster', patternType: 3, principal: 'User:*', host: '*', operation: 2, permissionType: 3 };
    await store.addAcls([read, deny]);
    const before = store.acls();
    await store.addAcls([{ ...read }, cluster]);
    assert.notEqual(store.acls(), before, 'a new array after a change');
    assert.deepEqual(before, [read, deny], 'the old array is left as it was');
    assert.deepEqual(store.acls(), [read, deny, cluster], 'the same binding twice is kept once');
    await store.removeAcls([deny, { ...read, principal: 'User:bob' }]);
    for (const st of [store, await s.open()]) assert.deepEqual(st.acls(), [read, cluster]);
  });

  withStore('SCRAM credentials are added, replaced and removed at once, and survive a reopen', async (s) => {
    const store = await s.open();
    assert.deepEqual(store.scramCredentials(), []);
    const cred = (user: string, mechanism: 'SCRAM-SHA-256' | 'SCRAM-SHA-512', iterations: number) => ({
      user, mechanism, iterations, salt: Buffer.from(`salt-${user}`), storedKey: Buffer.from(`stored-${iterations}`), serverKey: Buffer.from(`server-${iterations}`),
    });
    await store.alterScramCredentials([cred('alice', 'SCRAM-SHA-256', 4096), cred('alice', 'SCRAM-SHA-512', 8192), cred('bob', 'SCRAM-SHA-256', 4096)], []);
    await store.alterScramCredentials([cred('alice', 'SCRAM-SHA-256', 10000)], [{ user: 'bob', mechanism: 'SCRAM-SHA-256' }, { user: 'carol', mechanism: 'SCRAM-SHA-256' }]);
    for (const st of [store, await s.open()]) {
      const all = [...st.scramCredentials()].sort((a, b) => a.mechanism.localeCompare(b.mechanism));
      assert.deepEqual(all, [cred('alice', 'SCRAM-SHA-256', 10000), cred('alice', 'SCRAM-SHA-512', 8192)]);
      const found = st.scramCredential('alice', 'SCRAM-SHA-512')!;
      assert.deepEqual({ salt: found.salt, iterations: found.iterations, storedKey: found.storedKey, serverKey: found.serverKey }, { salt: Buffer.from('salt-alice'), iterations: 8192, storedKey: Buffer.from('stored-8192'), serverKey: Buffer.from('server-8192') });
      assert.equal(st.scramCredential('bob', 'SCRAM-SHA-256'), null, 'deleted');
      assert.equal(st.scramCredential('alice', 'SCRAM-SHA-256')!.iterations, 10000, 'replaced');
    }
  });

  withStore('producer ids are never handed out twice, across reopens', async (s) => {
    const seen = new Set<number>();
    for (let round = 0; round < 3; round++) {
      const store = await s.open();
      for (let i = 0; i < 5; i++) {
        const id = await store.allocateProducerId();
        assert.ok(id >= 0 && !seen.has(id), `id ${id} handed out before`);
        seen.add(id);
      }
    }
  });
}
