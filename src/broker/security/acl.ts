/**
 * The ACL model, with Kafka's codes (protocol/acl-codes.ts): an ACL binding is a
 * resource pattern (resource type, name, pattern type) plus an access control entry (principal,
 * host, operation, permission). Filters (DescribeAcls, DeleteAcls) match bindings the way Kafka's
 * AclBindingFilter does: ANY matches every value of a field, a null string matches every name,
 * principal or host, and the MATCH pattern type matches every pattern that applies to one resource
 * name (the literal name, the `*` wildcard literal and every prefix of it).
 *
 * Validation gives the INVALID_REQUEST messages Kafka's controller gives (AclControlManager).
 */

import type { AclBinding } from '../../protocol/acl-codes.ts';
import { AclOperation, AclPermissionType, operationName, PatternType, patternTypeName, permissionTypeName, ResourceType, resourceTypeName } from '../../protocol/acl-codes.ts';

export { AclOperation, AclPermissionType, PatternType, ResourceType } from '../../protocol/acl-codes.ts';

/** The one name of the cluster resource. */
export const CLUSTER_NAME = 'kafka-cluster';
/** The wildcard resource name (a LITERAL pattern that matches every name) and host. */
export const WILDCARD = '*';
export const WILDCARD_PRINCIPAL = 'User:*';

export type { AclBinding };

/** A DescribeAcls / DeleteAcls filter: null strings match anything. */
export interface AclBindingFilter {
  resourceType: number;
  resourceName: string | null;
  patternType: number;
  principal: string | null;
  host: string | null;
  operation: number;
  permissionType: number;
}

/** A binding Kafka would refuse, with Kafka's message. */
export class InvalidAclError extends Error {
  override readonly name = 'InvalidAclError';
}

const known = (table: Record<string, number>, code: number) => code !== 0 && Object.values(table).includes(code);

/** Throws InvalidAclError unless `b` can be stored (AclControlManager.validateNewAcl, AclApis). */
export function validateBinding(b: AclBinding): void {
  if (!known(ResourceType, b.resourceType) || b.resourceType === ResourceType.ANY) throw new InvalidAclError(`Invalid resourceType ${resourceTypeName(b.resourceType)}`);
  if (b.patternType !== PatternType.LITERAL && b.patternType !== PatternType.PREFIXED) throw new InvalidAclError(`Invalid patternType ${patternTypeName(b.patternType)}`);
  if (!known(AclOperation, b.operation) || b.operation === AclOperation.ANY) throw new InvalidAclError(`Invalid operation ${operationName(b.operation)}`);
  if (b.permissionType !== AclPermissionType.ALLOW && b.permissionType !== AclPermissionType.DENY) throw new InvalidAclError(`Invalid permissionType ${permissionTypeName(b.permissionType)}`);
  if (b.resourceType === ResourceType.CLUSTER && b.resourceName !== CLUSTER_NAME) throw new InvalidAclError(`The only valid name for the CLUSTER resource is ${CLUSTER_NAME}`);
  if (b.resourceName === '') throw new InvalidAclError('Resource name should not be empty');
  // KafkaPrincipal is `<type>:<name>` (SecurityUtils.parseKafkaPrincipal).
  const colon = b.principal.indexOf(':');
  if (colon <= 0) throw new InvalidAclError(`Could not parse principal from \`${b.principal}\` (no colon is present separating the principal type from the principal name)`);
}

/** Throws InvalidAclError when a filter has an UNKNOWN (or out-of-range) field. */
export function validateFilter(f: AclBindingFilter): void {
  if (!known(ResourceType, f.resourceType)) throw new InvalidAclError('Unknown patternFilter: resource type is UNKNOWN');
  if (!known(PatternType, f.patternType)) throw new InvalidAclError('Unknown patternFilter: pattern type is UNKNOWN');
  if (!known(AclOperation, f.operation)) throw new InvalidAclError('Unknown entryFilter: operation is UNKNOWN');
  if (!known(AclPermissionType, f.permissionType)) throw new InvalidAclError('Unknown entryFilter: permission type is UNKNOWN');
}

/** ResourcePatternFilter.matches: does the filter's resource part select this binding's pattern? */
function patternMatches(f: AclBindingFilter, b: AclBinding): boolean {
  if (f.resourceType !== ResourceType.ANY && f.resourceType !== b.resourceType) return false;
  if (f.patternType !== PatternType.ANY && f.patternType !== PatternType.MATCH && f.patternType !== b.patternType) return false;
  if (f.resourceName === null) return true;
  if (f.patternType === PatternType.ANY || f.patternType === b.patternType) return f.resourceName === b.resourceName;
  // MATCH: every pattern that would apply to a resource called f.resourceName.
  if (b.patternType === PatternType.LITERAL) return f.resourceName === b.resourceName || b.resourceName === WILDCARD;
  return f.resourceName.startsWith(b.resourceName);
}

/** AclBindingFilter.matches. */
export function filterMatches(f: AclBindingFilter, b: AclBinding): boolean {
  return (
    patternMatches(f, b) &&
    (f.principal === null || f.principal === b.principal) &&
    (f.host === null || f.host === b.host) &&
    (f.operation === AclOperation.ANY || f.operation === b.operation) &&
    (f.permissionType === AclPermissionType.ANY || f.permissionType === b.permissionType)
  );
}

export function sameBinding(a: AclBinding, b: AclBinding): boolean {
  return (
    a.resourceType === b.resourceType && a.resourceName === b.resourceName && a.patternType === b.patternType &&
    a.principal === b.principal && a.host === b.host && a.operation === b.operation && a.permissionType === b.permissionType
  );
}
