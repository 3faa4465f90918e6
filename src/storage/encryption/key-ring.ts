/**
 * The encryption key ring: AES-256 keys by id, for encryption at rest (encrypted-batch.ts).
 *
 * Text format (the broker's `samsa.encryption.keys.file` and the `SAMSA_ENCRYPTION_KEYS`
 * environment variable): one key per line (or per comma in the variable), `id=base64`, the base64
 * decoding to exactly 32 bytes; blank lines and lines starting with `#` are ignored. An id is 1-255
 * bytes of letters, digits and `._-`. The same id twice with different bytes is an error (two
 * sources disagreeing would make old batches unreadable); the same id with the same bytes is fine.
 *
 * Rotation: add the new key to the ring, then point the topic's `samsa.encryption.key.id` at it.
 * New batches use the new key; old batches name their key id and keep being read with the old key,
 * so an old key may leave the ring only once no batch needs it (after retention or compaction
 * rewrote them). A ring built with a `reload` function reads its sources again when asked for an id
 * it does not hold (at most once a second), so a key added to the file is found without a restart.
 */
import { createSecretKey, type KeyObject } from 'node:crypto';

export const KEY_BYTES = 32;
const ID_RE = /^[A-Za-z0-9._-]{1,255}$/;
const RELOAD_INTERVAL_MS = 1000;

/** A key ring whose text does not parse: the message says where and what to do. */
export class KeyRingError extends Error {
  override readonly name = 'KeyRingError';
}

/** Parses `id=base64` entries from `text` (`source` names it in errors) into `into`. */
export function parseKeyRing(text: string, source: string, into = new Map<string, Buffer>()): Map<string, Buffer> {
  const lines = text.split(/[\n,]/);
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const eq = line.indexOf('=');
    const where = `${source}, entry ${i + 1}`;
    if (eq <= 0) throw new KeyRingError(`${where}: expected id=base64-of-32-bytes, got "${line.slice(0, 20)}..."`);
    const id = line.slice(0, eq).trim();
    const b64 = line.slice(eq + 1).trim();
    if (!ID_RE.test(id)) throw new KeyRingError(`${where}: key id "${id}" must be 1-255 letters, digits, '.', '_' or '-'`);
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) throw new KeyRingError(`${where}: key ${id} is not base64`);
    const bytes = Buffer.from(b64, 'base64');
    if (bytes.length !== KEY_BYTES) throw new KeyRingError(`${where}: key ${id} is ${bytes.length} bytes; AES-256 needs ${KEY_BYTES} (make one with: openssl rand -base64 32)`);
    const known = into.get(id);
    if (known && !known.equals(bytes)) throw new KeyRingError(`${where}: key ${id} is defined twice with different bytes`);
    into.set(id, bytes);
  });
  return into;
}

export class KeyRing {
  private keys = new Map<string, KeyObject>();
  private lastReload = -Infinity;

  /** `reload`, when given, returns the ring's entries as its sources hold them now. */
  constructor(
    entries: ReadonlyMap<string, Buffer> = new Map(),
    private readonly reload?: () => ReadonlyMap<string, Buffer>,
    private readonly now: () => number = Date.now,
  ) {
    this.set(entries);
  }

  static empty(): KeyRing {
    return new KeyRing();
  }

  private set(entries: ReadonlyMap<string, Buffer>): void {
    const keys = new Map<string, KeyObject>();
    for (const [id, bytes] of entries) keys.set(id, createSecretKey(bytes));
    this.keys = keys;
  }

  get size(): number {
    return this.keys.size;
  }

  ids(): string[] {
    return [...this.keys.keys()];
  }

  /** The key named `id`, reading the sources again (rate-limited) when it is not in the ring. */
  get(id: string): KeyObject | undefined {
    const key = this.keys.get(id);
    if (key || !this.reload) return key;
    const t = this.now();
    if (t - this.lastReload < RELOAD_INTERVAL_MS) return undefined;
    this.lastReload = t;
    try {
      this.set(this.reload());
    } catch {
      return undefined; // a source that broke since start keeps the keys we had
    }
    return this.keys.get(id);
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }
}
