/**
 * Listener addresses as Kafka writes them: `NAME://host:port`, host may be empty (here: localhost),
 * an IPv6 literal in brackets, or a name. NAME maps to a security protocol through
 * listener.security.protocol.map; only PLAINTEXT is served for now.
 */
import { ConfigError } from './config-def.ts';

export interface ListenerAddress {
  name: string;
  securityProtocol: string;
  /** '' when the listener names no host. */
  host: string;
  port: number;
}

const LISTENER_RE = /^([A-Za-z0-9_-]+):\/\/(\[[0-9a-fA-F:.]+\]|[^:/\[\]]*):(\d+)$/;

export function parseProtocolMap(text: string, key = 'listener.security.protocol.map'): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of text.split(',').map((s) => s.trim()).filter((s) => s !== '')) {
    const [name, proto, extra] = part.split(':');
    if (!name || !proto || extra !== undefined) throw new ConfigError(key, `${key} entry "${part}" is not NAME:PROTOCOL`);
    map.set(name.toUpperCase(), proto.toUpperCase());
  }
  return map;
}

export function parseListeners(items: readonly string[], protocolMap: Map<string, string>, key: string): ListenerAddress[] {
  const out: ListenerAddress[] = [];
  for (const item of items) {
    const m = LISTENER_RE.exec(item.trim());
    if (!m) throw new ConfigError(key, `${key} entry "${item}" is not NAME://host:port (e.g. PLAINTEXT://localhost:9092)`);
    const name = m[1]!.toUpperCase();
    const port = Number(m[3]);
    if (port > 65535) throw new ConfigError(key, `${key} entry "${item}" has port ${port} above 65535`);
    const securityProtocol = protocolMap.get(name) ?? name;
    let host = m[2]!;
    if (host.startsWith('[')) host = host.slice(1, -1);
    if (out.some((l) => l.name === name)) throw new ConfigError(key, `${key} names listener ${name} twice`);
    out.push({ name, securityProtocol, host, port });
  }
  return out;
}
