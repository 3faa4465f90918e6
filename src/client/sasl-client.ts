/**
 * The client side of SASL for Samsa's client: the mechanisms a Kafka client offers (PLAIN,
 * SCRAM-SHA-256/512 per RFC 5802 / 7677, OAUTHBEARER with a token the application supplies), each
 * as a sequence of tokens answered by the broker's SaslAuthenticate replies.
 */
import { createHash, createHmac, pbkdf2Sync, randomBytes, timingSafeEqual } from 'node:crypto';

export interface SaslOptions {
  mechanism: 'PLAIN' | 'SCRAM-SHA-256' | 'SCRAM-SHA-512' | 'OAUTHBEARER';
  username?: string;
  password?: string;
  /** OAUTHBEARER: the token (a JWT), or a function giving a fresh one for each (re-)authentication. */
  token?: string | (() => string | Promise<string>);
}

/** One exchange: `first()` is the first token; `next(reply)` the following one, or null when done. */
export interface SaslClientExchange {
  first(): Promise<Buffer> | Buffer;
  next(serverReply: Buffer): Buffer | null;
}

export function saslExchange(opts: SaslOptions): SaslClientExchange {
  const need = (v: string | undefined, what: string): string => {
    if (v === undefined) throw new Error(`SASL ${opts.mechanism} needs a ${what}`);
    return v;
  };
  switch (opts.mechanism) {
    case 'PLAIN':
      return { first: () => Buffer.from(`\u0000${need(opts.username, 'username')}\u0000${need(opts.password, 'password')}`, 'utf8'), next: () => null };
    case 'OAUTHBEARER':
      return {
        async first() {
          const token = typeof opts.token === 'function' ? await opts.token() : need(opts.token, 'token');
          return Buffer.from(`n,,\u0001auth=Bearer ${token}\u0001\u0001`, 'utf8');
        },
        next: () => null,
      };
    case 'SCRAM-SHA-256':
    case 'SCRAM-SHA-512':
      return scramExchange(opts.mechanism === 'SCRAM-SHA-256' ? 'sha256' : 'sha512', need(opts.username, 'username'), need(opts.password, 'password'));
  }
}

const saslName = (s: string): string => s.replaceAll('=', '=3D').replaceAll(',', '=2C');

function scramExchange(hash: 'sha256' | 'sha512', user: string, password: string): SaslClientExchange {
  const nonce = randomBytes(24).toString('base64');
  const clientFirstBare = `n=${saslName(user)},r=${nonce}`;
  let serverSignature: Buffer | null = null;
  return {
    first: () => Buffer.from(`n,,${clientFirstBare}`, 'utf8'),
    next(reply) {
      const text = reply.toString('utf8');
      const attrs = new Map(text.split(',').map((p) => [p.slice(0, 1), p.slice(2)] as const));
      if (serverSignature === null) {
        const r = attrs.get('r');
        const salt = attrs.get('s');
        const i = Number(attrs.get('i'));
        if (!r || !r.startsWith(nonce) || !salt || !Number.isInteger(i) || i < 1) throw new Error(`bad SCRAM server-first message: ${text}`);
        const salted = pbkdf2Sync(password, Buffer.from(salt, 'base64'), i, hash === 'sha256' ? 32 : 64, hash);
        const clientKey = createHmac(hash, salted).update('Client Key').digest();
        const storedKey = createHash(hash).update(clientKey).digest();
        const withoutProof = `c=biws,r=${r}`;
        const authMessage = `${clientFirstBare},${text},${withoutProof}`;
        const signature = createHmac(hash, storedKey).update(authMessage).digest();
        const proof = Buffer.from(clientKey.map((b, k) => b ^ signature[k]!));
        serverSignature = createHmac(hash, createHmac(hash, salted).update('Server Key').digest()).update(authMessage).digest();
        return Buffer.from(`${withoutProof},p=${proof.toString('base64')}`, 'utf8');
      }
      const v = attrs.get('v');
      if (attrs.has('e')) throw new Error(`SCRAM authentication failed: ${attrs.get('e')}`);
      const theirs = Buffer.from(v ?? '', 'base64');
      if (theirs.length !== serverSignature.length || !timingSafeEqual(theirs, serverSignature)) throw new Error('the broker\'s SCRAM signature does not match: not the server the credentials belong to');
      return null;
    },
  };
}
