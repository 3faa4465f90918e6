/**
 * Where the broker's transaction coordinator lives, as the group coordinator's host does for
 * groups: started on first use (a FindCoordinator or InitProducerId for a transactional id), it
 * creates the compacted __transaction_state (transaction.state.log.num.partitions) if needed,
 * replays it, follows the leadership of its partitions, writes markers to the partitions this
 * broker leads, and takes producer ids from the metadata store. A failed load starts over on the
 * next request. Closed with the broker.
 */
import type { BrokerConfig } from '../config/broker-config.ts';
import { TransactionCoordinator } from '../coordinator/transaction/transaction-coordinator.ts';
import { CoordinatorHost, type CoordinatorHostDeps } from './coordinator-topic.ts';
import type { MetadataStore } from './metadata-store.ts';
import type { GroupCoordinator } from '../coordinator/group/group-coordinator.ts';
import { localMarkerWriter } from './txn-marker-writer.ts';

export const TRANSACTION_STATE_TOPIC = '__transaction_state';

export interface TransactionCoordinatorDeps extends CoordinatorHostDeps {
  config: BrokerConfig;
  metadata: MetadataStore;
  /** Markers for __consumer_offsets partitions go through the group coordinator (transactional offset commits). */
  groupCoordinator(): GroupCoordinator;
}

export class TransactionCoordinatorHost {
  private readonly host: CoordinatorHost<TransactionCoordinator>;

  constructor(b: TransactionCoordinatorDeps) {
    const c = b.config;
    this.host = new CoordinatorHost(b, {
      topic: TRANSACTION_STATE_TOPIC,
      partitions: c.int('transaction.state.log.num.partitions'),
      segmentBytes: c.int('transaction.state.log.segment.bytes'),
      component: 'transaction-coordinator',
      build: (log, partitions, logger) =>
        new TransactionCoordinator(log, localMarkerWriter(b.image, b.replicas, () => b.groupCoordinator()), async () => BigInt(await b.metadata.allocateProducerId()), {
          config: {
            partitions,
            maxTimeoutMs: c.int('transaction.max.timeout.ms'),
            abortTimedOutIntervalMs: c.int('transaction.abort.timed.out.transaction.cleanup.interval.ms'),
            idExpirationMs: c.int('transactional.id.expiration.ms'),
            removeExpiredIntervalMs: c.int('transaction.remove.expired.transaction.cleanup.interval.ms'),
          },
          onError: (err) => logger.warn({ err }, 'transaction coordinator background error'),
          coordinatorEpoch: (p) => b.image.topic(TRANSACTION_STATE_TOPIC)?.partitions[p]?.leaderEpoch ?? 0,
        }),
    });
  }

  get(): TransactionCoordinator {
    return this.host.get();
  }
}
