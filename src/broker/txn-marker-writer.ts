/**
 * How the transaction coordinator's markers reach the partitions of a transaction on this broker
 * (Kafka's WriteTxnMarkers, sent to itself): one control batch per partition, appended as leader
 * with acks=all and the coordinator's origin (control batches are refused from clients). A
 * partition that no longer exists is skipped, as Kafka drops markers for deleted partitions; one
 * not led here fails the write, and the coordinator tries again. Markers for __consumer_offsets go
 * through the group coordinator, which writes them in turn with its own records and then applies
 * or drops the transaction's pending offsets (Kafka's completeTransaction).
 */
import type { TxnMarkerWriter } from '../coordinator/transaction/transaction-coordinator.ts';
import { buildTxnMarkerBatch, ControlRecordType } from '../protocol/record-batch/control-batch.ts';
import { ErrorCode } from '../protocol/generated/error-codes.ts';
import type { MetadataImage } from './metadata-image.ts';
import { PartitionError } from './partition-error.ts';
import type { ReplicaManager } from './replica-manager.ts';
import type { GroupCoordinator } from '../coordinator/group/group-coordinator.ts';
import { OFFSETS_TOPIC } from './group-coordinator-host.ts';

export function localMarkerWriter(image: MetadataImage, replicas: ReplicaManager, groups: () => GroupCoordinator): TxnMarkerWriter {
  return {
    async write(m) {
      const writes: Promise<unknown>[] = [];
      for (const [topic, partitions] of m.partitions) {
        for (const index of partitions) {
          if (topic === OFFSETS_TOPIC) {
            writes.push(groups().completeTransaction(index, { producerId: m.producerId, producerEpoch: m.producerEpoch, commit: m.commit, coordinatorEpoch: m.coordinatorEpoch }));
            continue;
          }
          const p = replicas.leaderPartition(image.topic(topic), index);
          if (p === ErrorCode.UNKNOWN_TOPIC_OR_PARTITION) continue;
          if (typeof p === 'number') throw new PartitionError(p, `${topic}-${index} is not led by this broker; its marker waits`);
          const batch = buildTxnMarkerBatch({
            type: m.commit ? ControlRecordType.Commit : ControlRecordType.Abort,
            producerId: Number(m.producerId),
            producerEpoch: m.producerEpoch,
            coordinatorEpoch: m.coordinatorEpoch,
            partitionLeaderEpoch: p.leaderEpoch,
          });
          writes.push(p.appendAsLeader(batch, { requiredAcks: -1, origin: 'coordinator' }));
        }
      }
      await Promise.all(writes);
    },
  };
}
