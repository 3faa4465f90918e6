/**
 * Fetch (key 1), v4-18 (Kafka 4 removed v0-3, KIP-896).
 * v4 isolation level, last stable offset, aborted transactions (KIP-98); v5 log start offset; v6 same;
 * v7 incremental fetch sessions (KIP-227); v8 same; v9 current leader epoch (KIP-320); v10 same;
 * v11 rack id, preferred read replica (KIP-392); v12 flexible, last fetched epoch, diverging epoch
 * (KIP-595); v13 topic ids (KIP-516); v14 same; v15 replica state (KIP-903); v16 node endpoints
 * (KIP-951); v17 replica directory id (KIP-853); v18 the follower's high watermark (KIP-1166, for
 * replica fetches; consumers leave it at its default).
 *
 * Long poll: when fewer than min.bytes are ready, the request waits up to max.wait.ms and is woken as
 * soon as a high watermark of a fetched partition moves (or the broker shuts down), then reads again.
 * Limits: max.bytes for the response and each partition's max bytes, but the first partition with
 * data returns at least one whole batch (KIP-74). A partition with nothing new returns an EMPTY
 * records buffer, never null (librdkafka 2.0.2 fails on null). ACLs: Read on each topic, else
 * TOPIC_AUTHORIZATION_FAILED for its partitions (read-partition.ts).
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { FetchRequest } from '../../protocol/generated/fetch-request.ts';
import type { FetchResponse } from '../../protocol/generated/fetch-response.ts';
import type { Input } from '../../protocol/input.ts';
import { FINAL_EPOCH, FetchSession, INITIAL_EPOCH, type SessionPartition } from '../fetch/fetch-session-cache.ts';
import { readFetchPartition, type FetchTarget, type PartitionResult } from '../fetch/read-partition.ts';
import { AclOperation, allowedOnTopic } from '../authz.ts';
import { defineHandler, type RequestContext } from '../handler.ts';
import type { Partition } from '../partition.ts';

type Response = Input<FetchResponse>;
type TopicOut = NonNullable<Response['responses']>[number];

function topicKeyOf(t: { topic: string; topicId: string }, useIds: boolean): string {
  return useIds ? t.topicId : t.topic;
}

function topLevelError(errorCode: number): Response {
  return { throttleTimeMs: 0, errorCode, sessionId: 0, responses: [] };
}

/** Applies an incremental request to its session: updated/added partitions, then forgotten ones. */
function updateSession(session: FetchSession, req: FetchRequest, useIds: boolean): Map<string, number> {
  const leaderEpochs = new Map<string, number>();
  for (const t of req.topics) {
    const topicKey = topicKeyOf(t, useIds);
    for (const p of t.partitions) {
      const key = FetchSession.key(topicKey, p.partition);
      const existing = session.partitions.get(key);
      if (existing) {
        existing.fetchOffset = Number(p.fetchOffset);
        existing.maxBytes = p.partitionMaxBytes;
      } else {
        session.partitions.set(key, { topicKey, partition: p.partition, fetchOffset: Number(p.fetchOffset), maxBytes: p.partitionMaxBytes, lastHighWatermark: -2, lastLogStartOffset: -2 });
      }
      leaderEpochs.set(key, p.currentLeaderEpoch);
    }
  }
  for (const f of req.forgottenTopicsData) {
    const topicKey = useIds ? f.topicId : f.topic;
    for (const p of f.partitions) session.partitions.delete(FetchSession.key(topicKey, p));
  }
  return leaderEpochs;
}

function groupByTopic(results: PartitionResult[], useIds: boolean): TopicOut[] {
  const out: TopicOut[] = [];
  let current: TopicOut | null = null;
  let currentKey: string | null = null;
  for (const r of results) {
    if (current === null || currentKey !== r.topicKey) {
      current = useIds ? { topicId: r.topicKey, partitions: [] } : { topic: r.topicKey, partitions: [] };
      currentKey = r.topicKey;
      out.push(current);
    }
    current.partitions!.push(r.data);
  }
  return out;
}

/** Resolves when a high watermark of one of `partitions` moves, the deadline passes, or the broker stops. */
function waitForData(ctx: RequestContext, partitions: Partition[], ms: number): Promise<void> {
  return new Promise((resolve) => {
    const cancels: (() => void)[] = [];
    const done = (): void => {
      clearTimeout(timer);
      for (const c of cancels) c();
      ctx.broker.shutdownHooks.delete(done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    for (const p of partitions) cancels.push(p.onHighWatermark(done));
    ctx.broker.shutdownHooks.add(done);
  });
}

/**
 * Reads every target within the response limit. When the partitions' own limits fit in the
 * response limit (the usual case: 6 x 1 MiB in 50 MiB), the logs are read in parallel so their
 * file reads overlap; otherwise, or when that found nothing, in order, the first partition with
 * data getting at least one batch (KIP-74).
 */
async function readAll(ctx: RequestContext, targets: FetchTarget[], maxBytes: number, opts: { useIds: boolean; readCommitted: boolean; mayRead?: (topic: string) => boolean }): Promise<PartitionResult[]> {
  const sum = targets.reduce((n, t) => n + Math.max(0, t.maxBytes), 0);
  if (sum <= maxBytes && targets.length > 1) {
    const parallel = await Promise.all(targets.map((t) => readFetchPartition(ctx.broker, t, { ...opts, responseBytesLeft: maxBytes, firstWithData: false })));
    if (parallel.some((r) => r.bytes > 0)) return parallel;
    for (const r of parallel) r.release();
  }
  const results: PartitionResult[] = [];
  let budget = maxBytes;
  let bytes = 0;
  for (const t of targets) {
    const r = await readFetchPartition(ctx.broker, t, { ...opts, responseBytesLeft: budget, firstWithData: bytes === 0 });
    results.push(r);
    bytes += r.bytes;
    budget = Math.max(0, budget - r.bytes);
  }
  return results;
}

export const fetch = defineHandler<FetchRequest, Response>({
  apiKey: ApiKey.Fetch,
  minVersion: 4,
  maxVersion: 18,
  async handle(req, ctx) {
    const version = ctx.apiVersion;
    const useIds = version >= 13;
    const replicaId = version >= 15 ? req.replicaState.replicaId : req.replicaId;
    if (replicaId >= 0) {
      // Only brokers replicate; a client claiming a replica id is refused and changes nothing.
      return fetchErrorResponse(req, ErrorCode.CLUSTER_AUTHORIZATION_FAILED, useIds);
    }
    const cache = ctx.broker.fetchSessions;
    let session: FetchSession | null = null;
    let incremental = false;
    let leaderEpochs = new Map<string, number>();
    if (version >= 7) {
      if (req.sessionEpoch === INITIAL_EPOCH || req.sessionEpoch === FINAL_EPOCH) {
        if (req.sessionId !== 0) cache.remove(req.sessionId);
        if (req.sessionEpoch === INITIAL_EPOCH) session = cache.create(useIds);
      } else {
        session = cache.get(req.sessionId) ?? null;
        if (!session) return topLevelError(ErrorCode.FETCH_SESSION_ID_NOT_FOUND);
        if (session.epoch !== req.sessionEpoch) return topLevelError(ErrorCode.INVALID_FETCH_SESSION_EPOCH);
        // KIP-516: a session opened with topic names cannot go on with ids, nor the reverse (the Java
        // client changes version when its metadata loses or gains a topic id, e.g. around a restart).
        if (session.usesTopicIds !== useIds) return topLevelError(ErrorCode.FETCH_SESSION_TOPIC_ID_ERROR);
        incremental = true;
      }
    }
    let targets: FetchTarget[];
    if (incremental) {
      leaderEpochs = updateSession(session!, req, useIds);
      session!.epoch++;
      targets = [...session!.partitions.entries()].map(([key, sp]) => ({ ...sp, currentLeaderEpoch: leaderEpochs.get(key) ?? -1, session: sp }));
    } else {
      targets = [];
      for (const t of req.topics) {
        const topicKey = topicKeyOf(t, useIds);
        for (const p of t.partitions) {
          let sp: SessionPartition | null = null;
          if (session) {
            sp = { topicKey, partition: p.partition, fetchOffset: Number(p.fetchOffset), maxBytes: p.partitionMaxBytes, lastHighWatermark: -2, lastLogStartOffset: -2 };
            session.partitions.set(FetchSession.key(topicKey, p.partition), sp);
          }
          targets.push({ topicKey, partition: p.partition, fetchOffset: Number(p.fetchOffset), maxBytes: p.partitionMaxBytes, currentLeaderEpoch: p.currentLeaderEpoch, session: sp });
        }
      }
    }

    const deadline = Date.now() + Math.max(0, req.maxWaitMs);
    const readCommitted = req.isolationLevel === 1;
    let results: PartitionResult[];
    const maxBytes = req.maxBytes > 0 ? req.maxBytes : 0x7fffffff;
    // ACLs: Read on each topic, else TOPIC_AUTHORIZATION_FAILED for its partitions.
    const mayRead = ctx.broker.authorizer ? (topic: string) => allowedOnTopic(ctx, AclOperation.READ, topic) : undefined;
    const opts = { useIds, readCommitted, mayRead };
    for (;;) {
      results = await readAll(ctx, targets, maxBytes, opts);
      const bytes = results.reduce((n, r) => n + r.bytes, 0);
      const anyError = results.some((r) => r.data.errorCode !== ErrorCode.NONE);
      const remaining = deadline - Date.now();
      if (bytes >= req.minBytes || anyError || remaining <= 0 || targets.length === 0 || ctx.broker.stopping) break;
      for (const r of results) r.release(); // read again below: these bytes are not sent
      // Then read again: after a wake-up, or once more at the deadline.
      await waitForData(ctx, results.flatMap((r) => (r.partition ? [r.partition] : [])), remaining);
    }

    const sent = results;
    ctx.afterSend(() => {
      for (const r of sent) r.release();
    });
    let answered = results;
    if (session) {
      if (incremental) answered = results.filter((r) => r.hasNews);
      for (const r of results) {
        if (r.target.session) {
          r.target.session.lastHighWatermark = Number(r.data.highWatermark);
          r.target.session.lastLogStartOffset = Number(r.data.logStartOffset);
        }
      }
    }
    return {
      throttleTimeMs: 0,
      errorCode: ErrorCode.NONE,
      sessionId: session?.id ?? 0,
      responses: groupByTopic(answered, useIds),
    };
  },
  errorResponse(req, errorCode, ctx) {
    return fetchErrorResponse(req, errorCode, ctx.apiVersion >= 13);
  },
});

function fetchErrorResponse(req: FetchRequest, errorCode: number, useIds: boolean): Response {
  return {
    throttleTimeMs: 0,
    errorCode: ErrorCode.NONE,
    sessionId: 0,
    responses: req.topics.map((t) => ({
      ...(useIds ? { topicId: t.topicId } : { topic: t.topic }),
      partitions: t.partitions.map((p) => ({ partitionIndex: p.partition, errorCode, highWatermark: -1n, records: Buffer.alloc(0) })),
    })),
  };
}
