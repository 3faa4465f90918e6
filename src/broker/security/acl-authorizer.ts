/**
 * The ACL authoriser: Kafka's StandardAuthorizer rules over the ACLs of the metadata store.
 *
 * Enabled by `authorizer.class.name` = `org.apache.kafka.metadata.authorizer.StandardAuthorizer`
 * (what Kafka users write) or `samsa.security.StandardAuthorizer` (the same thing under Samsa's
 * name); unset or empty = no authoriser, everything allowed. For one action (principal, host,
 * operation, resource):
 * - a principal listed in `super.users` (`User:a;User:b`) may do anything;
 * - the ACLs that apply are those of the resource type whose pattern covers the name: LITERAL with
 *   the same name, LITERAL `*`, PREFIXED with a prefix of the name; of those, the ones for the
 *   principal or `User:*`, for the host or `*`, and for the operation (or ALL);
 * - a DENY among them wins; else an ALLOW allows; else, when no ACL at all applies to the
 *   resource (whoever it is for), `allow.everyone.if.no.acl.found` decides (default false: deny);
 *   when some do, deny.
 * - implications apply to ALLOW ACLs only: Read, Write, Delete and Alter imply Describe;
 *   AlterConfigs implies DescribeConfigs. A DENY for Read does not deny Describe.
 */
import { checkAuthorizerClass } from '../../config/acl-config-defs.ts';
import type { BrokerConfig } from '../../config/broker-config.ts';
import { AclOperation as Op, AclPermissionType, PatternType, ResourceType, WILDCARD, WILDCARD_PRINCIPAL, type AclBinding } from './acl.ts';

/** Who asks: the connection's principal and remote IP (ClientInfo has both). */
export interface Requester {
  principal: string;
  host: string;
}

/** Where the authoriser reads ACLs: the store returns a new array after every change. */
export interface AclSource {
  acls(): readonly AclBinding[];
}

const IMPLIES_DESCRIBE: readonly number[] = [Op.DESCRIBE, Op.READ, Op.WRITE, Op.DELETE, Op.ALTER];
const IMPLIES_DESCRIBE_CONFIGS: readonly number[] = [Op.DESCRIBE_CONFIGS, Op.ALTER_CONFIGS];

/** The operations each resource type has (AclEntry.supportedOperations): what authorized-operations bit fields cover. */
export const SUPPORTED_OPERATIONS: Readonly<Record<number, readonly number[]>> = {
  [ResourceType.TOPIC]: [Op.READ, Op.WRITE, Op.CREATE, Op.DESCRIBE, Op.DELETE, Op.ALTER, Op.DESCRIBE_CONFIGS, Op.ALTER_CONFIGS],
  [ResourceType.GROUP]: [Op.READ, Op.DESCRIBE, Op.DELETE, Op.DESCRIBE_CONFIGS, Op.ALTER_CONFIGS],
  [ResourceType.CLUSTER]: [Op.CREATE, Op.CLUSTER_ACTION, Op.DESCRIBE_CONFIGS, Op.ALTER_CONFIGS, Op.IDEMPOTENT_WRITE, Op.ALTER, Op.DESCRIBE],
  [ResourceType.TRANSACTIONAL_ID]: [Op.DESCRIBE, Op.WRITE],
  [ResourceType.DELEGATION_TOKEN]: [Op.DESCRIBE],
  [ResourceType.USER]: [Op.CREATE_TOKENS, Op.DESCRIBE_TOKENS],
};

/** Does one ACL entry (already known to apply to the resource) give a result for this action? (findResult) */
function entryResult(acl: AclBinding, who: Requester, op: number): 'allow' | 'deny' | null {
  if (acl.principal !== who.principal && acl.principal !== WILDCARD_PRINCIPAL) return null;
  if (acl.host !== WILDCARD && acl.host !== who.host) return null;
  const allow = acl.permissionType === AclPermissionType.ALLOW;
  if (acl.operation !== Op.ALL) {
    if (allow && op === Op.DESCRIBE) {
      if (!IMPLIES_DESCRIBE.includes(acl.operation)) return null;
    } else if (allow && op === Op.DESCRIBE_CONFIGS) {
      if (!IMPLIES_DESCRIBE_CONFIGS.includes(acl.operation)) return null;
    } else if (acl.operation !== op) return null;
  }
  return allow ? 'allow' : 'deny';
}

/** Does the ACL's pattern cover the resource name? */
function patternCovers(acl: AclBinding, name: string): boolean {
  if (acl.patternType === PatternType.LITERAL) return acl.resourceName === name || acl.resourceName === WILDCARD;
  return acl.patternType === PatternType.PREFIXED && name.startsWith(acl.resourceName);
}

export class AclAuthorizer {
  private indexedFrom: readonly AclBinding[] | null = null;
  private byType = new Map<number, AclBinding[]>();

  constructor(
    private readonly source: AclSource,
    private readonly superUsers: ReadonlySet<string>,
    private readonly allowIfNoAcl: boolean,
  ) {}

  /** The authoriser the config asks for, or null (none: everything allowed). Throws ConfigError for an unknown class. */
  static fromConfig(config: BrokerConfig, source: AclSource): AclAuthorizer | null {
    const cls = (config.str('authorizer.class.name') ?? '').trim();
    checkAuthorizerClass(cls);
    if (cls === '') return null;
    const superUsers = new Set((config.str('super.users') ?? '').split(';').map((s) => s.trim()).filter((s) => s !== ''));
    return new AclAuthorizer(source, superUsers, config.bool('allow.everyone.if.no.acl.found'));
  }

  private aclsOf(resourceType: number): readonly AclBinding[] {
    const acls = this.source.acls();
    if (acls !== this.indexedFrom) {
      this.byType = new Map();
      for (const a of acls) {
        const list = this.byType.get(a.resourceType) ?? [];
        list.push(a);
        this.byType.set(a.resourceType, list);
      }
      this.indexedFrom = acls;
    }
    return this.byType.get(resourceType) ?? [];
  }

  isSuperUser(who: Requester): boolean {
    return this.superUsers.has(who.principal);
  }

  /** May `who` perform `op` on the resource (type, literal name)? */
  authorize(who: Requester, op: number, resourceType: number, name: string): boolean {
    if (this.isSuperUser(who)) return true;
    let anyForResource = false;
    let allowed = false;
    for (const acl of this.aclsOf(resourceType)) {
      if (!patternCovers(acl, name)) continue;
      anyForResource = true;
      const r = entryResult(acl, who, op);
      if (r === 'deny') return false;
      if (r === 'allow') allowed = true;
    }
    return allowed || (!anyForResource && this.allowIfNoAcl);
  }

  /**
   * May `who` perform `op` on at least one resource of the type (Authorizer.authorizeByResourceType:
   * InitProducerId's idempotent producer with Write on some topic). An allow counts unless a deny
   * for the same literal name or for a prefix of it dominates it; a `*` deny denies all.
   */
  authorizeByResourceType(who: Requester, op: number, resourceType: number): boolean {
    // Kafka checks a made-up literal name first, so super users and allow-everyone pass.
    if (this.authorize(who, op, resourceType, 'hardcode')) return true;
    const denyLiteral = new Set<string>();
    const denyPrefix = new Set<string>();
    const allows: AclBinding[] = [];
    for (const acl of this.aclsOf(resourceType)) {
      if (acl.host !== who.host && acl.host !== WILDCARD) continue;
      if (acl.principal !== who.principal && acl.principal !== WILDCARD_PRINCIPAL) continue;
      if (acl.operation !== op && acl.operation !== Op.ALL) continue;
      if (acl.permissionType === AclPermissionType.DENY) {
        if (acl.patternType === PatternType.LITERAL && acl.resourceName === WILDCARD) return false;
        (acl.patternType === PatternType.LITERAL ? denyLiteral : denyPrefix).add(acl.resourceName);
      } else if (acl.permissionType === AclPermissionType.ALLOW) {
        if (acl.patternType === PatternType.LITERAL && acl.resourceName === WILDCARD) return true;
        allows.push(acl);
      }
    }
    return allows.some((a) => {
      if (a.patternType === PatternType.LITERAL && denyLiteral.has(a.resourceName)) return false;
      for (let i = 1; i <= a.resourceName.length; i++) if (denyPrefix.has(a.resourceName.slice(0, i))) return false;
      return true;
    });
  }

  /** The operations `who` may perform on the resource, as Kafka's 32-bit field (bit = operation code). */
  authorizedOperations(who: Requester, resourceType: number, name: string): number {
    let bits = 0;
    for (const op of SUPPORTED_OPERATIONS[resourceType] ?? []) if (this.authorize(who, op, resourceType, name)) bits |= 1 << op;
    return bits;
  }
}
