/**
 * The authorisation properties, with Kafka's names and defaults. `authorizer.class.name` takes
 * Kafka's `org.apache.kafka.metadata.authorizer.StandardAuthorizer` or Samsa's name for the same
 * authoriser, `samsa.security.StandardAuthorizer` (src/broker/security/acl-authorizer.ts); empty
 * means no authoriser (every request allowed, the ACL APIs answer SECURITY_DISABLED).
 */
import { ConfigError, type ConfigDef } from './config-def.ts';

export const ACL_CONFIG_DEFS: readonly ConfigDef[] = [
  { name: 'authorizer.class.name', type: 'string', default: '', doc: 'the authoriser: org.apache.kafka.metadata.authorizer.StandardAuthorizer or samsa.security.StandardAuthorizer (ACLs kept in the metadata store); empty = none, everything allowed' },
  { name: 'super.users', type: 'string', default: null, doc: 'principals allowed everything, separated by semicolons: User:admin;User:ops' },
  { name: 'allow.everyone.if.no.acl.found', type: 'boolean', default: false, doc: 'allow an action on a resource that no ACL applies to (default: deny)' },
];

/** The class names `authorizer.class.name` accepts (both are Samsa's StandardAuthorizer). */
export const STANDARD_AUTHORIZER_NAMES: readonly string[] = ['org.apache.kafka.metadata.authorizer.StandardAuthorizer', 'samsa.security.StandardAuthorizer'];

/** Throws ConfigError for an authoriser class Samsa does not have (checked when the config loads). */
export function checkAuthorizerClass(value: string | null): void {
  const cls = (value ?? '').trim();
  if (cls !== '' && !STANDARD_AUTHORIZER_NAMES.includes(cls)) {
    throw new ConfigError('authorizer.class.name', `authorizer.class.name ${cls} is not an authoriser Samsa has: use ${STANDARD_AUTHORIZER_NAMES.join(' or ')}, or leave it empty for none`);
  }
}
