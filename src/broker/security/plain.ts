/**
 * SASL PLAIN (RFC 4616) on the server: one client token `authzid NUL authcid NUL password`,
 * checked against the users of the listener's login config (`user_<name>="<password>"`, as Kafka's
 * PlainLoginModule). An authorization id other than the user is refused, as Kafka refuses it.
 * Passwords are compared in constant time over equal-length digests.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { SaslAuthenticationError, type SaslServer } from './sasl-server.ts';

/** user name → password. */
export type PlainUsers = ReadonlyMap<string, string>;

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

export function createPlainServer(users: () => PlainUsers): SaslServer {
  let complete = false;
  let authorizedId = '';
  return {
    mechanism: 'PLAIN',
    get complete() {
      return complete;
    },
    get authorizedId() {
      return authorizedId;
    },
    evaluate(token: Buffer): Buffer {
      if (complete) throw new SaslAuthenticationError('PLAIN authentication is already complete');
      const parts = token.toString('utf8').split('\u0000');
      if (parts.length !== 3) throw new SaslAuthenticationError('Invalid SASL/PLAIN response: expected 3 tokens separated by NUL');
      const [authzid, user, password] = parts as [string, string, string];
      if (user === '') throw new SaslAuthenticationError('Authentication failed: username not specified');
      if (password === '') throw new SaslAuthenticationError('Authentication failed: password not specified');
      if (authzid !== '' && authzid !== user) throw new SaslAuthenticationError('Authentication failed: Client requested an authorization id that is different from username');
      const expected = users().get(user);
      // Compare against something even for unknown users, so both take the same time.
      const ok = timingSafeEqual(digest(password), digest(expected ?? `\u0000${password}`)) && expected !== undefined;
      if (!ok) throw new SaslAuthenticationError('Authentication failed: Invalid username or password');
      complete = true;
      authorizedId = user;
      return Buffer.alloc(0);
    },
  };
}
