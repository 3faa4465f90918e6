/**
 * One connection's SASL state on a SASL_PLAINTEXT or SASL_SSL listener (Kafka's
 * SaslServerAuthenticator, KIP-43 / KIP-152 / KIP-368):
 *
 *   handshake ──SaslHandshake v1──▶ authenticate ──SaslAuthenticate…──▶ authenticated
 *        └──────SaslHandshake v0──▶ raw tokens (size-prefixed, no request header) ──▶ authenticated
 *
 * Before authentication only ApiVersions, SaslHandshake and SaslAuthenticate (in their states) are
 * served; anything else closes the connection. A failed exchange is answered
 * SASL_AUTHENTICATION_FAILED with its message after connection.failed.authentication.delay.ms, then
 * the connection closes. With connections.max.reauth.ms (or a credential with a lifetime) the session
 * expires: the client re-authenticates on the same connection with SaslHandshake + SaslAuthenticate
 * v1+ (same mechanism, same principal) before then, or the first other request after expiry closes it.
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { SaslAuthenticationError, type SaslServer } from './sasl-server.ts';

/** How one listener authenticates: what SaslHandshake offers and how each mechanism's exchange starts. */
export interface SaslListenerConfig {
  mechanisms: readonly string[];
  /** A fresh server for one exchange of `mechanism` (one of `mechanisms`). */
  newServer(mechanism: string): SaslServer;
  /** connections.max.reauth.ms; 0 = sessions never expire. */
  maxReauthMs: number;
  /** connection.failed.authentication.delay.ms */
  failureDelayMs: number;
  /** sasl.server.max.receive.size: largest token accepted before authentication. */
  maxTokenBytes: number;
}

type State = 'handshake' | 'authenticate' | 'raw' | 'authenticated';

/** What one client token led to. */
export interface TokenOutcome {
  reply: Buffer;
  /** Set when the exchange failed: the message to send; the connection closes after it. */
  failure: string | null;
  /** Milliseconds the session lasts (SaslAuthenticate v1+ session_lifetime_ms), 0 = no limit. */
  sessionLifetimeMs: number;
}

export class SaslSession {
  private state: State = 'handshake';
  private server: SaslServer | null = null;
  private mechanism: string | null = null;
  /** The authenticated user; kept across re-authentication, which must not change it. */
  private user: string | null = null;
  private expiresAt: number | null = null;
  /** True while a re-authentication runs on an authenticated connection: other requests still flow. */
  private reauthenticating = false;

  constructor(
    private readonly config: SaslListenerConfig,
    private readonly now: () => number = Date.now,
  ) {}

  get authenticated(): boolean {
    return this.user !== null;
  }

  get authenticatedUser(): string | null {
    return this.user;
  }

  /** True when the next frame is a raw SASL token (after SaslHandshake v0), not a Kafka request. */
  get expectsRawToken(): boolean {
    return this.state === 'raw';
  }

  get enabledMechanisms(): readonly string[] {
    return this.config.mechanisms;
  }

  get failureDelayMs(): number {
    return this.config.failureDelayMs;
  }

  get maxTokenBytes(): number {
    return this.config.maxTokenBytes;
  }

  /** null when a request of `apiKey` may be served now, else why the connection must close. */
  refusal(apiKey: number): string | null {
    if (this.state === 'handshake' && !this.user) {
      return apiKey === ApiKey.ApiVersions || apiKey === ApiKey.SaslHandshake ? null : `request (API key ${apiKey}) before SASL authentication`;
    }
    if (this.state === 'authenticate' && !this.reauthenticating) {
      return apiKey === ApiKey.SaslAuthenticate ? null : `request (API key ${apiKey}) during SASL authentication, where only SaslAuthenticate is expected`;
    }
    if (this.reauthenticating || apiKey === ApiKey.SaslHandshake) return null;
    if (this.expiresAt !== null && this.now() >= this.expiresAt) return 'SASL session expired without re-authentication (connections.max.reauth.ms)';
    return null;
  }

  /**
   * SaslHandshake: null when `mechanism` is served (the exchange starts), else the
   * UNSUPPORTED_SASL_MECHANISM / ILLEGAL_SASL_STATE reason.
   */
  handshake(mechanism: string, version: number): { error: 'UNSUPPORTED_SASL_MECHANISM' | 'ILLEGAL_SASL_STATE'; message: string } | null {
    const reauth = this.user !== null;
    if (reauth && this.state !== 'authenticated') return { error: 'ILLEGAL_SASL_STATE', message: 'a re-authentication is already under way' };
    if (!reauth && this.state !== 'handshake') return { error: 'ILLEGAL_SASL_STATE', message: 'SaslHandshake received twice' };
    if (!this.config.mechanisms.includes(mechanism)) {
      return { error: 'UNSUPPORTED_SASL_MECHANISM', message: `Unsupported SASL mechanism ${mechanism}; enabled: ${this.config.mechanisms.join(', ')}` };
    }
    if (reauth) {
      if (version < 1) return { error: 'ILLEGAL_SASL_STATE', message: 're-authentication needs SaslHandshake v1 and SaslAuthenticate' };
      if (mechanism !== this.mechanism) return { error: 'ILLEGAL_SASL_STATE', message: `re-authentication must use the same mechanism (${this.mechanism}), not ${mechanism}` };
      this.reauthenticating = true;
    }
    this.mechanism = mechanism;
    this.server = this.config.newServer(mechanism);
    this.state = version === 0 ? 'raw' : 'authenticate';
    return null;
  }

  /** SaslAuthenticate (or a raw token): evaluates one client token. Never throws for a bad token. */
  async token(bytes: Buffer): Promise<TokenOutcome> {
    const server = this.server;
    if (!server || (this.state !== 'authenticate' && this.state !== 'raw')) {
      return { reply: Buffer.alloc(0), failure: 'SaslAuthenticate received without a SaslHandshake', sessionLifetimeMs: 0 };
    }
    if (!this.user && bytes.length > this.config.maxTokenBytes) {
      return this.fail(`SASL token of ${bytes.length} bytes is above sasl.server.max.receive.size (${this.config.maxTokenBytes})`);
    }
    let reply: Buffer;
    try {
      reply = await server.evaluate(bytes);
    } catch (e) {
      if (e instanceof SaslAuthenticationError) return this.fail(e.message);
      return this.fail(`Authentication failed: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (!server.complete) return { reply, failure: null, sessionLifetimeMs: 0 };
    if (this.user !== null && server.authorizedId !== this.user) {
      return this.fail(`Cannot change principals during re-authentication from User:${this.user} to User:${server.authorizedId}`);
    }
    this.user = server.authorizedId;
    this.state = 'authenticated';
    this.reauthenticating = false;
    this.server = null;
    const limits = [this.config.maxReauthMs, server.credentialLifetimeMs ?? 0].filter((x) => x > 0);
    const lifetime = limits.length > 0 ? Math.max(1, Math.min(...limits)) : 0;
    this.expiresAt = lifetime > 0 ? this.now() + lifetime : null;
    return { reply, failure: null, sessionLifetimeMs: lifetime };
  }

  private fail(message: string): TokenOutcome {
    this.server = null;
    return { reply: Buffer.alloc(0), failure: message, sessionLifetimeMs: 0 };
  }
}
