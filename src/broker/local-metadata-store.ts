/**
 * The metadata store of a single broker (MetadataStore, metadata-store.ts), persisted in the first
 * log dir as `samsa-metadata.json` (a file, so the storage engine never mistakes it for a
 * `<topic>-<partition>` folder). Its only live broker is this one:
 *
 *   {
 *     "version": 1,
 *     "clusterId": "<22-char base64url uuid>",
 *     "nodeId": 1,
 *     "producerIdBlockEnd": 2000,        // producer ids below this may have been handed out
 *     "brokerConfigs": { "log.retention.ms": "3600000" },  // dynamic, this broker (AlterConfigs)
 *     "defaultBrokerConfigs": {},        // dynamic, cluster-wide default (resource name "")
 *     "acls": [                          // CreateAcls; codes as on the wire (ResourceType, PatternType...)
 *       { "resourceType": 2, "resourceName": "orders", "patternType": 3, "principal": "User:alice",
 *         "host": "*", "operation": 3, "permissionType": 3 }
 *     ],
 *     "scramCredentials": [              // KIP-554, never a password; binary fields in base64
 *       { "user": "alice", "mechanism": "SCRAM-SHA-256", "salt": "...", "iterations": 8192,
 *         "storedKey": "...", "serverKey": "..." }
 *     ],
 *     "topics": [
 *       { "name": "orders", "topicId": "<base64url uuid>", "partitions": 3,
 *         "leaderEpochs": [0, 0, 0], "replicas": [[1], [1], [1]],
 *         "configs": { "retention.ms": "86400000" } }
 *     ]
 *   }
 *
 * Written atomically: a temporary file is written and fsynced, renamed over the old one, and the
 * directory fsynced, so a crash leaves either the old or the new version, never a torn one.
 * Producer ids are reserved in blocks (as Kafka's ProducerIdManager does): the block end is persisted
 * before any id of the block is returned, so a restart never hands out an id twice.
 */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { QuotaEntry } from './client-quotas.ts';
import { sameBinding, type AclBinding } from './security/acl.ts';
import { randomUuid, type BrokerRegistration, type MetadataStore, type ScramCredentialRecord, type TopicChange, type TopicRecord } from './metadata-store.ts';
import type { ScramCredential, ScramMechanismName } from './security/scram-credential.ts';

export { randomUuid, type TopicRecord } from './metadata-store.ts';

export const METADATA_FILE = 'samsa-metadata.json';
const PRODUCER_ID_BLOCK = 1000;


interface MetadataFile {
  version: 1;
  clusterId: string;
  nodeId: number;
  producerIdBlockEnd: number;
  brokerConfigs?: Record<string, string>;
  defaultBrokerConfigs?: Record<string, string>;
  /** Client quotas (AlterClientQuotas), one entry per entity. */
  clientQuotas?: QuotaEntry[];
  acls?: AclBinding[];
  scramCredentials?: ScramCredentialFileEntry[];
  topics: TopicRecord[];
}

/** A ScramCredentialRecord as the file keeps it: binary fields in base64. */
interface ScramCredentialFileEntry {
  user: string;
  mechanism: ScramMechanismName;
  salt: string;
  iterations: number;
  storedKey: string;
  serverKey: string;
}

const toFileEntry = (r: ScramCredentialRecord): ScramCredentialFileEntry => ({
  user: r.user,
  mechanism: r.mechanism,
  salt: r.salt.toString('base64'),
  iterations: r.iterations,
  storedKey: r.storedKey.toString('base64'),
  serverKey: r.serverKey.toString('base64'),
});

const fromFileEntry = (e: ScramCredentialFileEntry): ScramCredentialRecord => ({
  user: e.user,
  mechanism: e.mechanism,
  salt: Buffer.from(e.salt, 'base64'),
  iterations: e.iterations,
  storedKey: Buffer.from(e.storedKey, 'base64'),
  serverKey: Buffer.from(e.serverKey, 'base64'),
});

const scramKey = (user: string, mechanism: string) => `${mechanism}\0${user}`;

export class MetadataFileError extends Error {
  override readonly name = 'MetadataFileError';
}


export class LocalMetadataStore implements MetadataStore {
  private data: MetadataFile;
  private nextProducerId: number;
  /** Not persisted: a registration lasts as long as the process (a lease, in a cluster). */
  private registration: BrokerRegistration | null = null;
  private readonly topicListeners = new Set<(change: TopicChange) => void>();
  /** The file's SCRAM credentials decoded, by mechanism and user. */
  private scram: Map<string, ScramCredentialRecord>;

  private constructor(
    private readonly dir: string,
    data: MetadataFile,
  ) {
    this.data = data;
    this.scram = new Map((data.scramCredentials ?? []).map((e) => [scramKey(e.user, e.mechanism), fromFileEntry(e)]));
    // Ids of the last reserved block may have been used before a crash: start after it.
    this.nextProducerId = data.producerIdBlockEnd;
  }

  /** Loads the file from `dir`, or creates a fresh one. */
  static open(dir: string, nodeId: number, clusterId: string | null): LocalMetadataStore {
    const path = join(dir, METADATA_FILE);
    let text: string | null = null;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    if (text === null) {
      const m = new LocalMetadataStore(dir, { version: 1, clusterId: clusterId ?? randomUuid(), nodeId, producerIdBlockEnd: 0, topics: [] });
      m.save();
      return m;
    }
    let data: MetadataFile;
    try {
      data = JSON.parse(text) as MetadataFile;
    } catch (e) {
      throw new MetadataFileError(`${path} is not valid JSON (${(e as Error).message}); restore it from a backup`);
    }
    if (data.version !== 1 || !Array.isArray(data.topics)) throw new MetadataFileError(`${path} has an unknown format version`);
    if (data.scramCredentials !== undefined && !Array.isArray(data.scramCredentials)) throw new MetadataFileError(`${path}: scramCredentials is not a list; restore the file from a backup`);
    if (clusterId !== null && data.clusterId !== clusterId) {
      throw new MetadataFileError(`cluster.id ${clusterId} does not match ${data.clusterId} stored in ${path}`);
    }
    data.nodeId = nodeId;
    // One broker holds every replica: files from before assignments were recorded, or written under
    // another node.id, get this broker's.
    for (const t of data.topics) t.replicas = Array.from({ length: t.partitions }, () => [nodeId]);
    return new LocalMetadataStore(dir, data);
  }

  get clusterId(): string {
    return this.data.clusterId;
  }

  topics(): readonly TopicRecord[] {
    return this.data.topics;
  }

  /** This broker only; its endpoints once it has registered them (after its listeners are bound). */
  liveBrokers(): readonly BrokerRegistration[] {
    return [this.registration ?? { nodeId: this.data.nodeId, rack: null, endpoints: [] }];
  }

  async registerBroker(reg: BrokerRegistration): Promise<void> {
    this.registration = { ...reg, endpoints: reg.endpoints.map((e) => ({ ...e })) };
  }

  async putTopic(t: TopicRecord): Promise<void> {
    const i = this.data.topics.findIndex((x) => x.name === t.name);
    const before = i >= 0 ? this.data.topics[i]! : null;
    const after: TopicRecord = { ...t, replicas: t.replicas ?? Array.from({ length: t.partitions }, () => [this.data.nodeId]) };
    if (i >= 0) this.data.topics[i] = after;
    else this.data.topics.push(after);
    this.save();
    this.tell({ name: t.name, before, after });
  }

  async removeTopic(name: string): Promise<void> {
    const before = this.data.topics.find((t) => t.name === name) ?? null;
    this.data.topics = this.data.topics.filter((t) => t.name !== name);
    this.save();
    if (before) this.tell({ name, before, after: null });
  }

  onTopicChange(listener: (change: TopicChange) => void): () => void {
    this.topicListeners.add(listener);
    return () => this.topicListeners.delete(listener);
  }

  private tell(change: TopicChange): void {
    for (const l of this.topicListeners) l(change);
  }

  /** Dynamic broker configs: this broker's (`perBroker`) and the cluster default layer. */
  brokerConfigs(): { perBroker: Record<string, string>; defaults: Record<string, string> } {
    return { perBroker: { ...(this.data.brokerConfigs ?? {}) }, defaults: { ...(this.data.defaultBrokerConfigs ?? {}) } };
  }

  async setBrokerConfigs(perBroker: Record<string, string>, defaults: Record<string, string>): Promise<void> {
    this.data.brokerConfigs = { ...perBroker };
    this.data.defaultBrokerConfigs = { ...defaults };
    this.save();
  }

  clientQuotas(): readonly QuotaEntry[] {
    return this.data.clientQuotas ?? [];
  }

  /** Replaces the client quotas (entries with no values are dropped). */
  async setClientQuotas(entries: readonly QuotaEntry[]): Promise<void> {
    this.data.clientQuotas = entries.filter((e) => Object.keys(e.values).length > 0).map((e) => ({ entity: e.entity.map((x) => ({ ...x })), values: { ...e.values } }));
    this.save();
  }

  scramCredentials(): readonly ScramCredentialRecord[] {
    return [...this.scram.values()];
  }

  scramCredential(user: string, mechanism: ScramMechanismName): ScramCredential | null {
    return this.scram.get(scramKey(user, mechanism)) ?? null;
  }

  async alterScramCredentials(upserts: readonly ScramCredentialRecord[], deletions: readonly { user: string; mechanism: ScramMechanismName }[]): Promise<void> {
    const next = new Map(this.scram);
    for (const d of deletions) next.delete(scramKey(d.user, d.mechanism));
    for (const u of upserts) next.set(scramKey(u.user, u.mechanism), fromFileEntry(toFileEntry(u)));
    const before = this.data.scramCredentials;
    this.data.scramCredentials = [...next.values()].map(toFileEntry);
    try {
      this.save();
    } catch (e) {
      // Not durable, so not applied: a later write must not carry it to disk either.
      this.data.scramCredentials = before;
      throw e;
    }
    this.scram = next;
  }

  /** A producer id never handed out before, even across restarts (KIP-98). */
  async allocateProducerId(): Promise<number> {
    if (this.nextProducerId >= this.data.producerIdBlockEnd) {
      this.data.producerIdBlockEnd = this.nextProducerId + PRODUCER_ID_BLOCK;
      this.save();
    }
    return this.nextProducerId++;
  }

  acls(): readonly AclBinding[] {
    return (this.data.acls ??= []);
  }

  async addAcls(bindings: readonly AclBinding[]): Promise<void> {
    const next = [...this.acls()];
    for (const b of bindings) if (!next.some((x) => sameBinding(x, b))) next.push({ ...b });
    this.data.acls = next;
    this.save();
  }

  async removeAcls(bindings: readonly AclBinding[]): Promise<void> {
    this.data.acls = this.acls().filter((x) => !bindings.some((b) => sameBinding(x, b)));
    this.save();
  }

  private save(): void {
    const path = join(this.dir, METADATA_FILE);
    const tmp = `${path}.tmp`;
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, JSON.stringify(this.data, null, 2) + '\n');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
    const dfd = openSync(this.dir, 'r');
    try {
      fsyncSync(dfd);
    } finally {
      closeSync(dfd);
    }
  }
}
