/**
 * SCRAM credentials (RFC 5802 §3, RFC 7677; Kafka's KIP-84 and KIP-554): what the broker keeps for
 * one user and one mechanism. Never the password: the salt, the iteration count, and
 *
 *   SaltedPassword = Hi(password, salt, i)          (Hi is PBKDF2 with HMAC, one hash-sized block)
 *   StoredKey      = H(HMAC(SaltedPassword, "Client Key"))
 *   ServerKey      = HMAC(SaltedPassword, "Server Key")
 *
 * Kafka takes the password's UTF-8 bytes as they are (no SASLprep); so do we, so a credential made by
 * kafka-configs.sh or kafka-storage.sh works with every Kafka client.
 */
import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';

export type ScramMechanismName = 'SCRAM-SHA-256' | 'SCRAM-SHA-512';

export interface ScramMechanism {
  name: ScramMechanismName;
  /** The mechanism's number in DescribeUserScramCredentials / AlterUserScramCredentials (KIP-554). */
  type: number;
  hash: 'sha256' | 'sha512';
  /** Kafka's bounds on the iteration count (ScramMechanism.minIterations; ScramControlManager's maximum). */
  minIterations: number;
  maxIterations: number;
}

export const SCRAM_MECHANISMS: readonly ScramMechanism[] = [
  { name: 'SCRAM-SHA-256', type: 1, hash: 'sha256', minIterations: 4096, maxIterations: 16384 },
  { name: 'SCRAM-SHA-512', type: 2, hash: 'sha512', minIterations: 4096, maxIterations: 16384 },
];

/** True for the SCRAM mechanisms this broker serves (SaslHandshake's list, createScramServer's argument). */
export function isScramMechanism(name: string): name is ScramMechanismName {
  return SCRAM_MECHANISMS.some((m) => m.name === name);
}

/** The mechanism of that name (case as Kafka spells it), or null. */
export function scramMechanism(name: string): ScramMechanism | null {
  return SCRAM_MECHANISMS.find((m) => m.name === name) ?? null;
}

/** The mechanism of that KIP-554 type number, or null (Kafka's ScramMechanism.UNKNOWN). */
export function scramMechanismOfType(type: number): ScramMechanism | null {
  return SCRAM_MECHANISMS.find((m) => m.type === type) ?? null;
}

/** What the broker stores for one user and mechanism. */
export interface ScramCredential {
  salt: Buffer;
  iterations: number;
  storedKey: Buffer;
  serverKey: Buffer;
}

export function hmac(mech: ScramMechanism, key: Buffer, data: Buffer | string): Buffer {
  return createHmac(mech.hash, key).update(data).digest();
}

export function hash(mech: ScramMechanism, data: Buffer): Buffer {
  return createHash(mech.hash).update(data).digest();
}

/** Hi(password, salt, i) of RFC 5802 §2.2: PBKDF2's first block. */
export function saltedPassword(mech: ScramMechanism, password: string, salt: Buffer, iterations: number): Buffer {
  const len = mech.hash === 'sha256' ? 32 : 64;
  return pbkdf2Sync(Buffer.from(password, 'utf8'), salt, iterations, len, mech.hash);
}

/** The stored form of a salted password (AlterUserScramCredentials sends salted passwords). */
export function credentialFromSaltedPassword(mech: ScramMechanism, salt: Buffer, iterations: number, salted: Buffer): ScramCredential {
  const clientKey = hmac(mech, salted, 'Client Key');
  return { salt: Buffer.from(salt), iterations, storedKey: hash(mech, clientKey), serverKey: hmac(mech, salted, 'Server Key') };
}

/**
 * A salt as Kafka's tools and admin client make them (ScramFormatter.secureRandomBytes): the ASCII
 * base-36 digits of a 130-bit number, from `random` (17 bytes; fresh random ones by default). Every
 * salt we make has this shape, so the made-up salts of unknown users look like real ones.
 */
export function kafkaStyleSalt(random: Buffer = randomBytes(17)): Buffer {
  const n = BigInt(`0x${random.subarray(0, 17).toString('hex')}`) & ((1n << 130n) - 1n);
  return Buffer.from(n.toString(36), 'ascii');
}

/** A fresh credential for a password, with a Kafka-style random salt unless one is given. */
export function credentialFromPassword(mech: ScramMechanism, password: string, iterations: number, salt: Buffer = kafkaStyleSalt()): ScramCredential {
  return credentialFromSaltedPassword(mech, salt, iterations, saltedPassword(mech, password, salt, iterations));
}
