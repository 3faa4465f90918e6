/**
 * ACL administration (CreateAcls, DescribeAcls, DeleteAcls; KIP-140, KIP-290 patterns), reachable
 * as `admin.acls`. Any broker takes these requests (a KRaft broker forwards them to the controller).
 * Bindings and filters use the wire codes of protocol/acl-codes.ts; a refused binding or filter
 * becomes a KafkaError naming it.
 */
import type { AclBinding } from '../protocol/acl-codes.ts';
import { AclOperation, AclPermissionType, PatternType, ResourceType } from '../protocol/acl-codes.ts';
import { ApiKey } from '../protocol/generated/api-keys.ts';
import type { Cluster } from './cluster.ts';
import { throwIfError } from './kafka-error.ts';

export type { AclBinding };

/** What DescribeAcls / DeleteAcls select: every field optional (ANY, or any name / principal / host). */
export interface AclFilter {
  resourceType?: number;
  resourceName?: string | null;
  patternType?: number;
  principal?: string | null;
  host?: string | null;
  operation?: number;
  permissionType?: number;
}

function wireFilter(f: AclFilter) {
  return {
    resourceTypeFilter: f.resourceType ?? ResourceType.ANY,
    resourceNameFilter: f.resourceName ?? null,
    patternTypeFilter: f.patternType ?? PatternType.ANY,
    principalFilter: f.principal ?? null,
    hostFilter: f.host ?? null,
    operation: f.operation ?? AclOperation.ANY,
    permissionType: f.permissionType ?? AclPermissionType.ANY,
  };
}

export class AclAdmin {
  constructor(private readonly cluster: Cluster) {}

  async create(bindings: AclBinding[]): Promise<void> {
    const conn = await this.cluster.any();
    const res = await conn.send(ApiKey.CreateAcls, {
      creations: bindings.map((b) => ({ ...b, resourcePatternType: b.patternType })),
    });
    res.results.forEach((r: { errorCode: number; errorMessage: string | null }, i: number) => {
      const b = bindings[i]!;
      throwIfError(r.errorCode, `create ACL ${b.permissionType === AclPermissionType.DENY ? 'deny' : 'allow'} ${b.principal} on ${b.resourceName}`, r.errorMessage);
    });
  }

  async describe(filter: AclFilter = {}): Promise<AclBinding[]> {
    const conn = await this.cluster.any();
    const res = await conn.send(ApiKey.DescribeAcls, wireFilter(filter));
    throwIfError(res.errorCode, 'describe ACLs', res.errorMessage);
    return res.resources.flatMap((r: { resourceType: number; resourceName: string; patternType: number; acls: Omit<AclBinding, 'resourceType' | 'resourceName' | 'patternType'>[] }) =>
      r.acls.map((a) => ({ resourceType: r.resourceType, resourceName: r.resourceName, patternType: r.patternType, principal: a.principal, host: a.host, operation: a.operation, permissionType: a.permissionType })),
    );
  }

  /** Deletes what the filters match; returns the ACLs deleted. */
  async delete(filters: AclFilter[]): Promise<AclBinding[]> {
    const conn = await this.cluster.any();
    const res = await conn.send(ApiKey.DeleteAcls, { filters: filters.map(wireFilter) });
    const out: AclBinding[] = [];
    for (const r of res.filterResults as { errorCode: number; errorMessage: string | null; matchingAcls: (AclBinding & { errorCode: number; errorMessage: string | null })[] }[]) {
      throwIfError(r.errorCode, 'delete ACLs', r.errorMessage);
      for (const m of r.matchingAcls) {
        throwIfError(m.errorCode, `delete ACL of ${m.principal} on ${m.resourceName}`, m.errorMessage);
        out.push({ resourceType: m.resourceType, resourceName: m.resourceName, patternType: m.patternType, principal: m.principal, host: m.host, operation: m.operation, permissionType: m.permissionType });
      }
    }
    return out;
  }
}
