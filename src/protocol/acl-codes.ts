/**
 * The codes ACLs travel with in CreateAcls, DescribeAcls and DeleteAcls (Kafka's
 * org.apache.kafka.common.acl and .resource enums), shared by the broker and the clients.
 * KIP-290 added pattern types, KIP-48 delegation tokens, KIP-373 the USER resource type.
 */
export const ResourceType = { UNKNOWN: 0, ANY: 1, TOPIC: 2, GROUP: 3, CLUSTER: 4, TRANSACTIONAL_ID: 5, DELEGATION_TOKEN: 6, USER: 7 } as const;
export const PatternType = { UNKNOWN: 0, ANY: 1, MATCH: 2, LITERAL: 3, PREFIXED: 4 } as const;
export const AclOperation = {
  UNKNOWN: 0, ANY: 1, ALL: 2, READ: 3, WRITE: 4, CREATE: 5, DELETE: 6, ALTER: 7, DESCRIBE: 8,
  CLUSTER_ACTION: 9, DESCRIBE_CONFIGS: 10, ALTER_CONFIGS: 11, IDEMPOTENT_WRITE: 12, CREATE_TOKENS: 13,
  DESCRIBE_TOKENS: 14, TWO_PHASE_COMMIT: 15,
} as const;
export const AclPermissionType = { UNKNOWN: 0, ANY: 1, DENY: 2, ALLOW: 3 } as const;

const nameOf = (table: Record<string, number>, code: number): string => Object.keys(table).find((k) => table[k] === code) ?? 'UNKNOWN';
export const resourceTypeName = (code: number) => nameOf(ResourceType, code);
export const patternTypeName = (code: number) => nameOf(PatternType, code);
export const operationName = (code: number) => nameOf(AclOperation, code);
export const permissionTypeName = (code: number) => nameOf(AclPermissionType, code);

/**
 * The code of a name as Kafka's tools write it, case and separators aside: `read`, `Read`,
 * `IdempotentWrite`, `idempotent-write`, `TRANSACTIONAL_ID` all work. Undefined when unknown.
 */
export function codeOf(table: Record<string, number>, name: string): number | undefined {
  const norm = (s: string) => s.replace(/[-_\s]/g, '').toLowerCase();
  const key = Object.keys(table).find((k) => norm(k) === norm(name));
  return key === undefined ? undefined : table[key];
}

/** One ACL as the ACL APIs carry it (codes as above; principal `User:name`, host an IP or `*`). */
export interface AclBinding {
  resourceType: number;
  resourceName: string;
  patternType: number;
  principal: string;
  host: string;
  operation: number;
  permissionType: number;
}
