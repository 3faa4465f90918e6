/**
 * `samsa acl create|list|delete` (kafka-acls, rpk acl), over CreateAcls / DescribeAcls / DeleteAcls:
 *   samsa acl create --allow-principal User:alice --operation read --operation describe --topic orders
 *   samsa acl create --deny-principal User:bob --operation write --topic pay- --resource-pattern-type prefixed
 *   samsa acl create --allow-principal User:app --operation read --group app --host 10.0.0.7
 *   samsa acl list [--topic orders] [--principal User:alice] [--resource-pattern-type match]
 *   samsa acl delete --topic orders [--principal User:alice] [--operation read]
 * Operations and types are Kafka's names in any case (read, Read, idempotent-write, IdempotentWrite).
 * The broker needs an authoriser (authorizer.class.name); the caller Alter (create, delete) or
 * Describe (list) on the cluster.
 */
import { Command } from 'commander';
import type { AclBinding, AclFilter } from '../client/acl-admin.ts';
import {
  AclOperation, AclPermissionType, codeOf, operationName, PatternType, patternTypeName, permissionTypeName, ResourceType, resourceTypeName,
} from '../protocol/acl-codes.ts';
import { action, collect, table, UsageError, withAdmin, withClientOptions, type ClientFlags } from './client-options.ts';

interface ResourceFlags {
  topic?: string[];
  group?: string[];
  cluster?: boolean;
  transactionalId?: string[];
  resourcePatternType?: string;
}

function resourceOptions(cmd: Command): Command {
  return cmd
    .option('--topic <name>', 'a topic (repeatable; * for every topic)', collect)
    .option('--group <name>', 'a consumer group (repeatable; * for every group)', collect)
    .option('--transactional-id <id>', 'a transactional id (repeatable)', collect)
    .option('--cluster', 'the cluster resource');
}

/** The resources the flags name, as [type, name] pairs. */
function resources(o: ResourceFlags): Array<[number, string]> {
  return [
    ...(o.topic ?? []).map((n): [number, string] => [ResourceType.TOPIC, n]),
    ...(o.group ?? []).map((n): [number, string] => [ResourceType.GROUP, n]),
    ...(o.transactionalId ?? []).map((n): [number, string] => [ResourceType.TRANSACTIONAL_ID, n]),
    ...(o.cluster ? [[ResourceType.CLUSTER, 'kafka-cluster'] as [number, string]] : []),
  ];
}

function code(table: Record<string, number>, name: string, what: string): number {
  const c = codeOf(table, name);
  if (c === undefined || c === 0) throw new UsageError(`unknown ${what} "${name}"; one of: ${Object.keys(table).filter((k) => k !== 'UNKNOWN').join(', ').toLowerCase()}`);
  return c;
}

function rows(acls: AclBinding[]): string {
  return table(
    ['PRINCIPAL', 'HOST', 'OPERATION', 'PERMISSION', 'RESOURCE-TYPE', 'RESOURCE-NAME', 'PATTERN-TYPE'],
    acls.map((a) => [a.principal, a.host, operationName(a.operation), permissionTypeName(a.permissionType), resourceTypeName(a.resourceType), a.resourceName, patternTypeName(a.patternType)]),
  );
}

/** The filters that list and delete use: one per named resource, or one for every resource. */
function filters(o: ResourceFlags & { principal?: string; host?: string; operation?: string[] }, defaultPattern: string): AclFilter[] {
  const patternType = code(PatternType, o.resourcePatternType ?? defaultPattern, 'pattern type');
  const ops = (o.operation ?? []).map((op) => code(AclOperation, op, 'operation'));
  const base = { patternType, principal: o.principal ?? null, host: o.host ?? null };
  const named = resources(o);
  const rs: Array<Partial<AclFilter>> = named.length === 0 ? [{}] : named.map(([resourceType, resourceName]) => ({ resourceType, resourceName }));
  return rs.flatMap((r) => (ops.length === 0 ? [{ ...base, ...r }] : ops.map((operation) => ({ ...base, ...r, operation }))));
}

export function aclCommand(): Command {
  const acl = new Command('acl').description('create, list and delete ACLs');

  withClientOptions(resourceOptions(acl.command('create').description('add ACLs: each principal x operation x resource')))
    .option('--allow-principal <principal>', 'principal to allow, User:<name> (repeatable)', collect)
    .option('--deny-principal <principal>', 'principal to deny, User:<name> (repeatable)', collect)
    .option('--operation <op>', 'read, write, create, delete, alter, describe, cluster-action, describe-configs, alter-configs, idempotent-write, all (repeatable)', collect)
    .option('--host <ip>', 'the client address the ACL is for', '*')
    .option('--resource-pattern-type <type>', 'literal or prefixed', 'literal')
    .action(
      action(async (o: ClientFlags & ResourceFlags & { allowPrincipal?: string[]; denyPrincipal?: string[]; operation?: string[]; host: string }) => {
        const who = [
          ...(o.allowPrincipal ?? []).map((p): [string, number] => [p, AclPermissionType.ALLOW]),
          ...(o.denyPrincipal ?? []).map((p): [string, number] => [p, AclPermissionType.DENY]),
        ];
        if (who.length === 0) throw new UsageError('give --allow-principal or --deny-principal');
        const ops = (o.operation ?? []).map((op) => code(AclOperation, op, 'operation'));
        if (ops.length === 0) throw new UsageError('give at least one --operation');
        const named = resources(o);
        if (named.length === 0) throw new UsageError('give a resource: --topic, --group, --transactional-id or --cluster');
        const patternType = code(PatternType, o.resourcePatternType ?? 'literal', 'pattern type');
        if (patternType !== PatternType.LITERAL && patternType !== PatternType.PREFIXED) throw new UsageError('--resource-pattern-type must be literal or prefixed to create ACLs');
        const bindings: AclBinding[] = [];
        for (const [resourceType, resourceName] of named) for (const [principal, permissionType] of who) for (const operation of ops) {
          bindings.push({ resourceType, resourceName, patternType, principal, host: o.host, operation, permissionType });
        }
        await withAdmin(o, async (admin) => {
          await admin.acls.create(bindings);
          process.stdout.write(rows(bindings));
        });
      }),
    );

  withClientOptions(resourceOptions(acl.command('list').alias('ls').description('list ACLs (all, or those of the named resources)')))
    .option('--principal <principal>', 'only the ACLs of this principal')
    .option('--resource-pattern-type <type>', 'any, match (every ACL that applies to the name), literal or prefixed', 'any')
    .action(
      action(async (o: ClientFlags & ResourceFlags & { principal?: string }) => {
        await withAdmin(o, async (admin) => {
          const found: AclBinding[] = [];
          for (const f of filters(o, 'any')) found.push(...(await admin.acls.describe(f)));
          process.stdout.write(rows(found));
        });
      }),
    );

  withClientOptions(resourceOptions(acl.command('delete').description('remove the ACLs of the named resources (optionally only some principals or operations)')))
    .option('--principal <principal>', 'only the ACLs of this principal')
    .option('--host <ip>', 'only the ACLs for this host')
    .option('--operation <op>', 'only these operations (repeatable)', collect)
    .option('--resource-pattern-type <type>', 'literal, prefixed, any or match', 'literal')
    .action(
      action(async (o: ClientFlags & ResourceFlags & { principal?: string; host?: string; operation?: string[] }) => {
        if (resources(o).length === 0) throw new UsageError('give the resource whose ACLs to delete: --topic, --group, --transactional-id or --cluster');
        await withAdmin(o, async (admin) => {
          const deleted = await admin.acls.delete(filters(o, 'literal'));
          process.stdout.write(rows(deleted));
        });
      }),
    );

  return acl;
}
