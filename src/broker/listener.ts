/**
 * The TCP side of a listener: binds the configured address (an empty host binds every address
 * `localhost` resolves to, so clients that pick ::1 or 127.0.0.1 both connect), hands each socket to
 * a Connection, and on close stops accepting, lets connections finish what they read, then ends them.
 * An SSL or SASL_SSL listener terminates TLS first (security/tls-context.ts; certificates reloaded
 * when their files change); a client that speaks plaintext to it is closed with a log line. A SASL
 * listener gives each connection its SaslSession; an SSL listener with client certificates makes the
 * mapped certificate subject the connection's principal.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { createServer as createTlsServer, type Server as TlsServer, type TLSSocket } from 'node:tls';
import { lookup } from 'node:dns/promises';
import type { Logger } from 'pino';
import { Connection, type ConnectionLimits, type ListenerIdentity, type RequestDispatcher } from './connection.ts';
import { ANONYMOUS } from './handler.ts';
import { mapPrincipal, subjectDn, type parseMappingRules } from './security/principal-mapping.ts';
import type { SaslSession } from './security/sasl-session.ts';
import { watchTlsFiles, type TlsListenerSettings } from './security/tls-context.ts';
import { ReadBufferPool } from '../storage/segment/read-buffer-pool.ts';
import type { RequestBudget } from './request-budget.ts';

export class ListenError extends Error {
  override readonly name = 'ListenError';
}

export interface BoundAddress {
  host: string;
  port: number;
}

/** How a listener secures its connections (security protocol PLAINTEXT: neither tls nor sasl). */
export interface ListenerSecurity {
  identity: ListenerIdentity;
  /** SSL / SASL_SSL: reads the TLS settings (again when the files change). */
  tls?: () => TlsListenerSettings;
  /** ssl.principal.mapping.rules (SSL listeners with client certificates). */
  principalRules?: ReturnType<typeof parseMappingRules>;
  /** SASL_PLAINTEXT / SASL_SSL: a fresh SASL state for each connection. */
  sasl?: () => SaslSession;
}

const PLAINTEXT: ListenerSecurity = { identity: { name: 'PLAINTEXT', securityProtocol: 'PLAINTEXT' } };

export class Listener {
  private servers: (Server | TlsServer)[] = [];
  private connections = new Set<Connection>();
  private stopWatching: (() => void) | null = null;
  /** Buffers for large requests, shared by this listener's connections (32 MiB idle at most). */
  private readonly framePool = new ReadBufferPool(32 * 1024 * 1024);
  readonly bound: BoundAddress[] = [];

  private constructor(
    private readonly dispatcher: RequestDispatcher,
    private readonly limits: ConnectionLimits,
    private readonly budget: RequestBudget,
    private readonly log: Logger,
    private readonly security: ListenerSecurity,
    private tlsSettings: TlsListenerSettings | null,
  ) {}

  static async listen(
    host: string,
    port: number,
    dispatcher: RequestDispatcher,
    limits: ConnectionLimits,
    budget: RequestBudget,
    log: Logger,
    security: ListenerSecurity = PLAINTEXT,
  ): Promise<Listener> {
    const l = new Listener(dispatcher, limits, budget, log, security, security.tls?.() ?? null);
    if (l.tlsSettings && l.tlsSettings.files.length > 0) l.stopWatching = watchTlsFiles(l.tlsSettings.files, () => l.reloadTls());
    let hosts = [host];
    if (host === '') {
      const all = await lookup('localhost', { all: true });
      hosts = [...new Set(all.map((a) => a.address))];
      // With an ephemeral port each address would get a different one: bind the first only.
      if (port === 0) hosts = hosts.slice(0, 1);
    }
    try {
      await l.bind(hosts[0]!, port);
    } catch (e) {
      await l.close();
      throw e;
    }
    // Further addresses of localhost (::1 next to 127.0.0.1) are a convenience: a host without IPv6
    // must still start.
    for (const h of hosts.slice(1)) {
      await l.bind(h, port).catch((e: Error) => log.warn({ host: h, port, err: e.message }, 'extra localhost address not bound'));
    }
    return l;
  }

  private bind(host: string, port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const server = this.tlsSettings ? this.tlsServer(this.tlsSettings) : createServer((socket) => this.accept(socket));
      server.once('error', (e: NodeJS.ErrnoException) => {
        const where = `${host}:${port}`;
        if (e.code === 'EADDRINUSE') reject(new ListenError(`cannot listen on ${where}: the port is already in use`));
        else if (e.code === 'EACCES') reject(new ListenError(`cannot listen on ${where}: permission denied`));
        else if (e.code === 'EADDRNOTAVAIL') reject(new ListenError(`cannot listen on ${where}: no such local address`));
        else reject(new ListenError(`cannot listen on ${where}: ${e.message}`));
      });
      server.listen({ host, port, exclusive: true }, () => {
        const a = server.address();
        if (a && typeof a === 'object') this.bound.push({ host: a.address, port: a.port });
        this.servers.push(server);
        resolve();
      });
    });
  }

  private tlsServer(settings: TlsListenerSettings): TlsServer {
    const server = createTlsServer({ ...settings.options, handshakeTimeout: 10_000 }, (socket) => this.acceptTls(socket));
    server.on('tlsClientError', (e: NodeJS.ErrnoException, socket: TLSSocket) => {
      const plaintext = /wrong version number|http request|unknown protocol|packet length too long/i.test(e.message);
      const why = plaintext ? 'not a TLS client hello (a plaintext client on a TLS listener?)' : `TLS handshake failed: ${e.message}`;
      this.log.warn({ listener: this.security.identity.name, remote: `${socket.remoteAddress}:${socket.remotePort}` }, `connection closed: ${why}`);
      socket.destroy();
    });
    return server;
  }

  /** New certificates from changed files, for connections from now on; a bad file keeps the old ones. */
  private reloadTls(): void {
    try {
      this.prepareTlsReload()?.();
    } catch (e) {
      this.log.warn({ listener: this.security.identity.name, err: (e as Error).message }, 'TLS certificates not reloaded; the previous ones stay');
    }
  }

  /**
   * Reads this listener's TLS settings again (throws ConfigError when they are not usable) and
   * returns what installs them; null for a listener without TLS.
   */
  prepareTlsReload(): (() => void) | null {
    if (!this.security.tls) return null;
    const next = this.security.tls();
    return () => {
      for (const s of this.servers) (s as TlsServer).setSecureContext({ ...next.options });
      this.tlsSettings = next;
      this.stopWatching?.();
      this.stopWatching = next.files.length > 0 ? watchTlsFiles(next.files, () => this.reloadTls()) : null;
      this.log.info({ listener: this.security.identity.name }, 'TLS certificates reloaded');
    };
  }

  private acceptTls(socket: TLSSocket): void {
    let principal = ANONYMOUS;
    if (this.security.identity.securityProtocol === 'SSL') {
      const cert = socket.getPeerX509Certificate();
      if (cert && !socket.authorized) {
        this.log.warn({ remote: `${socket.remoteAddress}:${socket.remotePort}`, err: String(socket.authorizationError) }, 'connection closed: client certificate not trusted');
        socket.destroy();
        return;
      }
      if (cert) {
        try {
          principal = `User:${mapPrincipal(subjectDn(cert), this.security.principalRules ?? [{ kind: 'default' }])}`;
        } catch (e) {
          this.log.warn({ remote: `${socket.remoteAddress}:${socket.remotePort}`, err: (e as Error).message }, 'connection closed: no principal for the client certificate');
          socket.destroy();
          return;
        }
      }
    }
    this.accept(socket, principal);
  }

  private accept(socket: Socket, principal = ANONYMOUS): void {
    // Per-IP and broker-wide connection limits decide first (connection-quotas.ts).
    if (this.limits.gate) this.limits.gate.gate(socket, () => this.open(socket, principal));
    else this.open(socket, principal);
  }

  private open(socket: Socket, principal: string): void {
    const c = new Connection(socket, this.dispatcher, this.limits, this.budget, this.log, (x) => this.connections.delete(x), this.framePool, this.security.identity, principal);
    if (this.security.sasl) c.client.sasl = this.security.sasl();
    this.connections.add(c);
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  /**
   * Stops accepting, answers every request already read, closes connections. Requests still
   * unanswered after `graceMs` (a JoinGroup waiting for a rebalance, say) are dropped with their
   * connection, so a stop never hangs.
   */
  async close(graceMs = 10_000): Promise<void> {
    this.stopWatching?.();
    // server.close() reports only once every connection has ended, so drain them meanwhile.
    const stopped = Promise.all(this.servers.map((s) => new Promise<void>((r) => s.close(() => r()))));
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((r) => (timer = setTimeout(r, graceMs)));
    await Promise.race([Promise.all([...this.connections].map((c) => c.drain())), grace]);
    clearTimeout(timer);
    for (const c of [...this.connections]) c.close('still busy at shutdown', 'warn');
    await stopped;
  }
}
