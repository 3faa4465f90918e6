/**
 * Interop: the SCRAM code of real clients — kafka-clients' ScramSaslClient (Java, 4.4: the Java
 * client and Kafka's tools) and kafka-python's ScramClient (Debian's 2.0.2) — against Samsa's
 * SCRAM server (createScramServer), token by token over the probes' stdin/stdout: both mechanisms
 * succeed and each client checks the server's signature (a wrong one is caught); a wrong password
 * and an unknown user are refused alike. (The same over a socket comes with the broker's SASL stage.)
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { before, test } from 'node:test';
import type { SaslServer } from '../../src/broker/security/sasl-server.ts';
import { credentialFromPassword, scramMechanism, type ScramMechanismName } from '../../src/broker/security/scram-credential.ts';
import { createScramServer } from '../../src/broker/security/scram-server.ts';
import { baseJvmArgs, compileJavaPrograms, javaClasspath } from './java-tools.ts';
import { PYTHON, requireTool } from './run-process.ts';

interface Exchange {
  /** The probe's last line: "complete" or "error <message>". */
  client: string;
  /** The server's failure message, if it refused. */
  serverError: string | null;
  server: SaslServer;
}

/** Relays tokens between a probe process (base64 lines) and a fresh SCRAM server. */
function exchange(cmd: string, args: string[], server: SaslServer): Promise<Exchange> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    let serverError: string | null = null;
    let last = '';
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      last = line;
      if (line === 'complete' || line.startsWith('error ')) return;
      Promise.resolve()
        .then(() => server.evaluate(Buffer.from(line, 'base64')))
        .then((reply) => child.stdin.write(reply.toString('base64') + '\n'))
        .catch((e: Error) => {
          serverError = e.message;
          child.stdin.end();
        });
    });
    child.on('error', reject);
    child.on('close', () => {
      clearTimeout(timer);
      if (!last) reject(new Error(`${cmd} printed nothing: ${stderr}`));
      else resolve({ client: last, serverError, server });
    });
  });
}

const USERS: Record<ScramMechanismName, Map<string, ReturnType<typeof credentialFromPassword>>> = {
  'SCRAM-SHA-256': new Map([['alice', credentialFromPassword(scramMechanism('SCRAM-SHA-256')!, 'alice-secret', 8192)]]),
  'SCRAM-SHA-512': new Map([['alice', credentialFromPassword(scramMechanism('SCRAM-SHA-512')!, 'alice-secret', 4096)]]),
};
const server = (mech: ScramMechanismName) => createScramServer(mech, (u) => USERS[mech].get(u) ?? null);

/** A server whose server-final signature is off by one bit: a client that checks must refuse it. */
function lyingServer(mech: ScramMechanismName): SaslServer {
  const real = server(mech);
  return Object.assign(Object.create(real) as SaslServer, {
    async evaluate(token: Buffer) {
      const reply = Buffer.from(await real.evaluate(token));
      if (reply.toString().startsWith('v=')) {
        const sig = Buffer.from(reply.toString().slice(2), 'base64');
        sig[0] ^= 1;
        return Buffer.from(`v=${sig.toString('base64')}`);
      }
      return reply;
    },
  });
}

type Run = (mech: ScramMechanismName, user: string, password: string, srv?: SaslServer) => Promise<Exchange>;
const probes: { name: string; run: Run }[] = [
  {
    name: 'kafka-clients ScramSaslClient',
    run: (mech, user, password, srv) => exchange('java', [...baseJvmArgs(), '-cp', javaClasspath(), 'ScramClientProbe', mech, user, password], srv ?? server(mech)),
  },
  {
    name: 'kafka-python ScramClient',
    run: (mech, user, password, srv) => exchange(PYTHON, [new URL('./python/scram_client_probe.py', import.meta.url).pathname, mech, user, password], srv ?? server(mech)),
  },
];

before(() => {
  compileJavaPrograms();
  requireTool(PYTHON, ['-c', 'import kafka.scram'], 'apt-get install -y python3-kafka');
});

for (const p of probes) {
  for (const mech of ['SCRAM-SHA-256', 'SCRAM-SHA-512'] as const) {
    test(`${p.name}, ${mech}: authenticates, and verifies the server's signature`, async () => {
      const r = await p.run(mech, 'alice', 'alice-secret');
      assert.equal(r.serverError, null);
      assert.equal(r.client, 'complete');
      assert.equal(r.server.complete, true);
      assert.equal(r.server.authorizedId, 'alice');
    });
  }

  test(`${p.name}: a wrong password and an unknown user are refused alike`, async () => {
    const wrong = await p.run('SCRAM-SHA-256', 'alice', 'not-it');
    const unknown = await p.run('SCRAM-SHA-256', 'mallory', 'alice-secret');
    for (const r of [wrong, unknown]) {
      assert.equal(r.server.complete, false);
      assert.notEqual(r.client, 'complete');
    }
    assert.match(wrong.serverError ?? '', /invalid credentials/);
    assert.equal(unknown.serverError, wrong.serverError);
  });

  test(`${p.name}: the probe really checks the server's signature (a wrong one is an error)`, async () => {
    const r = await p.run('SCRAM-SHA-256', 'alice', 'alice-secret', lyingServer('SCRAM-SHA-256'));
    assert.equal(r.serverError, null);
    assert.match(r.client, /^error /);
  });
}
