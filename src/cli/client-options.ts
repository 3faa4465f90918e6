/**
 * What every client command of the CLI shares: where the brokers are (`-X brokers=host:port,...`,
 * `--bootstrap-server`/`-b`, else $SAMSA_BROKERS, else 127.0.0.1:9092, as rpk and kcat accept
 * them) plus a few client properties through -X — security with librdkafka's (kcat's) names:
 * security.protocol, ssl.ca.location, ssl.certificate.location, ssl.key.location, sasl.mechanism(s),
 * sasl.username, sasl.password — and the rule that a failure prints one line
 * (`samsa: <what went wrong>`) and exits non-zero instead of a stack trace.
 */
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { Admin } from '../client/admin.ts';
import type { ClusterOptions } from '../client/cluster.ts';
import { KafkaError } from '../client/kafka-error.ts';

export interface ClientFlags {
  X?: string[];
  bootstrapServer?: string;
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Adds -X and --bootstrap-server to a command (each subcommand, so they work after it too). */
export function withClientOptions(cmd: Command): Command {
  return cmd
    .option('-X <key=value>', 'client property: brokers=host:port,..., client.id=..., request.timeout.ms=...', collect)
    .option('-b, --bootstrap-server <host:port,...>', 'brokers to bootstrap from (default $SAMSA_BROKERS or 127.0.0.1:9092)');
}

/** Cluster options from the flags and the environment; unknown -X keys are a one-line error. */
export function clusterOptions(flags: ClientFlags): ClusterOptions {
  const props: Record<string, string> = {};
  for (const x of flags.X ?? []) {
    const i = x.indexOf('=');
    if (i <= 0) throw new UsageError(`-X expects key=value, got "${x}"`);
    props[x.slice(0, i)] = x.slice(i + 1);
  }
  const known = new Set(['brokers', 'bootstrap.servers', 'client.id', 'request.timeout.ms', ...SECURITY_KEYS]);
  for (const k of Object.keys(props)) if (!known.has(k)) throw new UsageError(`unknown -X property ${k}; known: ${[...known].join(', ')}`);
  const bootstrap = props.brokers ?? props['bootstrap.servers'] ?? flags.bootstrapServer ?? process.env.SAMSA_BROKERS ?? '127.0.0.1:9092';
  const timeout = props['request.timeout.ms'] === undefined ? undefined : Number(props['request.timeout.ms']);
  if (timeout !== undefined && !(timeout > 0)) throw new UsageError('request.timeout.ms must be a positive number of milliseconds');
  return { bootstrap, clientId: props['client.id'] ?? 'samsa-cli', requestTimeoutMs: timeout, retries: 3, ...securityOptions(props) };
}

const SECURITY_KEYS = ['security.protocol', 'ssl.ca.location', 'ssl.certificate.location', 'ssl.key.location', 'sasl.mechanism', 'sasl.mechanisms', 'sasl.username', 'sasl.password'];
const MECHANISMS = ['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'] as const;

function securityOptions(props: Record<string, string>): Pick<ClusterOptions, 'tls' | 'sasl'> {
  const protocol = (props['security.protocol'] ?? 'PLAINTEXT').toUpperCase();
  if (!['PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL'].includes(protocol)) throw new UsageError(`security.protocol must be PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL, not ${protocol}`);
  const read = (key: string): Buffer | undefined => {
    const path = props[key];
    if (path === undefined) return undefined;
    try {
      return readFileSync(path);
    } catch (e) {
      throw new UsageError(`${key}: cannot read ${path} (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    }
  };
  const out: Pick<ClusterOptions, 'tls' | 'sasl'> = {};
  if (protocol.endsWith('SSL')) out.tls = { ca: read('ssl.ca.location'), cert: read('ssl.certificate.location'), key: read('ssl.key.location') };
  if (protocol.startsWith('SASL')) {
    const mechanism = (props['sasl.mechanism'] ?? props['sasl.mechanisms'] ?? 'PLAIN').toUpperCase() as (typeof MECHANISMS)[number];
    if (!MECHANISMS.includes(mechanism)) throw new UsageError(`sasl.mechanism must be one of ${MECHANISMS.join(', ')}, not ${mechanism}`);
    if (props['sasl.username'] === undefined || props['sasl.password'] === undefined) throw new UsageError(`${protocol} needs -X sasl.username=... and -X sasl.password=...`);
    out.sasl = { mechanism, username: props['sasl.username'], password: props['sasl.password'] };
  }
  return out;
}

export class UsageError extends Error {}

/** Wraps a command action: any error becomes one line on stderr and exit code 1. */
export function action<A extends unknown[]>(fn: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await fn(...args);
    } catch (e) {
      process.stderr.write(`samsa: ${describeError(e)}\n`);
      process.exitCode = 1;
      // Open sockets or timers must not keep a failed command alive.
      setTimeout(() => process.exit(1), 100).unref();
    }
  };
}

export function describeError(e: unknown): string {
  if (e instanceof KafkaError) {
    const hint = e.type === 'NETWORK_EXCEPTION' ? ' (is the broker running? set --bootstrap-server or SAMSA_BROKERS)' : '';
    return `${e.message}${hint}`;
  }
  if (e instanceof Error) return e.message;
  return String(e);
}

/** Parses key=value pairs (topic configs, headers). */
export function keyValues(list: string[] | undefined, what: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const kv of list ?? []) {
    const i = kv.indexOf('=');
    if (i <= 0) throw new UsageError(`${what} expects key=value, got "${kv}"`);
    out[kv.slice(0, i)] = kv.slice(i + 1);
  }
  return out;
}

export function positiveInt(v: string, what: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${what} must be a non-negative integer, got "${v}"`);
  return n;
}

/** Prints rows as aligned columns, as rpk and kafka-consumer-groups do. */
export function table(header: string[], rows: Array<Array<string | number>>): string {
  const all = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  return all.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ')).join('\n') + '\n';
}

export { collect };

/** Runs `fn` with an Admin client on the brokers the flags name, closing it afterwards. */
export async function withAdmin(flags: ClientFlags, fn: (admin: Admin) => Promise<void>): Promise<void> {
  const admin = new Admin(clusterOptions(flags));
  try {
    await fn(admin);
  } finally {
    await admin.close();
  }
}
