/**
 * `npm run generate`: reads Kafka's message schemas and writes src/protocol/generated/.
 *
 * Schemas, oldest set first: env SAMSA_KAFKA_PROTOCOL_DIRS (paths joined by ':'), else
 * ../shared/kafka-protocol (pre-4.0, with the versions Kafka 4 dropped) and ../shared/kafka-protocol-4.4
 * relative to the repository root; SAMSA_KAFKA_PROTOCOL_DIR still names the older set alone.
 * Output: the first argument, else src/protocol/generated. Files the generator no longer
 * produces are removed, so the folder always equals a fresh run.
 */
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.ts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function schemaDirs(): string[] {
  const dirs = process.env.SAMSA_KAFKA_PROTOCOL_DIRS;
  if (dirs) return dirs.split(':').filter((d) => d !== '');
  return [
    process.env.SAMSA_KAFKA_PROTOCOL_DIR ?? resolve(REPO_ROOT, '..', 'shared', 'kafka-protocol'),
    resolve(REPO_ROOT, '..', 'shared', 'kafka-protocol-4.4'),
  ];
}

function listTs(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const n of names) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) out.push(...listTs(p, `${prefix}${n}/`));
    else if (n.endsWith('.ts')) out.push(`${prefix}${n}`);
  }
  return out;
}

export function writeGenerated(outDir: string, files: Map<string, string>): void {
  for (const old of listTs(outDir)) if (!files.has(old)) rmSync(join(outDir, old));
  for (const [rel, text] of files) {
    const p = join(outDir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = resolve(process.argv[2] ?? join(REPO_ROOT, 'src', 'protocol', 'generated'));
  const files = generate(schemaDirs());
  writeGenerated(outDir, files);
  console.log(`wrote ${files.size} files to ${outDir}`);
}
