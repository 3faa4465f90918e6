/**
 * AddPartitionsToTxn (key 24): the partitions a transactional producer is about to write to.
 * v0-3 from clients (one transaction; one error for every partition: Kafka answers the request's
 * error per partition); v2 PRODUCER_FENCED (INVALID_PRODUCER_EPOCH before); v3 flexible; v4-5 the
 * batched form brokers send each other (several transactions, verifyOnly), answered per
 * transaction. Partitions of topics that do not exist get UNKNOWN_TOPIC_OR_PARTITION and the
 * others OPERATION_NOT_ATTEMPTED, as Kafka does, and nothing is added.
 * ACLs: Write on the transactional id (v0-3) or ClusterAction (v4+, brokers) in stages/authorize.ts;
 * Write on each topic.
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { AddPartitionsToTxnRequest, AddPartitionsToTxnTopic } from '../../protocol/generated/add-partitions-to-txn-request.ts';
import type { AddPartitionsToTxnResponse } from '../../protocol/generated/add-partitions-to-txn-response.ts';
import type { Input } from '../../protocol/input.ts';
import { AclOperation, allowedOnTopic } from '../authz.ts';
import { isInternalTopic } from '../topic-name.ts';
import { defineHandler, type RequestContext } from '../handler.ts';

type TopicResult = { name: string; resultsByPartition: { partitionIndex: number; partitionErrorCode: number }[] };

const resultsFor = (topics: AddPartitionsToTxnTopic[], code: (topic: string, p: number) => number): TopicResult[] =>
  topics.map((t) => ({ name: t.name, resultsByPartition: t.partitions.map((partitionIndex) => ({ partitionIndex, partitionErrorCode: code(t.name, partitionIndex) })) }));

async function addOne(ctx: RequestContext, txnId: string, producerId: bigint, producerEpoch: number, topics: AddPartitionsToTxnTopic[], verifyOnly: boolean): Promise<TopicResult[]> {
  const unknown = (topic: string, p: number) => {
    const t = ctx.broker.image.topic(topic);
    return !t || t.partitions[p] === undefined;
  };
  // ACLs: Write on each topic but the internal ones (KafkaApis), else TOPIC_AUTHORIZATION_FAILED.
  const denied = (topic: string) => !isInternalTopic(topic) && !allowedOnTopic(ctx, AclOperation.WRITE, topic);
  if (topics.some((t) => denied(t.name) || t.partitions.some((p) => unknown(t.name, p)))) {
    return resultsFor(topics, (t, p) => (denied(t) ? ErrorCode.TOPIC_AUTHORIZATION_FAILED : unknown(t, p) ? ErrorCode.UNKNOWN_TOPIC_OR_PARTITION : ErrorCode.OPERATION_NOT_ATTEMPTED));
  }
  const coordinator = ctx.broker.transactionCoordinator();
  if (verifyOnly) {
    const state = coordinator.describe(txnId);
    return resultsFor(topics, (t, p) => (state?.producerId === producerId && state.partitions.get(t)?.includes(p) ? ErrorCode.NONE : ErrorCode.TRANSACTION_ABORTABLE));
  }
  const wanted = new Map<string, number[]>();
  for (const t of topics) wanted.set(t.name, [...(wanted.get(t.name) ?? []), ...t.partitions]);
  let code = await coordinator.addPartitions(txnId, producerId, producerEpoch, wanted);
  if (code === ErrorCode.PRODUCER_FENCED && ctx.apiVersion < 2) code = ErrorCode.INVALID_PRODUCER_EPOCH;
  return resultsFor(topics, () => code);
}

export const addPartitionsToTxn = defineHandler<AddPartitionsToTxnRequest, Input<AddPartitionsToTxnResponse>>({
  apiKey: ApiKey.AddPartitionsToTxn,
  minVersion: 0,
  maxVersion: 5,
  async handle(req, ctx) {
    if (ctx.apiVersion <= 3) {
      const results = await addOne(ctx, req.v3AndBelowTransactionalId, req.v3AndBelowProducerId, req.v3AndBelowProducerEpoch, req.v3AndBelowTopics, false);
      return { throttleTimeMs: 0, resultsByTopicV3AndBelow: results };
    }
    const resultsByTransaction = await Promise.all(
      req.transactions.map(async (t) => ({ transactionalId: t.transactionalId, topicResults: await addOne(ctx, t.transactionalId, t.producerId, t.producerEpoch, t.topics, t.verifyOnly) })),
    );
    return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, resultsByTransaction };
  },
  errorResponse(req, errorCode, ctx) {
    if (ctx.apiVersion <= 3) return { resultsByTopicV3AndBelow: resultsFor(req.v3AndBelowTopics, () => errorCode) };
    return { errorCode, resultsByTransaction: [] };
  },
});
