/** The local (single-broker, file) MetadataStore against the behaviour every store must show. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { LocalMetadataStore, MetadataFileError } from '../../src/broker/local-metadata-store.ts';
import { metadataStoreSuite } from './metadata-store-suite.ts';

metadataStoreSuite('local store', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'samsa-metastore-'));
  return {
    nodeId: 1,
    open: async () => LocalMetadataStore.open(dir, 1, null),
    close: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

test('local store: one broker is the only live broker; a corrupt file is a clear error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'samsa-metastore-'));
  try {
    assert.deepEqual(LocalMetadataStore.open(dir, 3, null).liveBrokers().map((b) => b.nodeId), [3]);
    writeFileSync(join(dir, 'samsa-metadata.json'), '{ not json');
    assert.throws(() => LocalMetadataStore.open(dir, 3, null), MetadataFileError);
    writeFileSync(join(dir, 'samsa-metadata.json'), JSON.stringify({ version: 1, clusterId: 'AAAAAAAAAAAAAAAAAAAAAQ', nodeId: 3, producerIdBlockEnd: 0, topics: [], scramCredentials: {} }));
    assert.throws(() => LocalMetadataStore.open(dir, 3, null), /scramCredentials is not a list/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('local store: a file from before replica assignments were recorded gets every partition on this broker', () => {
  const dir = mkdtempSync(join(tmpdir(), 'samsa-metastore-'));
  try {
    const old = { version: 1, clusterId: 'AAAAAAAAAAAAAAAAAAAAAQ', nodeId: 1, producerIdBlockEnd: 0, topics: [{ name: 'a', topicId: 'AAAAAAAAAAAAAAAAAAAAAg', partitions: 2, leaderEpochs: [0, 3], configs: {} }] };
    writeFileSync(join(dir, 'samsa-metadata.json'), JSON.stringify(old));
    assert.deepEqual(LocalMetadataStore.open(dir, 1, null).topics()[0]!.replicas, [[1], [1]]);
    assert.deepEqual(LocalMetadataStore.open(dir, 7, null).topics()[0]!.replicas, [[7], [7]], 'node.id changed: the one broker holds them');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
