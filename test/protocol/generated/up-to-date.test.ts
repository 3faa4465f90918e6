// src/protocol/generated must equal a fresh run of tools/protocol-gen over ../shared/kafka-protocol and
// ../shared/kafka-protocol-4.4.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { generate } from '../../../tools/protocol-gen/generate.ts';
import { schemaDirs, writeGenerated } from '../../../tools/protocol-gen/main.ts';
import { GENERATED_DIR } from '../generated-modules.ts';

function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const n of readdirSync(dir).sort()) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) out.push(...listFiles(p, `${prefix}${n}/`));
    else out.push(`${prefix}${n}`);
  }
  return out;
}

const schemas = schemaDirs();
const missing = schemas.filter((d) => !existsSync(join(d, 'messages')));
const skip =
  missing.length === 0
    ? false
    : `Kafka's schemas are not at ${missing.join(', ')} (clone the shared folder beside the repo or set SAMSA_KAFKA_PROTOCOL_DIRS)`;

test('generated code is up to date with the schemas (run `npm run generate` to fix)', { skip }, () => {
  const tmp = mkdtempSync(join(tmpdir(), 'samsa-gen-'));
  try {
    writeGenerated(tmp, generate(schemas));
    const fresh = listFiles(tmp);
    assert.deepEqual(listFiles(GENERATED_DIR), fresh, 'the same files');
    for (const f of fresh) {
      assert.ok(readFileSync(join(GENERATED_DIR, f)).equals(readFileSync(join(tmp, f))), `${f} differs from a fresh generation`);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});

test('every generated file starts with the do-not-edit line naming its source', () => {
  for (const f of listFiles(GENERATED_DIR)) {
    const first = readFileSync(join(GENERATED_DIR, f), 'utf8').split('\n', 1)[0]!;
    assert.match(first, /^\/\/ Generated from .+ by tools\/protocol-gen\. Do not edit\.$/, f);
  }
});
