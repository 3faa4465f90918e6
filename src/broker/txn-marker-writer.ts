/**
 * How transaction markers reach the partitions of a transaction on this broker: one control batch
 * per partition, appended as leader with acks=all and the coordinator's origin (control batches are
 * refused from clients). Markers for __consumer_offsets go through the group coordinator, which
 * writes them in turn with its own records and then applies or drops the transaction's pending
 * offsets (Kafka's completeTransaction). The transaction coordinator uses this directly
 * (localMarkerWriter: Kafka's WriteTxnMarkers sent to itself); the WriteTxnMarkers API uses it for
 * requests from other brokers and from admin tools (kafka-transactions abort).
 */
import type { TxnMarkerWriter } from '../coordinator/transaction/transaction-coordinator.ts';
import { buildTxnMarkerBatch, ControlRecordType } from '../protocol/record-batch/control-batch.ts';
import { ErrorCode } from '../protocol/generated/error-codes.ts';
import type { MetadataImage } from './metadata-image.ts';
import { PartitionError } from './partition-error.ts';
import type { ReplicaManager } from './replica-manager.ts';
import type { GroupCoordinator } from '../coordinator/group/group-coordinator.ts';
import { OFFSETS_TOPIC } from './group-coordinator-host.ts';

export interface MarkerTarget {
  image: MetadataImage;
  replicas: ReplicaManager;
  groups: () => GroupCoordinator;
}

export interface Marker {
  producerId: bigint;
  producerEpoch: number;
  commit: boolean;
  coordinatorEpoch: number;
}

/**
 * Writes the marker to one partition led here; resolves once it is committed. Throws
 * PartitionError(UNKNOWN_TOPIC_OR_PARTITION / NOT_LEADER_OR_FOLLOWER), the log's StorageError
 * (INVALID_PRODUCER_EPOCH, TRANSACTION_COORDINATOR_FENCED, ...) or the group coordinator's
 * NotCoordinatorError.
 */
export async function writeMarker(t: MarkerTarget, topic: string, index: number, m: Marker): Promise<void> {
  if (topic === OFFSETS_TOPIC && t.image.topic(topic)?.partitions[index]) return t.groups().completeTransaction(index, m);
  const p = t.replicas.leaderPartition(t.image.topic(topic), index);
  if (typeof p === 'number') throw new PartitionError(p, `${topic}-${index}: ${p === ErrorCode.UNKNOWN_TOPIC_OR_PARTITION ? 'no such partition' : 'not led by this broker'}`);
  const batch = buildTxnMarkerBatch({
    type: m.commit ? ControlRecordType.Commit : ControlRecordType.Abort,
    producerId: Number(m.producerId),
    producerEpoch: m.producerEpoch,
    coordinatorEpoch: m.coordinatorEpoch,
    partitionLeaderEpoch: p.leaderEpoch,
  });
  await p.appendAsLeader(batch, { requiredAcks: -1, origin: 'coordinator' });
}

/**
 * The transaction coordinator's writer: every partition of the transaction at once. A partition
 * that no longer exists is skipped, as Kafka drops markers for deleted partitions; one not led here
 * fails the write, and the coordinator tries again.
 */
export function localMarkerWriter(image: MetadataImage, replicas: ReplicaManager, groups: () => GroupCoordinator): TxnMarkerWriter {
  const target: MarkerTarget = { image, replicas, groups };
  return {
    async write(m) {
      const writes: Promise<unknown>[] = [];
      for (const [topic, partitions] of m.partitions) {
        for (const index of partitions) {
          writes.push(
            writeMarker(target, topic, index, m).catch((e: unknown) => {
              if (e instanceof PartitionError && e.errorCode === ErrorCode.UNKNOWN_TOPIC_OR_PARTITION) return;
              throw e;
            }),
          );
        }
      }
      await Promise.all(writes);
    },
  };
}
