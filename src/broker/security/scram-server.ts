/**
 * The server side of SCRAM-SHA-256 and SCRAM-SHA-512 (RFC 5802, RFC 7677; Kafka's KIP-84) as a
 * SaslServer: two client tokens, two replies.
 *
 *   client-first ─▶ server-first (client nonce + our nonce, the user's salt and iterations)
 *   client-final ─▶ proof checked against StoredKey ─▶ server-final (v=ServerSignature), complete
 *
 * As Kafka's ScramSaslServer: no channel binding ("p=" refused; RFC 5802's "y" flag, which Kafka
 * refuses, is accepted since the server indeed offers none), an authorization id must be the user
 * itself, and `tokenauth` (delegation tokens, KIP-48) is refused since Samsa has no delegation tokens. Unlike Kafka, an unknown user is not refused at the first message: it gets a
 * made-up credential (a salt of Kafka's shape derived from the name with a per-process secret, so it
 * is the same on every try; 4096 iterations, Kafka's default) and fails at the proof with the same
 * message as a wrong password, after the same work.
 *
 * What the client is told is Kafka's: every failure but one gets the same message ("...due to invalid
 * credentials with SASL mechanism ..."), whether the proof was wrong, the user unknown, the nonce
 * not ours or the message malformed — clients and tests match on it, and it tells an attacker
 * nothing. The one exception, as in Kafka, is an authorization id that is not the user. What was
 * really wrong is the error's `cause` (a ScramRefusal, a ScramFormatError, or what the credential
 * lookup threw), for the broker's log, never for the wire.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { SaslAuthenticationError, type SaslServer } from './sasl-server.ts';
import { hash, hmac, kafkaStyleSalt, scramMechanism, type ScramCredential, type ScramMechanism, type ScramMechanismName } from './scram-credential.ts';
import { formatServerFinal, formatServerFirst, parseClientFinal, parseClientFirst, type ClientFirst } from './scram-messages.ts';

/** Looks up a user's credential for the mechanism; null when the user has none. */
export type ScramCredentialLookup = (user: string) => ScramCredential | null;

/** Why an exchange failed, for logs: the `cause` of the SaslAuthenticationError the client gets. */
export class ScramRefusal extends Error {
  override readonly name = 'ScramRefusal';
}

/** Kafka's wording for a failed exchange (SaslServerAuthenticator), the same for every reason. */
export function invalidCredentialsMessage(mechanism: string): string {
  return `Authentication failed during authentication due to invalid credentials with SASL mechanism ${mechanism}`;
}

/** Keys the made-up credentials of unknown users; new each process, never stored. */
const FAKE_SECRET = randomBytes(32);

type State = 'first' | 'final' | 'complete' | 'failed';

class ScramServer implements SaslServer {
  private state: State = 'first';
  private user = '';
  private clientFirst: ClientFirst | null = null;
  private serverFirst = '';
  private nonce = '';
  private credential: ScramCredential | null = null;
  private known = false;

  constructor(
    private readonly mech: ScramMechanism,
    private readonly lookup: ScramCredentialLookup,
    private readonly serverNonce: () => string,
  ) {}

  get mechanism(): string {
    return this.mech.name;
  }

  get complete(): boolean {
    return this.state === 'complete';
  }

  get authorizedId(): string {
    return this.state === 'complete' ? this.user : '';
  }

  readonly credentialLifetimeMs = null;

  evaluate(token: Buffer): Buffer {
    try {
      if (this.state === 'first') return this.first(token);
      if (this.state === 'final') return this.final(token);
      throw new ScramRefusal(`a token after the ${this.mech.name} exchange ${this.state === 'complete' ? 'completed' : 'failed'}`);
    } catch (e) {
      this.state = 'failed';
      this.credential = null;
      if (e instanceof SaslAuthenticationError) throw e;
      // Malformed messages (ScramFormatError), refusals, and anything else bad input provoked.
      throw new SaslAuthenticationError(invalidCredentialsMessage(this.mech.name), { cause: e });
    }
  }

  private first(token: Buffer): Buffer {
    const cf = parseClientFirst(token);
    if (cf.authzid !== '' && cf.authzid !== cf.username) {
      throw new SaslAuthenticationError('Authentication failed: Client requested an authorization id that is different from username');
    }
    if (cf.extensions.get('tokenauth')?.toLowerCase() === 'true') {
      throw new ScramRefusal('delegation tokens (tokenauth) are not supported by this broker');
    }
    const stored = this.lookup(cf.username);
    this.known = stored !== null && stored.iterations >= this.mech.minIterations;
    const cred = this.known ? stored! : this.fakeCredential(cf.username);
    this.credential = cred;
    this.user = cf.username;
    this.clientFirst = cf;
    this.nonce = cf.nonce + this.serverNonce();
    this.serverFirst = formatServerFirst(this.nonce, cred.salt, cred.iterations);
    this.state = 'final';
    return Buffer.from(this.serverFirst, 'utf8');
  }

  private final(token: Buffer): Buffer {
    const cf = this.clientFirst!;
    const fin = parseClientFinal(token);
    // RFC 5802 §5.1, and Kafka 4 since CVE-2024-56128: exactly the nonce of the server-first message.
    if (fin.nonce !== this.nonce) throw new ScramRefusal('the nonce of the client-final message is not the one the server sent');
    // RFC 5802 §7: c= is the base64 of the gs2 header ("biws" for "n,,").
    if (!fin.channelBinding.equals(Buffer.from(cf.gs2Header, 'utf8'))) {
      throw new ScramRefusal('the channel binding (c=) does not match the gs2 header of the first message');
    }
    const cred = this.credential!;
    const authMessage = Buffer.from(`${cf.bare},${this.serverFirst},${fin.withoutProof}`, 'utf8');
    const clientSignature = hmac(this.mech, cred.storedKey, authMessage);
    // ClientKey = ClientProof XOR ClientSignature; the proof is right when H(ClientKey) = StoredKey.
    const clientKey = Buffer.alloc(clientSignature.length);
    for (let i = 0; i < clientKey.length; i++) clientKey[i] = clientSignature[i]! ^ (fin.proof[i] ?? 0);
    const computed = hash(this.mech, clientKey);
    // Compared in constant time; lengths are not secret (a stored key of another length never matches).
    const match = cred.storedKey.length === computed.length && timingSafeEqual(computed, cred.storedKey);
    // One reason for a wrong password and an unknown user alike.
    if (!match || !this.known || fin.proof.length !== clientSignature.length) throw new ScramRefusal('the client proof does not match a credential of the user');
    const reply = formatServerFinal(hmac(this.mech, cred.serverKey, authMessage));
    this.credential = null;
    this.clientFirst = null;
    this.state = 'complete';
    return Buffer.from(reply, 'utf8');
  }

  /** A credential shaped like a real one, with a salt that stays the same for this name. */
  private fakeCredential(user: string): ScramCredential {
    const salt = kafkaStyleSalt(hmac(this.mech, FAKE_SECRET, `salt:${user}`));
    const key = hmac(this.mech, FAKE_SECRET, `key:${user}`);
    return { salt, iterations: this.mech.minIterations, storedKey: key, serverKey: key };
  }
}

export interface ScramServerOptions {
  /** The server's part of the nonce (tests replay RFC 7677's exchange); default 24 random bytes. */
  serverNonce?: () => string;
}

/**
 * A fresh SCRAM exchange for one SaslHandshake. `credentials` is called once, with the user name of
 * the client-first message, and returns that user's credential for this mechanism or null.
 */
export function createScramServer(mechanism: ScramMechanismName, credentials: ScramCredentialLookup, opts: ScramServerOptions = {}): SaslServer {
  const mech = scramMechanism(mechanism);
  if (!mech) throw new Error(`not a SCRAM mechanism: ${mechanism}`);
  return new ScramServer(mech, credentials, opts.serverNonce ?? (() => randomBytes(24).toString('base64url')));
}

/** Where SCRAM credentials are read from: the MetadataStore has this method. */
export interface ScramCredentialSource {
  scramCredential(user: string, mechanism: ScramMechanismName): ScramCredential | null;
}

/**
 * What a SASL listener needs per SCRAM mechanism: a fresh exchange per handshake, reading the
 * store's credentials at that moment (so AlterUserScramCredentials applies to the next login).
 */
export function scramServerFactory(mechanism: ScramMechanismName, store: ScramCredentialSource): () => SaslServer {
  return () => createScramServer(mechanism, (user) => store.scramCredential(user, mechanism));
}
