/**
 * `meta.properties` in every log directory, Kafka 4's format (a Java properties file, version 1,
 * KIP-858 for the directory id):
 *
 *   #
 *   #<date the file was written>
 *   cluster.id=<cluster id>
 *   directory.id=<this directory's uuid, base64url>
 *   node.id=<node id>
 *   version=1
 *
 * Kafka's `kafka-storage format` writes it and the broker refuses a directory whose file names
 * another cluster or node ("Invalid cluster.id in: ..."). Samsa formats a directory on first use,
 * so the file ties each directory of `log.dirs` to its cluster and node and names the directory.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileSystem } from '../fs/file-system.ts';
import { isNotFound } from '../fs/file-system.ts';
import { writeFileAtomic } from '../fs/atomic-write.ts';
import { StorageError } from '../storage-error.ts';

export const META_PROPERTIES_FILE = 'meta.properties';

export interface LogDirIdentity {
  clusterId: string;
  nodeId: number;
}

/** A random directory id, never one of Kafka's reserved ids (the first 100 of the zero prefix) nor one starting with '-' (Uuid.randomUuid). */
function randomDirectoryId(): string {
  for (;;) {
    const b = randomBytes(16);
    const reserved = b.subarray(0, 15).every((x) => x === 0) && b[15]! < 100;
    const s = b.toString('base64url');
    if (!reserved && !s.startsWith('-')) return s;
  }
}

/** The properties of a meta.properties text (Java properties: `key=value` lines, `#` comments). */
export function parseMetaProperties(text: string): Map<string, string> {
  const props = new Map<string, string>();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('!')) continue;
    const i = line.search(/[=:]/);
    if (i > 0) props.set(line.slice(0, i).trim(), line.slice(i + 1).trim());
  }
  return props;
}

/**
 * Checks `logDir`'s meta.properties against `identity`, writing it (with a new directory id) when
 * missing, and returns the directory id. A file of another cluster or node is refused with
 * INCONSISTENT_CLUSTER_ID; I/O errors are thrown as they are (the caller takes the directory offline).
 */
export async function ensureMetaProperties(fs: FileSystem, logDir: string, identity: LogDirIdentity, now: number): Promise<string> {
  const path = `${logDir}/${META_PROPERTIES_FILE}`;
  let text: string | null = null;
  try {
    text = (await fs.readFile(path)).toString('utf8');
  } catch (e) {
    if (!isNotFound(e)) throw e;
  }
  if (text !== null) {
    const props = parseMetaProperties(text);
    const version = props.get('version');
    const clusterId = props.get('cluster.id');
    const nodeId = props.get('node.id') ?? props.get('broker.id');
    if (clusterId !== undefined && clusterId !== identity.clusterId) {
      throw new StorageError('INCONSISTENT_CLUSTER_ID', `invalid cluster.id in ${path}: expected ${identity.clusterId}, found ${clusterId}; this directory belongs to another cluster: remove it from log.dirs or empty it`);
    }
    if (nodeId !== undefined && Number(nodeId) !== identity.nodeId) {
      throw new StorageError('INCONSISTENT_CLUSTER_ID', `stored node id ${nodeId} in ${path} does not match node.id ${identity.nodeId}; use the node.id this directory was formatted with, or empty it`);
    }
    const directoryId = props.get('directory.id');
    if (version === '1' && clusterId !== undefined && nodeId !== undefined && directoryId) return directoryId;
  }
  // Missing, or written by an older version without a directory id: (re)write it whole.
  const directoryId = randomDirectoryId();
  const body = ['#', `#${new Date(now).toString()}`, `cluster.id=${identity.clusterId}`, `directory.id=${directoryId}`, `node.id=${identity.nodeId}`, 'version=1', ''].join('\n');
  await writeFileAtomic(fs, path, Buffer.from(body, 'utf8'));
  return directoryId;
}

/**
 * The cluster id in the first of `logDirs` whose meta.properties names one (Kafka keeps it there),
 * read synchronously before the storage opens; null when none does (new or unreadable dirs).
 */
export function storedClusterId(logDirs: readonly string[]): string | null {
  for (const dir of logDirs) {
    try {
      const id = parseMetaProperties(readFileSync(join(dir, META_PROPERTIES_FILE), 'utf8')).get('cluster.id');
      if (id) return id;
    } catch {
      // missing or unreadable: a new dir, or the LogManager decides about it
    }
  }
  return null;
}
