/**
 * Test certificates made with the openssl command line: a CA, a server certificate for localhost
 * and 127.0.0.1 signed by it, and client certificates (mTLS) with chosen subjects — all PEM, in a
 * temporary directory. `server.pem` holds the key and chain together (ssl.keystore.type=PEM).
 * Needs openssl (Debian: apt-get install openssl).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestCerts {
  dir: string;
  /** The CA certificate (a truststore for clients and for mTLS). */
  caPem: string;
  /** The server key and certificate in one PEM file. */
  serverPem: string;
  serverKey: string;
  serverCert: string;
  /** Makes a client key + certificate signed by the CA with `subject` (e.g. /O=Samsa/OU=eng/CN=alice). */
  client(name: string, subject: string): { key: string; cert: string; pem: string };
  /** A new server certificate (new serial, `cn`) written over serverPem (reload tests). */
  reissueServer(cn: string): void;
}

function openssl(args: string[], cwd: string): void {
  try {
    execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: Buffer };
    if (err.code === 'ENOENT') throw new Error('openssl is needed for the TLS tests: apt-get install openssl');
    throw new Error(`openssl ${args[0]} failed: ${err.stderr?.toString() ?? err.message}`);
  }
}

export function makeTestCerts(): TestCerts {
  const dir = mkdtempSync(join(tmpdir(), 'samsa-certs-'));
  const p = (f: string): string => join(dir, f);
  openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '2', '-subj', '/O=Samsa Test/CN=Samsa Test CA'], dir);
  writeFileSync(p('server.ext'), 'subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1\nextendedKeyUsage=serverAuth\n');
  writeFileSync(p('client.ext'), 'extendedKeyUsage=clientAuth\n');
  const sign = (name: string, subject: string, ext: string): void => {
    openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', subject], dir);
    openssl(['x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', `${name}.crt`, '-days', '2', '-extfile', ext], dir);
    // PKCS#8 keys: what Java's PEM keystore reads.
    openssl(['pkcs8', '-topk8', '-nocrypt', '-in', `${name}.key`, '-out', `${name}.p8.key`], dir);
    writeFileSync(p(`${name}.pem`), readFileSync(p(`${name}.p8.key`), 'utf8') + readFileSync(p(`${name}.crt`), 'utf8'));
  };
  sign('server', '/O=Samsa Test/CN=localhost', 'server.ext');
  return {
    dir,
    caPem: p('ca.crt'),
    serverPem: p('server.pem'),
    serverKey: p('server.p8.key'),
    serverCert: p('server.crt'),
    client(name, subject) {
      sign(name, subject, 'client.ext');
      return { key: p(`${name}.p8.key`), cert: p(`${name}.crt`), pem: p(`${name}.pem`) };
    },
    reissueServer(cn) {
      sign('server-next', `/O=Samsa Test/CN=${cn}`, 'server.ext');
      writeFileSync(p('server.pem'), readFileSync(p('server-next.pem')));
    },
  };
}
