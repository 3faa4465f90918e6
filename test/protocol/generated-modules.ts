/**
 * Loads every generated message module (messages, headers, data structures, coordinator records)
 * and exposes its codec generically, for the property tests.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Reader } from '../../src/protocol/reader.ts';
import type { Writer } from '../../src/protocol/writer.ts';
import type { MessageSchema } from '../../src/protocol/message-schema.ts';

export const GENERATED_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'protocol', 'generated');

export interface LoadedCodec {
  file: string;
  schema: MessageSchema;
  encode(w: Writer, v: unknown, version: number): void;
  decode(r: Reader, version: number): unknown;
}

const TABLES = new Set(['api-keys.ts', 'messages.ts', 'error-codes.ts']);

export async function loadGeneratedCodecs(): Promise<LoadedCodec[]> {
  const files: string[] = [];
  for (const n of readdirSync(GENERATED_DIR).sort()) if (n.endsWith('.ts') && !TABLES.has(n)) files.push(n);
  for (const n of readdirSync(join(GENERATED_DIR, 'records')).sort()) if (n.endsWith('.ts')) files.push(`records/${n}`);
  const out: LoadedCodec[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(GENERATED_DIR, file)).href)) as Record<string, unknown>;
    const schemaKey = Object.keys(mod).find((k) => k.endsWith('Schema'));
    if (!schemaKey) throw new Error(`${file} exports no schema`);
    const schema = mod[schemaKey] as MessageSchema;
    const encode = mod[`encode${schema.name}`];
    const decode = mod[`decode${schema.name}`];
    if (typeof encode !== 'function' || typeof decode !== 'function') throw new Error(`${file} lacks encode/decode ${schema.name}`);
    out.push({ file, schema, encode: encode as LoadedCodec['encode'], decode: decode as LoadedCodec['decode'] });
  }
  return out;
}
