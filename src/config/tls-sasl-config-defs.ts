/**
 * The TLS and SASL properties of listeners, with Kafka's names and defaults. Each may also be given
 * for one listener as `listener.name.<listener>.<property>` (lower-case listener name), which wins
 * over the plain property, as in Kafka; SASL properties may be per mechanism too:
 * `listener.name.<listener>.<mechanism>.sasl.*` (e.g. `...sasl_ssl.plain.sasl.jaas.config`,
 * `...sasl_ssl.oauthbearer.sasl.oauthbearer.jwks.endpoint.url`).
 */
import type { ConfigDef } from './config-def.ts';

export const TLS_SASL_CONFIG_DEFS: readonly ConfigDef[] = [
  // TLS (SSL and SASL_SSL listeners)
  { name: 'ssl.keystore.type', type: 'string', default: 'JKS', doc: 'PEM (a file with the key and certificate chain, or the inline ssl.keystore.key / ssl.keystore.certificate.chain), PKCS12, or JKS when the file is in fact PKCS12 (keytool\'s default since Java 9)', dynamic: true },
  { name: 'ssl.keystore.location', type: 'string', default: null, doc: 'the listener\'s key and certificate: a PEM file (key and chain) or a PKCS12 keystore', dynamic: true },
  { name: 'ssl.keystore.password', type: 'password', default: null, doc: 'password of a PKCS12 keystore', dynamic: true },
  { name: 'ssl.key.password', type: 'password', default: null, doc: 'password of an encrypted PEM private key', dynamic: true },
  { name: 'ssl.keystore.certificate.chain', type: 'password', default: null, doc: 'the certificate chain in PEM, inline (KIP-651); with ssl.keystore.key and ssl.keystore.type=PEM', dynamic: true },
  { name: 'ssl.keystore.key', type: 'password', default: null, doc: 'the private key in PEM, inline (KIP-651)', dynamic: true },
  { name: 'ssl.truststore.type', type: 'string', default: 'JKS', doc: 'PEM or PKCS12 (JKS when the file is in fact PKCS12)', dynamic: true },
  { name: 'ssl.truststore.location', type: 'string', default: null, doc: 'CA certificates that client certificates must chain to (mTLS): a PEM file or a PKCS12 truststore', dynamic: true },
  { name: 'ssl.truststore.password', type: 'password', default: null, doc: 'password of a PKCS12 truststore', dynamic: true },
  { name: 'ssl.truststore.certificates', type: 'password', default: null, doc: 'trusted CA certificates in PEM, inline (KIP-651)', dynamic: true },
  { name: 'ssl.client.auth', type: 'string', default: 'none', oneOf: ['required', 'requested', 'none'], doc: 'client certificates: required (mTLS), requested (checked when given), none', dynamic: true },
  { name: 'ssl.principal.mapping.rules', type: 'string', default: 'DEFAULT', doc: 'RULE:pattern/replacement/[LU] list mapping a client certificate\'s subject (RFC 2253) to the principal name; DEFAULT keeps the subject', dynamic: true },
  { name: 'ssl.enabled.protocols', type: 'list', default: ['TLSv1.2', 'TLSv1.3'], oneOf: ['TLSv1.2', 'TLSv1.3'], doc: 'TLS versions accepted', dynamic: true },
  { name: 'ssl.protocol', type: 'string', default: 'TLSv1.3', doc: 'accepted for compatibility (ssl.enabled.protocols decides)' },
  { name: 'ssl.cipher.suites', type: 'list', default: [], doc: 'TLS 1.2 cipher suites (OpenSSL or IANA names); empty = Node\'s defaults', dynamic: true },
  { name: 'ssl.endpoint.identification.algorithm', type: 'string', default: 'https', doc: 'accepted for compatibility (a client-side check)' },
  { name: 'ssl.keymanager.algorithm', type: 'string', default: 'SunX509', doc: 'accepted for compatibility' },
  { name: 'ssl.trustmanager.algorithm', type: 'string', default: 'PKIX', doc: 'accepted for compatibility' },
  { name: 'ssl.secure.random.implementation', type: 'string', default: null, doc: 'accepted for compatibility' },

  // SASL (SASL_PLAINTEXT and SASL_SSL listeners)
  { name: 'sasl.enabled.mechanisms', type: 'list', default: ['GSSAPI'], doc: 'mechanisms offered: PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER (GSSAPI/Kerberos is not supported; Kafka\'s default names it, so a SASL listener must set this)' },
  { name: 'sasl.mechanism.inter.broker.protocol', type: 'string', default: 'GSSAPI', doc: 'accepted for compatibility' },
  { name: 'sasl.jaas.config', type: 'password', default: null, doc: 'login config for every SASL listener and mechanism without a listener.name.<listener>.<mechanism>.sasl.jaas.config; PLAIN users as user_<name>="<password>"' },
  { name: 'sasl.server.max.receive.size', type: 'int', default: 524_288, min: 1, doc: 'largest SASL token accepted before authentication' },
  { name: 'connections.max.reauth.ms', type: 'long', default: 0, min: 0, doc: 'SASL sessions last at most this long, then the client must re-authenticate (KIP-368); 0 = forever' },
  { name: 'connection.failed.authentication.delay.ms', type: 'int', default: 100, min: 0, doc: 'a failed authentication is answered (and the connection closed) after this delay' },
  { name: 'sasl.server.callback.handler.class', type: 'string', default: null, doc: 'OAUTHBEARER: org.apache.kafka.common.security.oauthbearer.OAuthBearerValidatorCallbackHandler asks for JWT validation (then sasl.oauthbearer.jwks.endpoint.url is required); other mechanisms: accepted for compatibility' },
  { name: 'principal.builder.class', type: 'string', default: null, doc: 'accepted for compatibility (principals are User:<name>)' },
  { name: 'sasl.oauthbearer.jwks.endpoint.url', type: 'string', default: null, doc: 'OAUTHBEARER: JWKS of the token issuer (file: or http(s)://loopback URL); when set, tokens must be JWTs signed by its keys; unset = Kafka\'s unsecured validator (alg none tokens, for development)' },
  { name: 'sasl.oauthbearer.expected.issuer', type: 'string', default: null, doc: 'OAUTHBEARER: required iss claim' },
  { name: 'sasl.oauthbearer.expected.audience', type: 'list', default: null, doc: 'OAUTHBEARER: the aud claim must name one of these' },
  { name: 'sasl.oauthbearer.sub.claim.name', type: 'string', default: 'sub', doc: 'OAUTHBEARER: the claim naming the principal' },
  { name: 'sasl.oauthbearer.scope.claim.name', type: 'string', default: 'scope', doc: 'OAUTHBEARER: the scope claim' },
  { name: 'sasl.oauthbearer.clock.skew.seconds', type: 'int', default: 30, min: 0, doc: 'OAUTHBEARER: clock skew allowed on exp/nbf/iat' },
  { name: 'sasl.oauthbearer.jwks.endpoint.refresh.ms', type: 'long', default: 3_600_000, min: 1, doc: 'OAUTHBEARER: how often the JWKS is read again' },
];

/** Mechanisms Samsa serves. */
export const SASL_MECHANISMS = ['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512', 'OAUTHBEARER'] as const;
