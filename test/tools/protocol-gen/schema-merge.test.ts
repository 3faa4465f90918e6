// Combining the pre-4.0 schema set with Kafka 4.4's (tools/protocol-gen/schema-merge.ts): dropped
// versions come from the older file, the rest from the newer, and no version changes its meaning.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildMessage, readSchemaFile, type FieldModel, type MessageModel, type RawMessage } from '../../../tools/protocol-gen/schema-loader.ts';
import { mergeMessages } from '../../../tools/protocol-gen/schema-merge.ts';
import { schemaDirs } from '../../../tools/protocol-gen/main.ts';
import type { Versions } from '../../../tools/protocol-gen/versions.ts';

const OLDER: RawMessage = {
  name: 'DemoRequest',
  type: 'request',
  apiKey: 99,
  validVersions: '0-4',
  flexibleVersions: '3+',
  fields: [
    { name: 'Gone', type: 'int32', versions: '0-1' },
    { name: 'Name', type: 'string', versions: '0+', nullableVersions: '2+' },
    { name: 'Items', type: '[]Item', versions: '0+', fields: [{ name: 'Id', type: 'int32', versions: '0+' }] },
  ],
};

const NEWER: RawMessage = {
  name: 'DemoRequest',
  type: 'request',
  apiKey: 99,
  validVersions: '2-5',
  flexibleVersions: '3+',
  fields: [
    { name: 'Name', type: 'string', versions: '2-4', nullableVersions: '2+' },
    { name: 'TopicId', type: 'uuid', versions: '5+' },
    { name: 'Items', type: '[]Item', versions: '2+', fields: [{ name: 'Id', type: 'int32', versions: '2+' }, { name: 'Tag', type: 'string', versions: '5+' }] },
  ],
};

test('merge: dropped versions from the older file, newer versions from the newer one, in order', () => {
  const m = mergeMessages(OLDER, NEWER);
  assert.equal(m.validVersions, '0-5');
  assert.equal(m.flexibleVersions, '3+');
  assert.deepEqual(
    m.fields.map((f) => [f.name, f.versions, f.nullableVersions]),
    [
      ['Gone', '0-1', undefined],
      ['Name', '0-4', '2+'],
      ['TopicId', '5+', undefined],
      ['Items', '0+', undefined],
    ],
  );
  assert.deepEqual(m.fields[3]!.fields!.map((f) => [f.name, f.versions]), [['Id', '0+'], ['Tag', '5+']]);
  // A newer file that describes every older version wins outright; a set without the message keeps the older one.
  const whole = { ...NEWER, validVersions: '0-5' };
  assert.equal(mergeMessages(OLDER, whole), whole);
  assert.equal(mergeMessages(OLDER, { ...NEWER, validVersions: 'none' }), OLDER);
  assert.equal(mergeMessages(undefined, NEWER), NEWER);
});

test('merge: a field that would leave a hole in its versions is refused', () => {
  const newer: RawMessage = { ...NEWER, fields: [...NEWER.fields, { name: 'Gone', type: 'int32', versions: '4+' }] };
  assert.throws(() => mergeMessages(OLDER, newer), /leave a hole/);
});

/**
 * What is on the wire at `v`: every field present at v, with its type, nullability and tag. Names are
 * left out: 4.4 renamed a few fields without changing their bytes (TxnOffsetCommit's GenerationId is
 * GenerationIdOrMemberEpoch, Vote's Candidate* are Replica*), and the newer name is the one generated.
 */
function wireShape(fields: readonly FieldModel[], v: number): unknown[] {
  const has = (r: Versions | null): boolean => r !== null && r.lo <= v && v <= r.hi;
  return fields
    .filter((f) => has(f.versions))
    .map((f) => [f.type, has(f.nullable), has(f.tagged) ? f.tag : null, f.struct ? wireShape(f.struct.fields, v) : null]);
}

function flexibleAt(m: MessageModel, v: number): boolean {
  const r = m.flexibleVersions;
  return r !== null && r.lo <= v && v <= r.hi;
}

const dirs = schemaDirs();
const skip = dirs.every((d) => existsSync(join(d, 'messages'))) ? false : `the shared schema sets are not at ${dirs.join(', ')}`;

test('merge of the real sets: every version keeps the wire shape of each set that describes it', { skip }, () => {
  const [olderDir, newerDir] = dirs as [string, string];
  let compared = 0;
  const changed: string[] = [];
  for (const file of readdirSync(join(newerDir, 'messages')).filter((f) => f.endsWith('.json'))) {
    const olderPath = join(olderDir, 'messages', file);
    if (!existsSync(olderPath)) continue;
    const older = readSchemaFile(olderPath);
    const newer = readSchemaFile(join(newerDir, 'messages', file));
    const merged = buildMessage({ file, raw: mergeMessages(older.raw, newer.raw), comments: [] });
    for (const set of [older, newer]) {
      if (set.raw.validVersions === 'none') continue; // a ZooKeeper-era API that 4.4 no longer describes
      const source = buildMessage(set);
      const valid = source.validVersions!;
      for (let v = valid.lo; v <= valid.hi; v++) {
        // Where both sets describe a version they must agree, so the merged model equals each of them.
        const same =
          JSON.stringify(wireShape(merged.root.fields, v)) === JSON.stringify(wireShape(source.root.fields, v)) &&
          flexibleAt(merged, v) === flexibleAt(source, v);
        if (!same) changed.push(`${file.replace(/\.json$/, '')} v${v}`);
        compared++;
      }
    }
  }
  assert.ok(compared > 1000, `compared ${compared} message versions`);
  // The one exception: share-group state APIs were pre-release in the older snapshot (2024-10) and
  // their v0 changed before Kafka 4.x released them; the 4.4 file is the one generated.
  assert.deepEqual(changed, ['ReadShareGroupStateSummaryResponse v0']);
});
