/**
 * DescribeLogDirs (key 35), v1-5 (Kafka 4 removed v0, KIP-896).
 * v1 throttle time; v2 flexible; v3 top-level error code; v4 total and usable bytes per dir
 * (KIP-827); v5 IsCordoned per dir (KIP-1066, cordoned.log.dirs).
 *
 * One result per log dir of log.dirs (its absolute path), as Kafka's ReplicaManager.describeLogDirs:
 * an offline dir answers KAFKA_STORAGE_ERROR and nothing else; an online one lists the requested
 * partitions it holds (topics null = all) with their bytes on disk and offset lag (the high
 * watermark minus the log end offset, 0 on one node), plus the future log of a partition being moved
 * there (AlterReplicaLogDirs, KIP-113): IsFutureKey true, its bytes copied so far and the offsets it
 * is behind the current log. Topics without a listed partition are left out.
 */
import { statfsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { DescribeLogDirsRequest } from '../../protocol/generated/describe-log-dirs-request.ts';
import type { DescribeLogDirsResponse } from '../../protocol/generated/describe-log-dirs-response.ts';
import type { Input } from '../../protocol/input.ts';
import { defineHandler } from '../handler.ts';
import type { Partition } from '../partition.ts';

type Result = NonNullable<Input<DescribeLogDirsResponse>['results']>[number];
type PartitionEntry = { partitionIndex: number; partitionSize: bigint; offsetLag: bigint; isFutureKey: boolean };

function space(dir: string): { total: bigint; usable: bigint } {
  try {
    const s = statfsSync(dir);
    return { total: BigInt(s.blocks * s.bsize), usable: BigInt(s.bavail * s.bsize) };
  } catch {
    return { total: -1n, usable: -1n };
  }
}

export const describeLogDirs = defineHandler<DescribeLogDirsRequest, Input<DescribeLogDirsResponse>>({
  apiKey: ApiKey.DescribeLogDirs,
  minVersion: 1,
  maxVersion: 5,
  handle(req, ctx) {
    const b = ctx.broker;
    const logs = b.logManager;
    const chosen: Partition[] = [];
    if (req.topics === null) {
      chosen.push(...b.replicas.all());
    } else {
      for (const rt of req.topics) {
        const t = b.image.topic(rt.topic);
        if (!t) continue;
        for (const i of rt.partitions) {
          const p = b.replicas.get(t.name, i);
          if (p) chosen.push(p);
        }
      }
    }
    const byDir = new Map<string, Map<string, PartitionEntry[]>>();
    const add = (dir: string | undefined, topic: string, entry: PartitionEntry) => {
      if (dir === undefined) return;
      const topics = byDir.get(dir) ?? new Map<string, PartitionEntry[]>();
      topics.set(topic, [...(topics.get(topic) ?? []), entry]);
      byDir.set(dir, topics);
    };
    for (const p of chosen) {
      const lag = Math.max(p.highWatermark - p.logEndOffset, 0);
      add(logs.logDirOf(p.topic, p.index), p.topic, { partitionIndex: p.index, partitionSize: BigInt(p.log.sizeInBytes()), offsetLag: BigInt(lag), isFutureKey: false });
      const move = logs.moveOf(p.topic, p.index);
      if (move) add(move.targetLogDir, p.topic, { partitionIndex: p.index, partitionSize: BigInt(move.size), offsetLag: BigInt(move.lag), isFutureKey: true });
    }
    const results: Result[] = b.config.logDirs().map((dir) => {
      const abs = resolve(dir);
      if (logs.dirs.isOffline(dir)) return { errorCode: ErrorCode.KAFKA_STORAGE_ERROR, logDir: abs, topics: [] };
      const { total, usable } = space(abs);
      return {
        errorCode: ErrorCode.NONE,
        logDir: abs,
        topics: [...(byDir.get(dir) ?? [])].map(([name, partitions]) => ({ name, partitions })),
        totalBytes: total,
        usableBytes: usable,
        isCordoned: logs.dirs.isCordoned(dir),
      };
    });
    return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, results };
  },
  errorResponse(_req, errorCode) {
    return { errorCode, results: [] };
  },
});
