/**
 * `partition.metadata` in each partition folder, Kafka's format (KIP-516):
 *
 *   version: 0
 *   topic_id: <topic id, base64url without padding>
 *
 * It ties the folder to its topic id, so a folder left behind by a deleted topic of the same name
 * is recognised.
 */
import type { FileSystem } from '../fs/file-system.ts';
import { isNotFound } from '../fs/file-system.ts';
import { writeFileAtomic } from '../fs/atomic-write.ts';

export const PARTITION_METADATA_FILE = 'partition.metadata';

export async function writePartitionMetadata(fs: FileSystem, dir: string, topicId: string): Promise<void> {
  await writeFileAtomic(fs, `${dir}/${PARTITION_METADATA_FILE}`, Buffer.from(`version: 0\ntopic_id: ${topicId}\n`, 'utf8'));
}

/** The topic id, or null when the file is missing or does not parse. */
export async function readPartitionMetadata(fs: FileSystem, dir: string): Promise<string | null> {
  let text: string;
  try {
    text = (await fs.readFile(`${dir}/${PARTITION_METADATA_FILE}`)).toString('utf8');
  } catch (e) {
    if (isNotFound(e)) return null;
    throw e;
  }
  const m = /^version: 0\ntopic_id: (\S+)\n?$/.exec(text);
  return m ? m[1]! : null;
}
