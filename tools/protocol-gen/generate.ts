/**
 * Turns Kafka's message schemas into the files of src/protocol/generated/ (see main.ts).
 * Pure: returns the files as a map from relative path to content, so a test can regenerate
 * into a temporary folder and compare.
 *
 * Several schema sets, oldest first (the pre-4.0 snapshot, then Kafka 4.4): each message is
 * combined across them by schema-merge.ts, so one generated type covers the versions Kafka 4
 * dropped and older clients still send as well as the newest ones. API messages are matched by api
 * key and type (ListClientMetricsResources became ListConfigResources under key 74), the others by
 * file name.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildMessage, readSchemaFile, type MessageModel, type SchemaFile } from './schema-loader.ts';
import { mergeMessages } from './schema-merge.ts';
import { emitMessage, kebab } from './emit-message.ts';
import { emitApiKeys, emitMessagesIndex, pairApis } from './emit-tables.ts';
import { emitErrorCodes } from './emit-error-codes.ts';

/**
 * Record schema folders (relative to the schema root) that become generated/records/, and whether
 * they come from the newest schema set or the oldest. Group coordinator records stay on the older
 * set for now: 4.4 renumbers their keys (the key's int16 becomes the record type, the schema version
 * 0), which the group coordinator does not speak yet. Transaction log records are the same on the
 * wire in both (key version 0), and 4.4's TransactionLogValue v1 adds the tagged fields of
 * Transactions V2 (KIP-890).
 */
export const RECORD_FOLDERS: readonly { folder: string; newest: boolean }[] = [
  { folder: 'records/group-coordinator', newest: false },
  { folder: 'records/transaction-coordinator', newest: true },
];

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}

function identity(s: SchemaFile): string {
  return s.raw.apiKey !== undefined && (s.raw.type === 'request' || s.raw.type === 'response')
    ? `${s.raw.type} ${s.raw.apiKey}`
    : s.file;
}

/** The schemas of one folder across every set, combined, sorted by the newest set's file name. */
function combined(schemaDirs: readonly string[], folder: string): MessageModel[] {
  const byId = new Map<string, SchemaFile>();
  for (const dir of schemaDirs) {
    for (const path of jsonFiles(join(dir, folder))) {
      const next = readSchemaFile(path);
      const id = identity(next);
      const prev = byId.get(id);
      byId.set(
        id,
        prev === undefined
          ? next
          : {
              file: next.file,
              raw: mergeMessages(prev.raw, next.raw),
              comments: next.comments.length > 0 ? next.comments : prev.comments,
            },
      );
    }
  }
  return [...byId.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)).map(buildMessage);
}

export function generate(schemaDirs: string | readonly string[]): Map<string, string> {
  const dirs = typeof schemaDirs === 'string' ? [schemaDirs] : schemaDirs;
  for (const d of dirs) if (!existsSync(join(d, 'messages'))) throw new Error(`no messages/ folder under ${d}`);
  const files = new Map<string, string>();
  const messages = combined(dirs, 'messages');
  for (const m of messages) files.set(`${kebab(m.name)}.ts`, emitMessage(m, 1));
  for (const { folder, newest } of RECORD_FOLDERS) {
    for (const m of combined(newest ? dirs.slice(-1) : dirs.slice(0, 1), folder)) files.set(`records/${kebab(m.name)}.ts`, emitMessage(m, 2));
  }
  const apis = pairApis(messages);
  files.set('api-keys.ts', emitApiKeys(apis));
  files.set('messages.ts', emitMessagesIndex(apis));
  files.set('error-codes.ts', emitErrorCodes());
  return files;
}
