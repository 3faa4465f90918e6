/**
 * The TLS side of an SSL or SASL_SSL listener, from Kafka's ssl.* properties (per listener:
 * `listener.name.<l>.ssl.*`): the key and certificate chain from a PEM file, inline PEM (KIP-651) or
 * a PKCS12 keystore; the CAs client certificates must chain to; ssl.client.auth; the TLS versions
 * and cipher suites. JKS keystores are read when they are PKCS12 inside (keytool's default since
 * Java 9); a real JKS file is a one-line error naming the PEM alternative. The files are watched:
 * when they change the listener takes the new certificates for new connections, without a restart.
 */
import { readFileSync, unwatchFile, watchFile } from 'node:fs';
import { createSecureContext, type SecureContextOptions, type TlsOptions } from 'node:tls';
import { ConfigError } from '../../config/config-def.ts';
import type { BrokerConfig } from '../../config/broker-config.ts';

export interface TlsListenerSettings {
  /** What tls.createServer / setSecureContext take. */
  options: TlsOptions;
  /** ssl.client.auth */
  clientAuth: 'required' | 'requested' | 'none';
  /** Files the options were read from (watched for changes). */
  files: string[];
}

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g;

function blocks(pem: string, kind: 'key' | 'cert'): string[] {
  return [...pem.matchAll(PEM_BLOCK)].filter((m) => (kind === 'cert' ? m[1] === 'CERTIFICATE' : m[1]!.endsWith('PRIVATE KEY'))).map((m) => m[0]);
}

function readFile(path: string, key: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    throw new ConfigError(key, `cannot read ${key} ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
}

/** Reads a listener's TLS settings; throws ConfigError naming the property that is wrong. */
export function tlsListenerSettings(config: BrokerConfig, listener: string): TlsListenerSettings {
  const v = (name: string): string | null => {
    const x = config.listenerValue(listener, name);
    return x === null ? null : Array.isArray(x) ? x.join(',') : String(x);
  };
  const files: string[] = [];
  const options: SecureContextOptions = {};
  const ksType = (v('ssl.keystore.type') ?? 'JKS').toUpperCase();
  const ksLocation = v('ssl.keystore.location');
  const inlineChain = v('ssl.keystore.certificate.chain');
  const inlineKey = v('ssl.keystore.key');
  if (inlineChain !== null || inlineKey !== null) {
    if (inlineChain === null || inlineKey === null) throw new ConfigError('ssl.keystore.key', `listener ${listener}: ssl.keystore.key and ssl.keystore.certificate.chain go together`);
    options.cert = inlineChain;
    options.key = inlineKey;
    options.passphrase = v('ssl.key.password') ?? undefined;
  } else if (ksLocation === null) {
    throw new ConfigError('ssl.keystore.location', `listener ${listener} uses TLS but has no certificate: set ssl.keystore.location (with ssl.keystore.type=PEM: a file with the private key and the certificate chain)`);
  } else if (ksType === 'PEM') {
    const text = readFile(ksLocation, 'ssl.keystore.location').toString('utf8');
    const keys = blocks(text, 'key');
    const certs = blocks(text, 'cert');
    if (keys.length !== 1 || certs.length === 0) {
      throw new ConfigError('ssl.keystore.location', `${ksLocation} must hold one private key and the certificate chain in PEM (found ${keys.length} keys, ${certs.length} certificates)`);
    }
    options.key = keys[0];
    options.cert = certs.join('\n');
    options.passphrase = v('ssl.key.password') ?? undefined;
    files.push(ksLocation);
  } else if (ksType === 'PKCS12' || ksType === 'JKS') {
    options.pfx = readFile(ksLocation, 'ssl.keystore.location');
    options.passphrase = v('ssl.keystore.password') ?? undefined;
    files.push(ksLocation);
  } else {
    throw new ConfigError('ssl.keystore.type', `ssl.keystore.type=${ksType} is not supported; use PEM or PKCS12`);
  }
  const tsType = (v('ssl.truststore.type') ?? 'JKS').toUpperCase();
  const tsLocation = v('ssl.truststore.location');
  const inlineCas = v('ssl.truststore.certificates');
  if (inlineCas !== null) {
    options.ca = blocks(inlineCas, 'cert');
  } else if (tsLocation !== null) {
    if (tsType !== 'PEM') {
      throw new ConfigError('ssl.truststore.type', `ssl.truststore.type=${tsType} is not supported; use ssl.truststore.type=PEM with the CA certificates in a PEM file`);
    }
    options.ca = blocks(readFile(tsLocation, 'ssl.truststore.location').toString('utf8'), 'cert');
    if (options.ca.length === 0) throw new ConfigError('ssl.truststore.location', `${tsLocation} holds no PEM certificate`);
    files.push(tsLocation);
  }
  const protocols = config.listenerValue(listener, 'ssl.enabled.protocols');
  const versions = (Array.isArray(protocols) ? protocols : ['TLSv1.2', 'TLSv1.3']).sort() as ('TLSv1.2' | 'TLSv1.3')[];
  if (versions.length === 0) throw new ConfigError('ssl.enabled.protocols', 'ssl.enabled.protocols is empty');
  options.minVersion = versions[0];
  options.maxVersion = versions[versions.length - 1];
  const ciphers = config.listenerValue(listener, 'ssl.cipher.suites');
  if (Array.isArray(ciphers) && ciphers.length > 0) options.ciphers = ciphers.join(':');
  try {
    createSecureContext(options);
  } catch (e) {
    const msg = (e as Error).message;
    if (options.pfx && ksType === 'JKS') {
      throw new ConfigError('ssl.keystore.location', `${ksLocation} is not readable as PKCS12 (${msg}): a JKS keystore cannot be read; convert it with keytool -importkeystore -deststoretype PKCS12, or use ssl.keystore.type=PEM`);
    }
    throw new ConfigError('ssl.keystore.location', `listener ${listener}: the TLS key material is not usable: ${msg}`);
  }
  const clientAuth = (v('ssl.client.auth') ?? 'none') as TlsListenerSettings['clientAuth'];
  if (clientAuth !== 'none' && !options.ca) {
    throw new ConfigError('ssl.client.auth', `listener ${listener}: ssl.client.auth=${clientAuth} needs the CAs of client certificates (ssl.truststore.location or ssl.truststore.certificates)`);
  }
  return {
    options: { ...options, requestCert: clientAuth !== 'none', rejectUnauthorized: clientAuth === 'required' },
    clientAuth,
    files,
  };
}

/**
 * Calls `onChange` when any of `files` changes (polled every `intervalMs`); returns the stop. Reads
 * of half-written files fail and are retried at the next change, so the old context stays.
 */
export function watchTlsFiles(files: readonly string[], onChange: () => void, intervalMs = 1000): () => void {
  const listener = (cur: { mtimeMs: number }, prev: { mtimeMs: number }): void => {
    if (cur.mtimeMs !== prev.mtimeMs) onChange();
  };
  for (const f of files) watchFile(f, { interval: intervalMs, persistent: false }, listener);
  return () => {
    for (const f of files) unwatchFile(f, listener);
  };
}
