/**
 * Where the broker's transaction coordinator lives, as the group coordinator's host does for
 * groups: started on first use (a FindCoordinator or InitProducerId for a transactional id), it
 * creates the compacted __transaction_state (transaction.state.log.num.partitions) if needed,
 * replays it, follows the leadership of its partitions, writes markers to the partitions this
 * broker leads, and takes producer ids from the metadata store. A failed load starts over on the
 * next request. Closed with the broker.
 */
import type { Logger } from 'pino';
import type { BrokerConfig } from '../config/broker-config.ts';
import { TransactionCoordinator } from '../coordinator/transaction/transaction-coordinator.ts';
import { followLeadership } from './coordinator-leadership.ts';
import { coordinatorTopic } from './coordinator-topic.ts';
import type { MetadataImage } from './metadata-image.ts';
import type { MetadataStore } from './metadata-store.ts';
import type { ReplicaManager } from './replica-manager.ts';
import type { TopicManager } from './topic-manager.ts';
import { localMarkerWriter } from './txn-marker-writer.ts';

export const TRANSACTION_STATE_TOPIC = '__transaction_state';

export interface TransactionCoordinatorDeps {
  nodeId: number;
  config: BrokerConfig;
  topics: TopicManager;
  image: MetadataImage;
  replicas: ReplicaManager;
  metadata: MetadataStore;
  log: Logger;
  shutdownHooks: Set<() => void>;
}

export class TransactionCoordinatorHost {
  private current: TransactionCoordinator | null = null;

  constructor(private readonly broker: TransactionCoordinatorDeps) {}

  get(): TransactionCoordinator {
    return (this.current ??= this.start());
  }

  private start(): TransactionCoordinator {
    const b = this.broker;
    const { found, partitions, log } = coordinatorTopic(b, TRANSACTION_STATE_TOPIC, b.config.int('transaction.state.log.num.partitions'), b.config.int('transaction.state.log.segment.bytes'));
    const tlog = b.log.child({ component: 'transaction-coordinator' });
    const coordinator = new TransactionCoordinator(log, localMarkerWriter(b.image, b.replicas), async () => BigInt(await b.metadata.allocateProducerId()), {
      config: { partitions, maxTimeoutMs: b.config.int('transaction.max.timeout.ms'), abortTimedOutIntervalMs: b.config.int('transaction.abort.timed.out.transaction.cleanup.interval.ms'),
        idExpirationMs: b.config.int('transactional.id.expiration.ms'),
        removeExpiredIntervalMs: b.config.int('transaction.remove.expired.transaction.cleanup.interval.ms'),
      },
      onError: (err) => tlog.warn({ err }, 'transaction coordinator background error'),
      coordinatorEpoch: (p) => b.image.topic(TRANSACTION_STATE_TOPIC)?.partitions[p]?.leaderEpoch ?? 0,
    });
    const stopFollowing = followLeadership(b.image, b.replicas, TRANSACTION_STATE_TOPIC, b.nodeId, coordinator, (err) => tlog.error({ err }, `loading a partition of ${TRANSACTION_STATE_TOPIC} failed`));
    b.shutdownHooks.add(() => {
      stopFollowing();
      coordinator.close();
    });
    const started = Date.now();
    const ledHere = found ? found.partitions.filter((p) => p.leader === b.nodeId).map((p) => p.index) : undefined;
    coordinator.load(ledHere).then(
      () => tlog.info({ partitions, ms: Date.now() - started }, `${TRANSACTION_STATE_TOPIC} loaded`),
      (err) => {
        tlog.error({ err }, `loading ${TRANSACTION_STATE_TOPIC} failed; the next transactional request retries`);
        if (this.current === coordinator) this.current = null;
        stopFollowing();
        coordinator.close();
      },
    );
    return coordinator;
  }
}
