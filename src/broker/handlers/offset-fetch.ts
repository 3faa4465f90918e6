/**
 * OffsetFetch (key 9), v0-10.
 * v1 same as v0 (offsets in Kafka rather than ZooKeeper); v2 null topics = every committed offset,
 * and a top-level error code; v3 throttle time; v4 same; v5 committed leader epoch (KIP-320);
 * v6 flexible; v7 require_stable (KIP-447); v8 several groups per request (KIP-709); v9 member id
 * and epoch (KIP-848; ignored for classic groups); v10 topics by id (KIP-848).
 * require_stable: a partition whose offset is pending in an open transaction (TxnOffsetCommit)
 * answers UNSTABLE_OFFSET_COMMIT and the consumer retries once the transaction has ended.
 * ACLs: Describe on the group and on each topic (fetchAuthorized).
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { OffsetFetchRequest } from '../../protocol/generated/offset-fetch-request.ts';
import type { OffsetFetchResponse } from '../../protocol/generated/offset-fetch-response.ts';
import type { Input } from '../../protocol/input.ts';
import type { FetchedOffsets } from '../../coordinator/group/offset-manager.ts';
import { AclOperation, allowed, allowedOnTopic, ResourceType } from '../authz.ts';
import { defineHandler, type RequestContext } from '../handler.ts';

type TopicsIn = { name: string; partitionIndexes: number[] }[] | null;

/** v0-1 have no top-level error: a group-level error goes on every requested partition. */
function spreadError(topics: TopicsIn, errorCode: number): FetchedOffsets['topics'] {
  return (topics ?? []).map((t) => ({
    name: t.name,
    partitions: t.partitionIndexes.map((p) => ({ partitionIndex: p, committedOffset: -1n, committedLeaderEpoch: -1, metadata: '', errorCode })),
  }));
}

/**
 * The group's offsets as the principal may see them (KafkaApis): Describe on the group, else
 * GROUP_AUTHORIZATION_FAILED; named topics without Describe get TOPIC_AUTHORIZATION_FAILED on their
 * partitions; "all topics" leaves them out.
 */
function fetchAuthorized(ctx: RequestContext, groupId: string, topics: TopicsIn, stable: boolean): FetchedOffsets {
  if (!allowed(ctx, AclOperation.DESCRIBE, ResourceType.GROUP, groupId)) return { errorCode: ErrorCode.GROUP_AUTHORIZATION_FAILED, topics: [] };
  const describable = (name: string) => allowedOnTopic(ctx, AclOperation.DESCRIBE, name);
  const coordinator = ctx.broker.groupCoordinator();
  if (ctx.broker.authorizer === null) return coordinator.fetchOffsets(groupId, topics, stable);
  if (topics === null) {
    const r = coordinator.fetchOffsets(groupId, null, stable);
    return { ...r, topics: r.topics.filter((t) => describable(t.name)) };
  }
  const r = coordinator.fetchOffsets(groupId, topics.filter((t) => describable(t.name)), stable);
  if (r.errorCode !== ErrorCode.NONE) return r;
  return { ...r, topics: [...r.topics, ...spreadError(topics.filter((t) => !describable(t.name)), ErrorCode.TOPIC_AUTHORIZATION_FAILED)] };
}

type GroupIn = OffsetFetchRequest['groups'][number];

/**
 * v10 (KIP-848): topics by id, in the request and the answer. Offsets are kept by name; an id no
 * topic has gets UNKNOWN_TOPIC_ID, and "all topics" lists those that still exist (they have an id).
 */
function fetchById(ctx: RequestContext, g: GroupIn, requireStable: boolean) {
  const image = ctx.broker.image;
  const asked = g.topics?.map((t) => ({ ...t, name: image.topicById(t.topicId)?.name ?? null }));
  const wanted = asked ? asked.filter((t) => t.name !== null).map((t) => ({ name: t.name!, partitionIndexes: t.partitionIndexes })) : null;
  const r = fetchAuthorized(ctx, g.groupId, wanted, requireStable);
  if (r.errorCode !== ErrorCode.NONE) return { groupId: g.groupId, errorCode: r.errorCode, topics: [] };
  const byName = new Map(r.topics.map((t) => [t.name, t]));
  const out = asked
    ? asked.map((t) => ({
        topicId: t.topicId,
        partitions: t.name === null
          ? t.partitionIndexes.map((partitionIndex) => ({ partitionIndex, committedOffset: -1n, committedLeaderEpoch: -1, metadata: '', errorCode: ErrorCode.UNKNOWN_TOPIC_ID }))
          : (byName.get(t.name)?.partitions ?? []),
      }))
    : r.topics.flatMap((t) => {
        const id = image.topic(t.name)?.topicId;
        return id === undefined ? [] : [{ topicId: id, partitions: t.partitions }];
      });
  return { groupId: g.groupId, errorCode: ErrorCode.NONE, topics: out };
}

export const offsetFetch = defineHandler<OffsetFetchRequest, Input<OffsetFetchResponse>>({
  apiKey: ApiKey.OffsetFetch,
  // Advertised from v1 as Kafka 4.x does (KIP-896); older versions are still answered.
  minVersion: 1,
  maxVersion: 10,
  legacyMinVersion: 0,
  handle(req, ctx) {
    const v = ctx.apiVersion;
    const coordinator = ctx.broker.groupCoordinator();
    const stable = v >= 7 && req.requireStable;
    if (v >= 10) return { throttleTimeMs: 0, groups: req.groups.map((g) => fetchById(ctx, g, stable)) };
    if (v >= 8) {
      return {
        throttleTimeMs: 0,
        groups: req.groups.map((g) => {
          const r = fetchAuthorized(ctx, g.groupId, g.topics, stable);
          return { groupId: g.groupId, errorCode: r.errorCode, topics: r.topics };
        }),
      };
    }
    // v0-1 cannot ask for "all topics".
    const topics = v >= 2 ? req.topics : (req.topics ?? []);
    const r = fetchAuthorized(ctx, req.groupId, topics, stable);
    if (v < 2 && r.errorCode !== ErrorCode.NONE) return { throttleTimeMs: 0, topics: spreadError(topics, r.errorCode) };
    return { throttleTimeMs: 0, errorCode: r.errorCode, topics: r.topics };
  },
  errorResponse(req, errorCode, ctx) {
    if (ctx.apiVersion >= 8) return { groups: req.groups.map((g) => ({ groupId: g.groupId, errorCode, topics: [] })) };
    if (ctx.apiVersion < 2) return { topics: spreadError(req.topics, errorCode) };
    return { errorCode, topics: [] };
  },
});
