/**
 * WriteTxnMarkers (key 27), v1-2 (v0 removed in Kafka 4.0): commit or abort markers for the
 * partitions of a transaction that this broker leads. A transaction coordinator on another broker
 * sends it; Kafka's admin abortTransaction (kafka-transactions.sh abort) sends it to end a hanging
 * transaction. Each partition answers on its own: UNKNOWN_TOPIC_OR_PARTITION, NOT_LEADER_OR_FOLLOWER,
 * INVALID_PRODUCER_EPOCH for a marker older than the producer's epoch, TRANSACTION_COORDINATOR_FENCED
 * for one from an older coordinator, NOT_COORDINATOR for __consumer_offsets partitions whose group
 * coordinator is elsewhere. v2 adds the marker's transaction version (KIP-1228), which changes
 * nothing here.
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { WriteTxnMarkersRequest } from '../../protocol/generated/write-txn-markers-request.ts';
import type { WriteTxnMarkersResponse } from '../../protocol/generated/write-txn-markers-response.ts';
import type { Input } from '../../protocol/input.ts';
import { NotCoordinatorError } from '../../coordinator/runtime/coordinator-runtime.ts';
import { partitionErrorOf } from '../storage-errors.ts';
import { writeMarker } from '../txn-marker-writer.ts';
import { defineHandler } from '../handler.ts';

export const writeTxnMarkers = defineHandler<WriteTxnMarkersRequest, Input<WriteTxnMarkersResponse>>({
  apiKey: ApiKey.WriteTxnMarkers,
  minVersion: 1,
  maxVersion: 2,
  async handle(req, ctx) {
    const target = { image: ctx.broker.image, replicas: ctx.broker.replicas, groups: () => ctx.broker.groupCoordinator() };
    const markers = await Promise.all(
      req.markers.map(async (m) => ({
        producerId: m.producerId,
        topics: await Promise.all(
          m.topics.map(async (t) => ({
            name: t.name,
            partitions: await Promise.all(
              t.partitionIndexes.map(async (partitionIndex) => {
                try {
                  await writeMarker(target, t.name, partitionIndex, { producerId: m.producerId, producerEpoch: m.producerEpoch, commit: m.transactionResult, coordinatorEpoch: m.coordinatorEpoch });
                  return { partitionIndex, errorCode: ErrorCode.NONE as number };
                } catch (e) {
                  if (e instanceof NotCoordinatorError) return { partitionIndex, errorCode: ErrorCode.NOT_COORDINATOR as number };
                  const { errorCode, expected } = partitionErrorOf(e);
                  if (!expected) ctx.log.error({ err: e, topic: t.name, partition: partitionIndex }, 'transaction marker write failed');
                  return { partitionIndex, errorCode };
                }
              }),
            ),
          })),
        ),
      })),
    );
    return { markers };
  },
  errorResponse(req, errorCode) {
    return { markers: req.markers.map((m) => ({ producerId: m.producerId, topics: m.topics.map((t) => ({ name: t.name, partitions: t.partitionIndexes.map((partitionIndex) => ({ partitionIndex, errorCode })) })) })) };
  },
});
