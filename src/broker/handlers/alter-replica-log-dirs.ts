/**
 * AlterReplicaLogDirs (key 34), v1-2 (Kafka 4 removed v0, KIP-896): moves partitions between this
 * broker's log directories (KIP-113; `kafka-reassign-partitions --execute` with `log_dirs` in the
 * plan, Admin.alterReplicaLogDirs). v1 same as v0; v2 flexible.
 *
 * The answer comes once each move has begun (its future log exists); the copy and the swap run in
 * the background (storage/dirs/log-dir-move.ts), and DescribeLogDirs shows the future log meanwhile.
 * Errors per partition as Kafka's ReplicaManager.alterReplicaLogDirs gives them, in its order:
 * LOG_DIR_NOT_FOUND (not an absolute path of log.dirs), KAFKA_STORAGE_ERROR (the directory or the
 * partition is offline), UNKNOWN_TOPIC_OR_PARTITION. A move to the directory the partition is in
 * succeeds and does nothing (a move under way elsewhere is given up).
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { AlterReplicaLogDirsRequest } from '../../protocol/generated/alter-replica-log-dirs-request.ts';
import type { AlterReplicaLogDirsResponse } from '../../protocol/generated/alter-replica-log-dirs-response.ts';
import type { Input } from '../../protocol/input.ts';
import { isStorageError } from '../../storage/storage-error.ts';
import type { BrokerServices } from '../broker-services.ts';
import { defineHandler } from '../handler.ts';

type Result = { partitionIndex: number; errorCode: number };

async function alterOne(b: BrokerServices, path: string, topic: string, index: number): Promise<number> {
  const logs = b.logManager;
  try {
    const dir = logs.dirs.find(path);
    if (logs.dirs.isOffline(dir)) return ErrorCode.KAFKA_STORAGE_ERROR;
    const p = b.replicas.get(topic, index);
    if (!p) return ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
    await logs.alterLogDir(topic, index, path);
    return ErrorCode.NONE;
  } catch (e) {
    if (isStorageError(e) && e.code === 'LOG_DIR_NOT_FOUND') return ErrorCode.LOG_DIR_NOT_FOUND;
    if (isStorageError(e) && e.code === 'INVALID_ARGUMENT') return ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
    b.log.warn({ err: e, topic, partition: index, path }, 'unable to alter the log dir of a partition');
    return ErrorCode.KAFKA_STORAGE_ERROR;
  }
}

export const alterReplicaLogDirs = defineHandler<AlterReplicaLogDirsRequest, Input<AlterReplicaLogDirsResponse>>({
  apiKey: ApiKey.AlterReplicaLogDirs,
  minVersion: 1,
  maxVersion: 2,
  async handle(req, ctx) {
    // Kafka keys the request by partition (the last directory named for a partition wins) and answers per topic.
    const wanted = new Map<string, Map<number, string>>();
    for (const d of req.dirs) {
      for (const t of d.topics) {
        const byIndex = wanted.get(t.name) ?? new Map<number, string>();
        for (const i of t.partitions) byIndex.set(i, d.path);
        wanted.set(t.name, byIndex);
      }
    }
    const results: { topicName: string; partitions: Result[] }[] = [];
    for (const [topicName, byIndex] of wanted) {
      const partitions: Result[] = [];
      for (const [partitionIndex, path] of byIndex) {
        const errorCode = await alterOne(ctx.broker, path, topicName, partitionIndex);
        if (errorCode === ErrorCode.NONE) ctx.log.info({ topic: topicName, partition: partitionIndex, logDir: path }, 'partition log dir change requested');
        partitions.push({ partitionIndex, errorCode });
      }
      results.push({ topicName, partitions });
    }
    return { throttleTimeMs: 0, results };
  },
  errorResponse(req, errorCode) {
    return { results: req.dirs.flatMap((d) => d.topics.map((t) => ({ topicName: t.name, partitions: t.partitions.map((partitionIndex) => ({ partitionIndex, errorCode })) }))) };
  },
});
