/**
 * The TCP side of a listener: binds the configured address (an empty host binds every address
 * `localhost` resolves to, so clients that pick ::1 or 127.0.0.1 both connect), hands each socket to
 * a Connection, and on close stops accepting, lets connections finish what they read, then ends them.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { lookup } from 'node:dns/promises';
import type { Logger } from 'pino';
import { Connection, type ConnectionLimits, type RequestDispatcher } from './connection.ts';
import { ReadBufferPool } from '../storage/segment/read-buffer-pool.ts';
import type { RequestBudget } from './request-budget.ts';

export class ListenError extends Error {
  override readonly name = 'ListenError';
}

export interface BoundAddress {
  host: string;
  port: number;
}

export class Listener {
  private servers: Server[] = [];
  private connections = new Set<Connection>();
  /** Buffers for large requests, shared by this listener's connections (32 MiB idle at most). */
  private readonly framePool = new ReadBufferPool(32 * 1024 * 1024);
  readonly bound: BoundAddress[] = [];

  private constructor(
    private readonly dispatcher: RequestDispatcher,
    private readonly limits: ConnectionLimits,
    private readonly budget: RequestBudget,
    private readonly log: Logger,
  ) {}

  static async listen(
    host: string,
    port: number,
    dispatcher: RequestDispatcher,
    limits: ConnectionLimits,
    budget: RequestBudget,
    log: Logger,
  ): Promise<Listener> {
    const l = new Listener(dispatcher, limits, budget, log);
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
      const server = createServer((socket) => this.accept(socket));
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

  private accept(socket: Socket): void {
    // Per-IP and broker-wide connection limits decide first (connection-quotas.ts).
    if (this.limits.gate) this.limits.gate.gate(socket, () => this.open(socket));
    else this.open(socket);
  }

  private open(socket: Socket): void {
    const c = new Connection(socket, this.dispatcher, this.limits, this.budget, this.log, (x) => this.connections.delete(x), this.framePool);
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
