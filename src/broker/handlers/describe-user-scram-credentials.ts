/**
 * DescribeUserScramCredentials (key 50), v0 (KIP-554; flexible): the mechanisms and iteration
 * counts of users' SCRAM credentials — never salts or keys. No users (null or empty) lists every
 * user that has a credential; a named user without one is RESOURCE_NOT_FOUND and a name asked twice
 * DUPLICATE_RESOURCE, each in that user's result, with Kafka's messages (ScramImage.describe).
 * Success carries an empty error message, not null, as Kafka's answers do (the schema's default).
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { DescribeUserScramCredentialsRequest } from '../../protocol/generated/describe-user-scram-credentials-request.ts';
import type { DescribeUserScramCredentialsResponse } from '../../protocol/generated/describe-user-scram-credentials-response.ts';
import type { Input } from '../../protocol/input.ts';
import { defineHandler } from '../handler.ts';
import { scramMechanism } from '../security/scram-credential.ts';

export const describeUserScramCredentials = defineHandler<DescribeUserScramCredentialsRequest, Input<DescribeUserScramCredentialsResponse>>({
  apiKey: ApiKey.DescribeUserScramCredentials,
  minVersion: 0,
  maxVersion: 0,
  handle(req, ctx) {
    const byUser = new Map<string, { mechanism: number; iterations: number }[]>();
    for (const c of ctx.broker.metadata.scramCredentials()) {
      const infos = byUser.get(c.user) ?? [];
      infos.push({ mechanism: scramMechanism(c.mechanism)?.type ?? 0, iterations: c.iterations });
      byUser.set(c.user, infos);
    }
    // User name → asked more than once.
    const asked = new Map<string, boolean>();
    if (!req.users || req.users.length === 0) for (const u of byUser.keys()) asked.set(u, false);
    else for (const u of req.users) asked.set(u.name, asked.has(u.name));
    const results = [...asked].map(([user, twice]) => {
      if (twice) return { user, errorCode: ErrorCode.DUPLICATE_RESOURCE, errorMessage: `Cannot describe SCRAM credentials for the same user twice in a single request: ${user}`, credentialInfos: [] };
      const infos = byUser.get(user);
      if (!infos) return { user, errorCode: ErrorCode.RESOURCE_NOT_FOUND, errorMessage: `Attempt to describe a user credential that does not exist: ${user}`, credentialInfos: [] };
      return { user, errorCode: ErrorCode.NONE, errorMessage: '', credentialInfos: [...infos].sort((a, b) => a.mechanism - b.mechanism) };
    });
    return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, errorMessage: '', results };
  },
  errorResponse(req, errorCode) {
    return { errorCode, errorMessage: null, results: (req.users ?? []).map((u) => ({ user: u.name, errorCode, errorMessage: null, credentialInfos: [] })) };
  },
});
