/**
 * Handler unit tests without a socket: the broker's services (BrokerServices) built in-process over
 * an in-memory file system — the metadata store in a temporary dir, the image, the replica manager,
 * topic changes — and a RequestContext to call a handler's `handle` with directly.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import type { BrokerServices } from '../../../src/broker/broker-services.ts';
import { FetchSessionCache } from '../../../src/broker/fetch/fetch-session-cache.ts';
import { GroupCoordinatorHost } from '../../../src/broker/group-coordinator-host.ts';
import { TransactionCoordinatorHost } from '../../../src/broker/transaction-coordinator-host.ts';
import type { Handler, RequestContext } from '../../../src/broker/handler.ts';
import { LocalMetadataStore } from '../../../src/broker/local-metadata-store.ts';
import { MetadataImage } from '../../../src/broker/metadata-image.ts';
import { AclAuthorizer } from '../../../src/broker/security/acl-authorizer.ts';
import type { TopicRecord } from '../../../src/broker/metadata-store.ts';
import { ReplicaManager } from '../../../src/broker/replica-manager.ts';
import { authorize } from '../../../src/broker/stages/authorize.ts';
import { handleStage } from '../../../src/broker/stages/handle.ts';
import { runStages } from '../../../src/broker/stages/stage.ts';
import { logConfigFor } from '../../../src/broker/topic-configs.ts';
import { TopicManager } from '../../../src/broker/topic-manager.ts';
import { BrokerConfig } from '../../../src/config/broker-config.ts';
import { LogManager } from '../../../src/storage/dirs/log-manager.ts';
import { MemoryFileSystem } from '../../../src/storage/fs/memory-file-system.ts';

export interface InProcessBroker {
  services: BrokerServices;
  /** Calls the handler as the dispatcher would (authorisation stage included), at that version, as `as.principal` from `as.host`. */
  call<T = any>(handler: Handler, version: number, req: unknown, as?: { principal?: string; host?: string }): Promise<T>;
  /** Writes a topic record straight to the metadata store (as another broker's controller would) and waits until it is applied. */
  putTopic(rec: Partial<TopicRecord> & { name: string; partitions: number }): Promise<void>;
  close(): Promise<void>;
}

export async function inProcessBroker(props: Record<string, string | number> = {}): Promise<InProcessBroker> {
  const dir = mkdtempSync(join(tmpdir(), 'samsa-handler-'));
  const config = BrokerConfig.fromProperties({ 'node.id': 1, 'log.dirs': dir, 'offsets.topic.num.partitions': 1, ...props });
  const log = pino({ level: 'silent' });
  const metadata = LocalMetadataStore.open(dir, 1, null);
  await metadata.registerBroker({ nodeId: 1, rack: null, endpoints: [{ listener: 'PLAINTEXT', host: '127.0.0.1', port: 9092 }] });
  const logManager = await LogManager.open({ logDirs: ['/data'], fs: new MemoryFileSystem(), scheduler: false, defaultConfig: logConfigFor(config, new Map()) });
  const image = new MetadataImage(metadata, 1);
  const replicas = new ReplicaManager(1, config, image, logManager, log);
  await replicas.load();
  const topics = new TopicManager(config, metadata, image, replicas, logManager, log);
  const shutdownHooks = new Set<() => void>();
  let groups: GroupCoordinatorHost | null = null;
  let txns: TransactionCoordinatorHost | null = null;
  const services: BrokerServices = {
    nodeId: 1,
    clusterId: metadata.clusterId,
    config,
    log,
    image,
    replicas,
    topics,
    metadata,
    logManager,
    fetchSessions: new FetchSessionCache(),
    authorizer: AclAuthorizer.fromConfig(config, metadata),
    groupCoordinator: () => (groups ??= new GroupCoordinatorHost({ nodeId: 1, config, topics, image, replicas, log, shutdownHooks })).get(),
    transactionCoordinator: () => (txns ??= new TransactionCoordinatorHost({ nodeId: 1, config, topics, image, replicas, metadata, log, shutdownHooks, groupCoordinator: () => services.groupCoordinator() })).get(),
    advertisedEndpoint: () => ({ host: '127.0.0.1', port: 9092, listener: 'PLAINTEXT' }),
    apiVersions: [],
    stopping: false,
    shutdownHooks,
  };
  let correlationId = 0;
  return {
    services,
    async call(handler, version, req, as = {}) {
      const ctx: RequestContext = {
        apiKey: handler.apiKey,
        apiVersion: version,
        correlationId: ++correlationId,
        client: { remote: '127.0.0.1:50000', clientId: 'unit', listener: 'PLAINTEXT', securityProtocol: 'PLAINTEXT', host: as.host ?? '127.0.0.1', principal: as.principal ?? 'User:ANONYMOUS' },
        broker: services,
        log,
        afterSend: (fn) => fn(),
        closeAfterResponse: () => {},
      };
      // Through the authorisation stage, as the dispatcher runs it (it passes everything without an authoriser).
      return (await runStages([authorize], { handler, body: req, ctx }, handleStage)) as any;
    },
    async putTopic(rec) {
      await metadata.putTopic({ topicId: 'AAAAAAAAAAAAAAAAAAAAAQ', leaderEpochs: new Array(rec.partitions).fill(0), configs: {}, ...rec });
      await replicas.caughtUp();
    },
    async close() {
      for (const h of shutdownHooks) h();
      replicas.close();
      image.close();
      await logManager.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
