/**
 * The security of one configured listener, from its security protocol: TLS settings for SSL and
 * SASL_SSL, the SASL set-up for SASL_PLAINTEXT and SASL_SSL, the certificate-to-principal rules for
 * SSL. Read when the broker starts, so a listener that cannot work fails the start with one line.
 */
import type { BrokerConfig } from '../../config/broker-config.ts';
import type { ListenerAddress } from '../../config/listeners.ts';
import type { ListenerSecurity } from '../listener.ts';
import { parseMappingRules } from './principal-mapping.ts';
import { saslListenerConfig, type MechanismServices } from './sasl-mechanisms.ts';
import { SaslSession } from './sasl-session.ts';
import { tlsListenerSettings } from './tls-context.ts';

export function listenerSecurity(config: BrokerConfig, l: ListenerAddress, services: MechanismServices): ListenerSecurity {
  const protocol = l.securityProtocol;
  const security: ListenerSecurity = { identity: { name: l.name, securityProtocol: protocol } };
  if (protocol === 'SSL' || protocol === 'SASL_SSL') {
    tlsListenerSettings(config, l.name); // fail now, not at the first connection
    security.tls = () => tlsListenerSettings(config, l.name);
  }
  if (protocol === 'SSL') security.principalRules = parseMappingRules(String(config.listenerValue(l.name, 'ssl.principal.mapping.rules') ?? 'DEFAULT'));
  if (protocol === 'SASL_PLAINTEXT' || protocol === 'SASL_SSL') {
    const sasl = saslListenerConfig(config, l.name, services);
    security.sasl = () => new SaslSession(sasl);
  }
  return security;
}
