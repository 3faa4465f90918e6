/**
 * Produce (key 0), advertised v0-13 as Kafka 4.4 does, served from v3 (KIP-896: v0-2 answer
 * UNSUPPORTED_VERSION; librdkafka reads the advertised range to decide compression support).
 * v3 transactional id and record batch v2 only; v4 same; v5 log start offset; v6 same; v7 ZStandard
 * (KIP-110); v8 record errors and error message (KIP-467); v9 flexible; v10 current leader hints
 * (KIP-951); v11 same (KIP-890 clients); v12 same (KIP-890 part 2); v13 topics by id (KIP-516),
 * UNKNOWN_TOPIC_ID for an id no topic has.
 * acks: 0 (no response; an error closes the connection as Kafka does), 1 (after the local append,
 * durable under the flush policy) and -1 (the partition's delayed produce: once the high watermark
 * passes the batch, at once on one node; fewer in-sync replicas than min.insync.replicas, capped at
 * the replica count, answer NOT_ENOUGH_REPLICAS, as Kafka does). The leader epoch inside
 * produced batches is overwritten by the log, never rejected. A topic whose compression.type is not
 * `producer` gets batches in other codecs rebuilt in its own (recompress.ts). Storage errors keep their Kafka names;
 * anything unexpected becomes KAFKA_STORAGE_ERROR, never UNKNOWN_SERVER_ERROR (RELIABILITY.md rule 7).
 * ACLs: Write on the transactional id (stages/authorize.ts), Write on each topic, else
 * TOPIC_AUTHORIZATION_FAILED whether the topic exists or not (an unknown topic id stays UNKNOWN_TOPIC_ID).
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { ProduceRequest } from '../../protocol/generated/produce-request.ts';
import type { ProduceResponse } from '../../protocol/generated/produce-response.ts';
import type { Input } from '../../protocol/input.ts';
import { kafkaErrorOf } from '../storage-errors.ts';
import { AclOperation, allowedOnTopic } from '../authz.ts';
import { CloseConnection, defineHandler, type RequestContext } from '../handler.ts';
import type { LeaderAppendOptions, Partition } from '../partition.ts';
import { findKeylessRecords } from '../compacted-keys.ts';
import { checkProducedBatch, type ProduceLimits } from '../produced-batch.ts';
import { checkTransactionalBatch } from '../txn-produce-check.ts';
import { inPartitionOrder } from '../partition-order.ts';
import { recompressIfNeeded, type TopicCompression } from '../recompress.ts';
import { topicConfigValue } from '../topic-configs.ts';
import type { Topic } from '../topic-manager.ts';
import { topicNameProblem } from '../topic-name.ts';

type PartitionOut = NonNullable<NonNullable<Input<ProduceResponse>['responses']>[number]['partitionResponses']>[number];

function partitionError(index: number, errorCode: number, errorMessage: string | null = null): PartitionOut {
  return { index, errorCode, baseOffset: -1n, logAppendTimeMs: -1n, logStartOffset: -1n, recordErrors: [], errorMessage };
}

type TopicLimits = Omit<ProduceLimits, 'now'> & { compression: TopicCompression; compacted: boolean; minInsyncReplicas: number };

/**
 * A topic's produce limits, resolved once per topic config (AlterConfigs replaces `topic.configs`)
 * and broker config version: resolving seven configs with their synonyms on every produce request
 * showed in profiles.
 */
const limitsCache = new WeakMap<Topic['configs'], { brokerVersion: number; limits: TopicLimits }>();

function limitsFor(ctx: RequestContext, topic: Topic, now: number): ProduceLimits & Omit<TopicLimits, keyof ProduceLimits> {
  const version = ctx.broker.config.version;
  let hit = limitsCache.get(topic.configs);
  if (!hit || hit.brokerVersion !== version) {
    hit = { brokerVersion: version, limits: resolveLimits(ctx, topic) };
    limitsCache.set(topic.configs, hit);
  }
  return { ...hit.limits, now };
}

function resolveLimits(ctx: RequestContext, topic: Topic): TopicLimits {
  const cfg = ctx.broker.config;
  const v = (name: string): number => topicConfigValue(cfg, topic.configs, name) as number;
  const policy = topicConfigValue(cfg, topic.configs, 'cleanup.policy');
  return {
    compacted: Array.isArray(policy) && policy.includes('compact'),
    compression: {
      type: String(topicConfigValue(cfg, topic.configs, 'compression.type')),
      gzipLevel: v('compression.gzip.level'),
      lz4Level: v('compression.lz4.level'),
      zstdLevel: v('compression.zstd.level'),
    },
    minInsyncReplicas: v('min.insync.replicas'),
    maxMessageBytes: v('max.message.bytes'),
    checkTimestamps: topicConfigValue(cfg, topic.configs, 'message.timestamp.type') === 'CreateTime',
    timestampBeforeMaxMs: v('message.timestamp.before.max.ms'),
    timestampAfterMaxMs: v('message.timestamp.after.max.ms'),
  };
}

/** `work` for one partition, an unexpected failure reported as that partition's error. */
async function settled(index: number, ctx: RequestContext, work: () => Promise<PartitionOut>): Promise<PartitionOut> {
  try {
    return await work();
  } catch (e) {
    ctx.log.error({ err: e, partition: index }, 'produce failed');
    return partitionError(index, ErrorCode.UNKNOWN_SERVER_ERROR, 'the broker failed to handle this partition');
  }
}

async function appendTo(p: Partition, records: Buffer, ctx: RequestContext, opts: LeaderAppendOptions): Promise<PartitionOut> {
  try {
    const r = await p.appendAsLeader(records, opts);
    return {
      index: p.index,
      errorCode: ErrorCode.NONE,
      baseOffset: BigInt(r.baseOffset),
      logAppendTimeMs: BigInt(r.logAppendTime),
      logStartOffset: BigInt(r.logStartOffset),
      recordErrors: [],
      errorMessage: null,
    };
  } catch (e) {
    const code = kafkaErrorOf(e);
    if (code !== null) return partitionError(p.index, code, (e as Error).message);
    ctx.log.error({ err: e, topic: p.topic, partition: p.index }, 'append failed');
    return partitionError(p.index, ErrorCode.KAFKA_STORAGE_ERROR, 'the broker could not write to its log');
  }
}

export const produce = defineHandler<ProduceRequest, Input<ProduceResponse> | null>({
  apiKey: ApiKey.Produce,
  minVersion: 0,
  maxVersion: 13,
  minServedVersion: 3,
  // Every partition's work settles before the handler does (failures become partition errors), so
  // the request's records are no longer used once it has: the connection may reuse their buffer.
  requestDoneWhenSettled: true,
  async handle(req, ctx) {
    const acks = req.acks;
    const now = Date.now();
    const pending: Promise<PartitionOut>[][] = [];
    // v13 names topics by id (KIP-516); the name is what the log and its errors speak of.
    const byId = ctx.apiVersion >= 13;
    const names: string[] = [];
    for (const t of req.topicData) {
      const topic = byId ? ctx.broker.image.topicById(t.topicId) : ctx.broker.image.topic(t.name);
      const name = byId ? (topic?.name ?? '') : t.name;
      names.push(name);
      const writable = (byId && !topic) || allowedOnTopic(ctx, AclOperation.WRITE, name);
      let limits: ReturnType<typeof limitsFor> | null = null;
      try {
        limits = topic ? limitsFor(ctx, topic, now) : null;
      } catch (e) {
        await Promise.allSettled(pending.flat()); // what started must end before the request's bytes are let go
        throw e;
      }
      pending.push(
        t.partitionData.map((pd) => settled(pd.index, ctx, async () => {
          if (acks !== 0 && acks !== 1 && acks !== -1) return partitionError(pd.index, ErrorCode.INVALID_REQUIRED_ACKS, `acks must be -1, 0 or 1, got ${acks}`);
          if (!writable) return partitionError(pd.index, ErrorCode.TOPIC_AUTHORIZATION_FAILED, `not authorised to write to topic ${name}`);
          if (!topic || !limits) {
            if (byId) return partitionError(pd.index, ErrorCode.UNKNOWN_TOPIC_ID, `no topic has id ${t.topicId}`);
            const problem = topicNameProblem(t.name);
            if (problem) return partitionError(pd.index, ErrorCode.INVALID_TOPIC_EXCEPTION, problem);
            return partitionError(pd.index, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `topic ${t.name} does not exist`);
          }
          if (topic.internal) return partitionError(pd.index, ErrorCode.INVALID_TOPIC_EXCEPTION, `cannot produce to internal topic ${name}`);
          const p = ctx.broker.replicas.leaderPartition(topic, pd.index);
          if (p === ErrorCode.UNKNOWN_TOPIC_OR_PARTITION) return partitionError(pd.index, p, `topic ${name} has no partition ${pd.index}`);
          if (typeof p === 'number') return partitionError(pd.index, p, `this broker does not lead ${name}-${pd.index}`);
          const problem = checkProducedBatch(pd.records, limits);
          if (problem) return partitionError(pd.index, ErrorCode[problem.error], problem.message);
          const prepared = await inPartitionOrder(p, async (): Promise<{ done: PartitionOut } | { appending: Promise<PartitionOut> }> => {
            const txnProblem = await checkTransactionalBatch(ctx.broker, p.log, pd.records!, req.transactionalId, name, pd.index, ctx.apiVersion);
            if (txnProblem) return { done: partitionError(pd.index, txnProblem.errorCode, txnProblem.message) };
            const maxBytes = ctx.broker.config.int('socket.request.max.bytes');
            if (limits.compacted) {
              const keyless = await findKeylessRecords(pd.records!, maxBytes, `${name}-${pd.index}`);
              if (keyless) {
                return {
                  done: {
                    ...partitionError(pd.index, ErrorCode.INVALID_RECORD, keyless.message),
                    recordErrors: keyless.batchIndexes.map((batchIndex) => ({ batchIndex, batchIndexErrorMessage: keyless.message })),
                  },
                };
              }
            }
            const batch = recompressIfNeeded(pd.records!, limits.compression, maxBytes);
            if (!Buffer.isBuffer(batch)) return { done: partitionError(pd.index, ErrorCode[batch.error], batch.message) };
            // appendAsLeader queues the append before it first waits: the next request's batch queues behind it.
            return { appending: appendTo(p, batch, ctx, { requiredAcks: acks, minInsyncReplicas: limits.minInsyncReplicas, timeoutMs: req.timeoutMs }) };
          });
          return 'done' in prepared ? prepared.done : prepared.appending;
        })),
      );
    }
    const responses = await Promise.all(
      req.topicData.map(async (t, i) => ({ name: names[i]!, topicId: t.topicId, partitionResponses: await Promise.all(pending[i]!) })),
    );
    if (acks === 0) {
      // No response is read for acks=0; closing the connection is how Kafka reports a failure.
      const failed = responses.some((t) => t.partitionResponses.some((p) => p.errorCode !== ErrorCode.NONE));
      if (failed) throw new CloseConnection('acks=0 produce failed');
      return null;
    }
    return { responses, throttleTimeMs: 0 };
  },
  errorResponse(req, errorCode) {
    return {
      responses: req.topicData.map((t) => ({ name: t.name, topicId: t.topicId, partitionResponses: t.partitionData.map((p) => partitionError(p.index, errorCode)) })),
    };
  },
});
