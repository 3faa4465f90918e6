/**
 * Turns Kafka's message schemas into the files of src/protocol/generated/ (see main.ts).
 * Pure: returns the files as a map from relative path to content, so a test can regenerate
 * into a temporary folder and compare.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadMessage, type MessageModel } from './schema-loader.ts';
import { emitMessage, kebab } from './emit-message.ts';
import { emitApiKeys, emitMessagesIndex, pairApis } from './emit-tables.ts';
import { emitErrorCodes } from './emit-error-codes.ts';

/** Record schema folders (relative to the schema root) that become generated/records/. */
export const RECORD_FOLDERS = ['records/group-coordinator', 'records/transaction-coordinator'];

function jsonFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}

export function generate(schemaDir: string): Map<string, string> {
  const files = new Map<string, string>();
  const messagesDir = join(schemaDir, 'messages');
  if (!existsSync(messagesDir)) throw new Error(`no messages/ folder under ${schemaDir}`);
  const messages: MessageModel[] = jsonFiles(messagesDir).map(loadMessage);
  for (const m of messages) files.set(`${kebab(m.name)}.ts`, emitMessage(m, 1));
  for (const folder of RECORD_FOLDERS) {
    for (const path of jsonFiles(join(schemaDir, folder))) {
      const m = loadMessage(path);
      files.set(`records/${kebab(m.name)}.ts`, emitMessage(m, 2));
    }
  }
  const apis = pairApis(messages);
  files.set('api-keys.ts', emitApiKeys(apis));
  files.set('messages.ts', emitMessagesIndex(apis));
  files.set('error-codes.ts', emitErrorCodes());
  return files;
}
