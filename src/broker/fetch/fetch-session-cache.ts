/**
 * Incremental fetch sessions (KIP-227). A consumer opens a session with a full fetch (session id 0,
 * epoch 0); later fetches carry the session id and the next epoch and list only partitions whose
 * fetch position changed, plus "forgotten" ones to drop. The broker remembers each partition's
 * position and what it last reported, and answers only partitions with records or news (high
 * watermark, log start offset or error changes). Epoch -1 closes a session.
 * The cache holds at most `maxSessions` (Kafka's max.incremental.fetch.session.cache.slots, 1000);
 * when full, the least recently used session is evicted; its owner then gets
 * FETCH_SESSION_ID_NOT_FOUND and starts over with a full fetch.
 * A session names its partitions one way for its whole life: by topic name (created by a request
 * before v13) or by topic id (v13+, KIP-516); the Fetch handler refuses the other kind.
 * Session ids are random, as Kafka's: after a restart, clients still hold ids from the broker's
 * previous life, and counting from 1 again would hand them other clients' new sessions.
 */
import { randomInt } from 'node:crypto';

export const INITIAL_EPOCH = 0;
export const FINAL_EPOCH = -1;

export interface SessionPartition {
  /** Topic name (requests before v13) or topic id (v13+): what the client uses to name it. */
  topicKey: string;
  partition: number;
  fetchOffset: number;
  maxBytes: number;
  /** What the last response said, to decide whether this partition has news (-2 = never sent). */
  lastHighWatermark: number;
  lastLogStartOffset: number;
}

export class FetchSession {
  epoch = 1;
  lastUsed = Date.now();
  /** Insertion order is the order partitions are answered in. */
  readonly partitions = new Map<string, SessionPartition>();

  constructor(
    readonly id: number,
    /** Partitions named by topic id (v13+) rather than by name. */
    readonly usesTopicIds: boolean,
  ) {}

  static key(topicKey: string, partition: number): string {
    return `${topicKey}\u0000${partition}`;
  }
}

export class FetchSessionCache {
  private sessions = new Map<number, FetchSession>();

  constructor(readonly maxSessions = 1000) {}

  get size(): number {
    return this.sessions.size;
  }

  get(id: number): FetchSession | undefined {
    const s = this.sessions.get(id);
    if (s) {
      // Map order doubles as LRU order.
      this.sessions.delete(id);
      this.sessions.set(id, s);
      s.lastUsed = Date.now();
    }
    return s;
  }

  create(usesTopicIds: boolean): FetchSession {
    if (this.sessions.size >= this.maxSessions) {
      const oldest = this.sessions.keys().next().value;
      if (oldest !== undefined) this.sessions.delete(oldest);
    }
    let id: number;
    do id = randomInt(1, 0x7fffffff);
    while (this.sessions.has(id));
    const s = new FetchSession(id, usesTopicIds);
    this.sessions.set(id, s);
    return s;
  }

  remove(id: number): void {
    this.sessions.delete(id);
  }
}
