/**
 * SaslAuthenticate (key 36), v0-2: one SASL token of the exchange SaslHandshake started. A failed
 * exchange is SASL_AUTHENTICATION_FAILED with the mechanism's message, sent after
 * connection.failed.authentication.delay.ms, then the connection closes. On success the connection's
 * principal becomes User:<name>; v1+ carries the session lifetime (KIP-368), after which the client
 * re-authenticates. Outside an exchange, or on a non-SASL listener, ILLEGAL_SASL_STATE.
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { SaslAuthenticateRequest } from '../../protocol/generated/sasl-authenticate-request.ts';
import type { SaslAuthenticateResponse } from '../../protocol/generated/sasl-authenticate-response.ts';
import type { Input } from '../../protocol/input.ts';
import { defineHandler } from '../handler.ts';

const EMPTY = Buffer.alloc(0);

export const saslAuthenticate = defineHandler<SaslAuthenticateRequest, Input<SaslAuthenticateResponse>>({
  apiKey: ApiKey.SaslAuthenticate,
  minVersion: 0,
  maxVersion: 2,
  async handle(req, ctx) {
    const sasl = ctx.client.sasl;
    if (!sasl) {
      return { errorCode: ErrorCode.ILLEGAL_SASL_STATE, errorMessage: 'SaslAuthenticate on a listener without SASL', authBytes: EMPTY, sessionLifetimeMs: 0n };
    }
    const outcome = await sasl.token(req.authBytes);
    if (outcome.failure !== null) {
      ctx.log.info({ remote: ctx.client.remote, clientId: ctx.client.clientId }, `SASL authentication failed: ${outcome.failure}`);
      await new Promise((r) => setTimeout(r, sasl.failureDelayMs));
      ctx.closeAfterResponse(`SASL authentication failed: ${outcome.failure}`);
      return { errorCode: ErrorCode.SASL_AUTHENTICATION_FAILED, errorMessage: outcome.failure, authBytes: EMPTY, sessionLifetimeMs: 0n };
    }
    if (sasl.authenticated) ctx.client.principal = `User:${sasl.authenticatedUser!}`;
    return { errorCode: ErrorCode.NONE, errorMessage: null, authBytes: outcome.reply, sessionLifetimeMs: BigInt(outcome.sessionLifetimeMs) };
  },
  errorResponse: (_req, errorCode) => ({ errorCode, errorMessage: null, authBytes: EMPTY, sessionLifetimeMs: 0n }),
});
