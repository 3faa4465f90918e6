// The generator's loader copes with the quirks the kafka-protocol README lists, on a synthetic schema.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { loadMessage } from '../../../tools/protocol-gen/schema-loader.ts';
import { defaultValue } from '../../../tools/protocol-gen/field-info.ts';
import { emitMessage, kebab } from '../../../tools/protocol-gen/emit-message.ts';
import { condition, parseVersions, subtract } from '../../../tools/protocol-gen/versions.ts';

const SCHEMA = `// Licensed to the Apache Software Foundation (ASF) under one or more
// limitations under the License.

// Version 1 adds Flag.
{
  "type": "data",
  "name": "QuirkyRecord",
  "validVersions": "0-1",
  "flexibleVersions": "1+",
  "fields": [
    { "name": "Limit", "type": "int32", "versions": "0+", "default": "0x7fffffff" },
    { "name": "Epoch", "type": "int64", "versions": "0+", "default": -1 },
    { "name": "Flag", "type": "bool", "versions": "1+", "versions": "1+", "default": false },
\t{ "name": "Extra", "type": "string", "taggedVersions": "1+", "tag": "3", "nullableVersions": "1+", "default": "null" },
    { "name": "Client", "type": "string", "versions": "0+", "flexibleVersions": "none" },
    { "name": "Items", "type": "[]Item", "versions": "0+", "fields": [
      { "name": "Id", "type": "uuid", "versions": "0+" }
    ]}
  ]
}
`;

test('loader: comments, duplicate keys, string tags, numeric and hex defaults, versions from taggedVersions', () => {
  const dir = mkdtempSync(join(tmpdir(), 'samsa-schema-'));
  try {
    const path = join(dir, 'QuirkyRecord.json');
    writeFileSync(path, SCHEMA);
    const m = loadMessage(path);
    assert.deepEqual(m.comments, ['Version 1 adds Flag.']);
    const [limit, epoch, flag, extra, client, items] = m.root.fields;
    assert.equal(defaultValue(limit!, 'Limit'), 2147483647);
    assert.equal(defaultValue(epoch!, 'Epoch'), -1n);
    assert.deepEqual(flag!.versions, { lo: 1, hi: 1 }, 'versions clipped to validVersions');
    assert.equal(extra!.tag, 3);
    assert.deepEqual(extra!.versions, { lo: 1, hi: 1 });
    assert.equal(defaultValue(extra!, 'Extra'), null);
    assert.equal(client!.flexibleOverride, null);
    assert.equal(items!.struct!.name, 'Item');
    const src = emitMessage(m, 1);
    assert.match(src, /^\/\/ Generated from QuirkyRecord\.json by tools\/protocol-gen\. Do not edit\./);
    assert.match(src, /w\.int32\(v\.limit \?\? 2147483647\)/);
    assert.match(src, /const f_client: string = r\.string\(\);/, 'Client is never compact, even in flexible versions');
    assert.match(src, /f_name|f_id: string = r\.uuid\(\)/);
    assert.match(src, /if \(tag === 3 && version >= 1\)|if \(tag === 3\)/, 'tagged Extra is read from the tag section');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('version ranges: parse, subtract, and fold conditions to constants', () => {
  assert.deepEqual(parseVersions(' 3+ ', 'x'), { lo: 3, hi: 32767 });
  assert.deepEqual(parseVersions('0-2', 'x'), { lo: 0, hi: 2 });
  assert.equal(parseVersions('none', 'x'), null);
  assert.throws(() => parseVersions('2-1', 'x'));
  assert.deepEqual(subtract({ lo: 0, hi: 32767 }, { lo: 3, hi: 32767 }), { lo: 0, hi: 2 });
  assert.equal(condition({ lo: 0, hi: 32767 }, { lo: 0, hi: 11 }), 'true');
  assert.equal(condition({ lo: 12, hi: 32767 }, { lo: 0, hi: 11 }), 'false');
  assert.equal(condition({ lo: 3, hi: 32767 }, { lo: 0, hi: 11 }), 'version >= 3');
  assert.equal(condition({ lo: 0, hi: 2 }, { lo: 0, hi: 11 }), 'version <= 2');
  assert.equal(kebab('DescribeUserScramCredentialsRequest'), 'describe-user-scram-credentials-request');
  assert.equal(kebab('KRaftVersionRecord'), 'kraft-version-record');
});
