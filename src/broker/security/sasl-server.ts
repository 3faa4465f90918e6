/**
 * One SASL mechanism's server side for one authentication exchange (a fresh instance per
 * SaslHandshake): the connection's authenticate stage feeds it each client token (from
 * SaslAuthenticate, or a raw frame after SaslHandshake v0) and sends back what it returns.
 */

/** A failed exchange: answered SASL_AUTHENTICATION_FAILED with this message, then the connection closes. */
export class SaslAuthenticationError extends Error {
  override readonly name = 'SaslAuthenticationError';
}

export interface SaslServer {
  readonly mechanism: string;
  /** The reply to one client token; throws SaslAuthenticationError when the exchange fails. */
  evaluate(token: Buffer): Buffer | Promise<Buffer>;
  /** True once the exchange has succeeded (the last reply may still have to be sent). */
  readonly complete: boolean;
  /** The authenticated user name (the principal is `User:<name>`), once complete. */
  readonly authorizedId: string;
  /** How long the credential stays valid from now, in ms (an OAUTHBEARER token's exp); null: no limit. */
  readonly credentialLifetimeMs?: number | null;
}
