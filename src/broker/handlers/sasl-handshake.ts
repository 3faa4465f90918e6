/**
 * SaslHandshake (key 17), v0-1: the client names its SASL mechanism. On a SASL listener the
 * connection's SaslSession starts that mechanism's exchange (v1: SaslAuthenticate requests follow;
 * v0: raw tokens). An unknown mechanism is UNSUPPORTED_SASL_MECHANISM with the enabled list, and the
 * connection closes after the answer, as Kafka does. On a PLAINTEXT or SSL listener it is
 * ILLEGAL_SASL_STATE.
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { SaslHandshakeRequest } from '../../protocol/generated/sasl-handshake-request.ts';
import type { SaslHandshakeResponse } from '../../protocol/generated/sasl-handshake-response.ts';
import type { Input } from '../../protocol/input.ts';
import { defineHandler } from '../handler.ts';

export const saslHandshake = defineHandler<SaslHandshakeRequest, Input<SaslHandshakeResponse>>({
  apiKey: ApiKey.SaslHandshake,
  minVersion: 0,
  maxVersion: 1,
  handle(req, ctx) {
    const sasl = ctx.client.sasl;
    if (!sasl) return { errorCode: ErrorCode.ILLEGAL_SASL_STATE, mechanisms: [] };
    const refused = sasl.handshake(req.mechanism, ctx.apiVersion);
    if (refused) {
      ctx.log.info({ remote: ctx.client.remote, mechanism: req.mechanism }, refused.message);
      ctx.closeAfterResponse(refused.message);
      return { errorCode: ErrorCode[refused.error], mechanisms: [...sasl.enabledMechanisms] };
    }
    return { errorCode: ErrorCode.NONE, mechanisms: [...sasl.enabledMechanisms] };
  },
  errorResponse: (_req, errorCode) => ({ errorCode, mechanisms: [] }),
});
