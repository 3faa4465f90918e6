/**
 * DescribeLogDirs (key 35), v1-4 (Kafka 4 removed v0, KIP-896).
 * v1 throttle time; v2 flexible; v3 top-level error code; v4 total and usable bytes per dir (KIP-827).
 * Topics null = every partition. Partition sizes are the logs' bytes on disk; offset lag is 0 (no
 * future replicas on a single node).
 */
import { statfsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { DescribeLogDirsRequest } from '../../protocol/generated/describe-log-dirs-request.ts';
import type { DescribeLogDirsResponse } from '../../protocol/generated/describe-log-dirs-response.ts';
import type { Input } from '../../protocol/input.ts';
import { defineHandler } from '../handler.ts';
import type { Partition } from '../partition.ts';

type Result = NonNullable<Input<DescribeLogDirsResponse>['results']>[number];

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
  maxVersion: 4,
  handle(req, ctx) {
    const b = ctx.broker;
    const chosen: Partition[] = [];
    if (req.topics === null) {
      for (const t of b.topics.all()) chosen.push(...t.partitions);
    } else {
      for (const rt of req.topics) {
        const t = b.topics.get(rt.topic);
        if (!t) continue;
        for (const i of rt.partitions) if (t.partitions[i]) chosen.push(t.partitions[i]!);
      }
    }
    const results: Result[] = b.config.logDirs().map((dir) => {
      const abs = resolve(dir);
      const byTopic = new Map<string, { partitionIndex: number; partitionSize: bigint; offsetLag: bigint; isFutureKey: boolean }[]>();
      for (const p of chosen) {
        if (resolve(dirname(p.log.dir)) !== abs) continue;
        const list = byTopic.get(p.topic) ?? [];
        list.push({ partitionIndex: p.index, partitionSize: BigInt(p.log.sizeInBytes()), offsetLag: 0n, isFutureKey: false });
        byTopic.set(p.topic, list);
      }
      const { total, usable } = space(abs);
      return {
        errorCode: ErrorCode.NONE,
        logDir: abs,
        topics: [...byTopic].map(([name, partitions]) => ({ name, partitions })),
        totalBytes: total,
        usableBytes: usable,
      };
    });
    return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, results };
  },
  errorResponse(_req, errorCode) {
    return { errorCode, results: [] };
  },
});
