/**
 * How a SASL listener authenticates, from the broker's config: the mechanisms of
 * `sasl.enabled.mechanisms` (per listener: `listener.name.<l>.sasl.enabled.mechanisms`) and, per
 * mechanism, its login config `listener.name.<l>.<mechanism>.sasl.jaas.config` (else
 * `sasl.jaas.config`). PLAIN reads its users from that config; SCRAM reads the credentials the
 * metadata store holds; other mechanisms register a factory here. Checked when the broker starts,
 * so a bad set-up is a one-line error, not a failing handshake later.
 */
import { ConfigError } from '../../config/config-def.ts';
import type { BrokerConfig } from '../../config/broker-config.ts';
import { SASL_MECHANISMS } from '../../config/tls-sasl-config-defs.ts';
import { parseJaasConfig, type JaasEntry } from './jaas.ts';
import { createPlainServer } from './plain.ts';
import { createOAuthBearerServer, jwksSource, type OAuthValidation } from './oauthbearer.ts';
import type { SaslServer } from './sasl-server.ts';
import type { SaslListenerConfig } from './sasl-session.ts';
import { scramServerFactory, type ScramCredentialSource } from './scram-server.ts';

/** What mechanisms read from the running broker: SCRAM, the metadata store's credentials. */
export interface MechanismServices {
  scram: ScramCredentialSource;
}

/** Makes one mechanism's server for a listener: given its login config (null when none is set). */
export type MechanismFactory = (login: JaasEntry | null, listener: string, config: BrokerConfig, services: MechanismServices) => () => SaslServer;

/** Mechanisms beyond PLAIN, registered by their modules (SCRAM, OAUTHBEARER). */
export const MECHANISM_FACTORIES = new Map<string, MechanismFactory>();

MECHANISM_FACTORIES.set('PLAIN', (login, listener) => {
  const key = loginKey(listener, 'PLAIN');
  if (!login) throw new ConfigError(key, `listener ${listener} enables PLAIN but has no login config: set ${key} with user_<name>="<password>" entries`);
  const users = new Map<string, string>();
  for (const [k, v] of login.options) if (k.startsWith('user_')) users.set(k.slice(5), v);
  if (users.size === 0) throw new ConfigError(key, `${key} has no user_<name>="<password>" entry: no one could log in`);
  return () => createPlainServer(() => users);
});

// SCRAM (KIP-84): credentials from AlterUserScramCredentials or `samsa broker format --add-scram`,
// read at each handshake; the login config (ScramLoginModule) has no options the broker uses.
for (const m of ['SCRAM-SHA-256', 'SCRAM-SHA-512'] as const) {
  MECHANISM_FACTORIES.set(m, (_login, _listener, _config, services) => scramServerFactory(m, services.scram));
}

MECHANISM_FACTORIES.set('OAUTHBEARER', (login, listener, config) => {
  const value = (k: string) => config.listenerValue(listener, k, 'OAUTHBEARER');
  const str = (k: string): string | null => {
    const x = value(k);
    return x === null ? null : String(x);
  };
  const jwks = str('sasl.oauthbearer.jwks.endpoint.url');
  if (jwks === null && /OAuthBearerValidatorCallbackHandler$/.test(str('sasl.server.callback.handler.class') ?? '')) {
    throw new ConfigError('sasl.oauthbearer.jwks.endpoint.url', `listener ${listener}: OAuthBearerValidatorCallbackHandler validates JWTs against sasl.oauthbearer.jwks.endpoint.url, which is not set`);
  }
  const audience = value('sasl.oauthbearer.expected.audience');
  const opt = (k: string): string | undefined => login?.options.get(k);
  const validation: OAuthValidation = {
    keys: jwks === null ? null : jwksSource(jwks, Number(value('sasl.oauthbearer.jwks.endpoint.refresh.ms'))),
    issuer: str('sasl.oauthbearer.expected.issuer'),
    audience: Array.isArray(audience) ? audience : null,
    subClaim: jwks === null ? (opt('unsecuredValidatorPrincipalClaimName') ?? 'sub') : (str('sasl.oauthbearer.sub.claim.name') ?? 'sub'),
    scopeClaim: jwks === null ? (opt('unsecuredValidatorScopeClaimName') ?? 'scope') : (str('sasl.oauthbearer.scope.claim.name') ?? 'scope'),
    requiredScopes: (opt('unsecuredValidatorRequiredScope') ?? '').split(',').map((x) => x.trim()).filter((x) => x !== ''),
    clockSkewMs: jwks === null && opt('unsecuredValidatorAllowableClockSkewMs') !== undefined ? Number(opt('unsecuredValidatorAllowableClockSkewMs')) : Number(value('sasl.oauthbearer.clock.skew.seconds')) * 1000,
  };
  return () => createOAuthBearerServer(validation);
});

function loginKey(listener: string, mechanism: string): string {
  return `listener.name.${listener.toLowerCase()}.${mechanism.toLowerCase()}.sasl.jaas.config`;
}

/** The login config of `mechanism` on `listener`, or null. */
function loginFor(config: BrokerConfig, listener: string, mechanism: string): JaasEntry | null {
  const key = loginKey(listener, mechanism);
  const text = config.isSet(key) ? config.str(key) : config.str('sasl.jaas.config');
  return text === null ? null : parseJaasConfig(text, config.isSet(key) ? key : 'sasl.jaas.config');
}

/** The SASL set-up of one listener; throws ConfigError for an unusable one. */
export function saslListenerConfig(config: BrokerConfig, listener: string, services: MechanismServices): SaslListenerConfig {
  const raw = config.listenerValue(listener, 'sasl.enabled.mechanisms');
  const mechanisms = (Array.isArray(raw) ? raw : []).map((m) => m.toUpperCase());
  const key = 'sasl.enabled.mechanisms';
  if (mechanisms.length === 0) throw new ConfigError(key, `listener ${listener} is a SASL listener but ${key} is empty`);
  const factories = new Map<string, () => SaslServer>();
  for (const m of mechanisms) {
    if (m === 'GSSAPI') {
      throw new ConfigError(key, `listener ${listener}: GSSAPI (Kerberos) is not supported; set ${key} to some of ${SASL_MECHANISMS.join(', ')} (Kafka's default is GSSAPI)`);
    }
    const factory = MECHANISM_FACTORIES.get(m);
    if (!factory) throw new ConfigError(key, `listener ${listener}: unknown SASL mechanism ${m}; use some of ${SASL_MECHANISMS.join(', ')}`);
    factories.set(m, factory(loginFor(config, listener, m), listener, config, services));
  }
  return {
    mechanisms,
    newServer: (m) => factories.get(m)!(),
    maxReauthMs: Number(config.listenerValue(listener, 'connections.max.reauth.ms')),
    failureDelayMs: config.int('connection.failed.authentication.delay.ms'),
    maxTokenBytes: Number(config.listenerValue(listener, 'sasl.server.max.receive.size')),
  };
}
