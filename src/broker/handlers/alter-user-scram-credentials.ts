/**
 * AlterUserScramCredentials (key 51), v0 (KIP-554; flexible): deletes and upserts users' SCRAM
 * credentials. The client sends a salted password (never the password); the broker keeps StoredKey
 * and ServerKey derived from it. Checked per user as Kafka's ScramControlManager does:
 *
 * - a user altered twice in one request (any mix of deletions and upsertions, even for two
 *   mechanisms) is DUPLICATE_RESOURCE, and none of that user's changes apply;
 * - an empty user name or iterations outside 4096..16384 are UNACCEPTABLE_CREDENTIAL, an unknown
 *   mechanism UNSUPPORTED_SASL_MECHANISM, deleting a credential that does not exist RESOURCE_NOT_FOUND.
 *
 * The accepted changes are written to the metadata store at once (one durable write), then answered:
 * deletions, then upsertions, then the refused users, as Kafka orders them.
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { AlterUserScramCredentialsRequest, ScramCredentialDeletion, ScramCredentialUpsertion } from '../../protocol/generated/alter-user-scram-credentials-request.ts';
import type { AlterUserScramCredentialsResponse } from '../../protocol/generated/alter-user-scram-credentials-response.ts';
import type { Input } from '../../protocol/input.ts';
import { defineHandler } from '../handler.ts';
import type { ScramCredentialRecord } from '../metadata-store.ts';
import { credentialFromSaltedPassword, scramMechanismOfType, type ScramMechanism } from '../security/scram-credential.ts';

interface Refusal {
  errorCode: number;
  errorMessage: string;
}

function nameAndMechanism(name: string, mech: ScramMechanism | null): Refusal | null {
  if (name.length === 0) return { errorCode: ErrorCode.UNACCEPTABLE_CREDENTIAL, errorMessage: 'Username must not be empty' };
  if (!mech) return { errorCode: ErrorCode.UNSUPPORTED_SASL_MECHANISM, errorMessage: 'Unknown SCRAM mechanism' };
  return null;
}

const DUPLICATE: Refusal = { errorCode: ErrorCode.DUPLICATE_RESOURCE, errorMessage: 'A user credential cannot be altered twice in the same request' };

export const alterUserScramCredentials = defineHandler<AlterUserScramCredentialsRequest, Input<AlterUserScramCredentialsResponse>>({
  apiKey: ApiKey.AlterUserScramCredentials,
  minVersion: 0,
  maxVersion: 0,
  async handle(req, ctx) {
    const store = ctx.broker.metadata;
    const deletions = new Map<string, ScramCredentialDeletion>();
    const upsertions = new Map<string, ScramCredentialUpsertion>();
    const refused = new Map<string, Refusal>();
    for (const d of req.deletions) {
      if (refused.has(d.name)) continue;
      if (deletions.delete(d.name)) {
        refused.set(d.name, DUPLICATE);
        continue;
      }
      const mech = scramMechanismOfType(d.mechanism);
      const problem = nameAndMechanism(d.name, mech) ??
        (store.scramCredential(d.name, mech!.name) === null ? { errorCode: ErrorCode.RESOURCE_NOT_FOUND, errorMessage: 'Attempt to delete a user credential that does not exist' } : null);
      if (problem) refused.set(d.name, problem);
      else deletions.set(d.name, d);
    }
    for (const u of req.upsertions) {
      if (refused.has(u.name)) continue;
      if (deletions.delete(u.name) || upsertions.delete(u.name)) {
        refused.set(u.name, DUPLICATE);
        continue;
      }
      const mech = scramMechanismOfType(u.mechanism);
      const problem = nameAndMechanism(u.name, mech) ??
        (u.iterations < mech!.minIterations ? { errorCode: ErrorCode.UNACCEPTABLE_CREDENTIAL, errorMessage: 'Too few iterations' } : null) ??
        (u.iterations > mech!.maxIterations ? { errorCode: ErrorCode.UNACCEPTABLE_CREDENTIAL, errorMessage: 'Too many iterations' } : null);
      if (problem) refused.set(u.name, problem);
      else upsertions.set(u.name, u);
    }
    const records: ScramCredentialRecord[] = [...upsertions.values()].map((u) => {
      const mech = scramMechanismOfType(u.mechanism)!;
      return { user: u.name, mechanism: mech.name, ...credentialFromSaltedPassword(mech, u.salt, u.iterations, u.saltedPassword) };
    });
    const removed = [...deletions.values()].map((d) => ({ user: d.name, mechanism: scramMechanismOfType(d.mechanism)!.name }));
    if (records.length > 0 || removed.length > 0) await store.alterScramCredentials(records, removed);
    const ok = (user: string) => ({ user, errorCode: ErrorCode.NONE, errorMessage: null });
    return {
      throttleTimeMs: 0,
      results: [
        ...[...deletions.keys()].map(ok),
        ...[...upsertions.keys()].map(ok),
        ...[...refused].map(([user, r]) => ({ user, errorCode: r.errorCode, errorMessage: r.errorMessage })),
      ],
    };
  },
  errorResponse(req, errorCode) {
    const users = [...new Set([...req.deletions.map((d) => d.name), ...req.upsertions.map((u) => u.name)])].sort();
    return { results: users.map((user) => ({ user, errorCode, errorMessage: null })) };
  },
});
