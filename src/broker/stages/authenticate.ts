/**
 * Authentication stage. On a SASL listener, until the connection has authenticated only
 * ApiVersions, SaslHandshake and SaslAuthenticate (each in its state) pass; anything else, and any
 * request but a re-authentication after the session expired, closes the connection without a reply
 * (Kafka's SaslServerAuthenticator). PLAINTEXT and SSL listeners have no SASL state: every request
 * goes on, as the principal the connection got when it was accepted.
 */
import { CloseConnection } from '../handler.ts';
import type { Stage } from './stage.ts';

export const authenticate: Stage = (req, next) => {
  const sasl = req.ctx.client.sasl;
  if (sasl) {
    const refusal = sasl.refusal(req.ctx.apiKey);
    if (refusal !== null) throw new CloseConnection(refusal);
  }
  return next();
};
