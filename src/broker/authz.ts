/**
 * How handlers ask the ACL authoriser (BrokerServices.authorizer): with none configured every
 * action is allowed and authorized-operations fields get the caller's "everything" value, so
 * handlers read the same whether or not ACLs are on. The checks Kafka makes per request (one
 * group, one transactional id, the cluster) are in stages/authorize.ts; handlers check what varies
 * per topic or per group inside a request.
 */
import { ErrorCode as ERROR } from '../protocol/generated/error-codes.ts';
import type { RequestContext } from './handler.ts';
import { AclOperation, CLUSTER_NAME, ResourceType } from './security/acl.ts';

export { AclOperation, ResourceType } from './security/acl.ts';

/** May the request's principal perform `op` on the resource? */
export function allowed(ctx: RequestContext, op: number, resourceType: number, name: string): boolean {
  const a = ctx.broker.authorizer;
  return a === null || a.authorize(ctx.client, op, resourceType, name);
}

export function allowedOnCluster(ctx: RequestContext, op: number): boolean {
  return allowed(ctx, op, ResourceType.CLUSTER, CLUSTER_NAME);
}

export function allowedOnTopic(ctx: RequestContext, op: number, topic: string): boolean {
  return allowed(ctx, op, ResourceType.TOPIC, topic);
}

/** Kafka's authorizedOperations bit field for the resource; `all` when no authoriser is configured. */
export function authorizedOperations(ctx: RequestContext, resourceType: number, name: string, all: number): number {
  const a = ctx.broker.authorizer;
  return a === null ? all : a.authorizedOperations(ctx.client, resourceType, name);
}

/**
 * CreateTopics and auto-creation: Create on the cluster, or else on the topic (KafkaApis checks the
 * cluster first, then each topic).
 */
export function mayCreateTopic(ctx: RequestContext, topic: string): boolean {
  return allowedOnCluster(ctx, AclOperation.CREATE) || allowedOnTopic(ctx, AclOperation.CREATE, topic);
}

/** ConfigResource types (DescribeConfigs, AlterConfigs): their codes differ from ACL resource types. */
const CONFIG_TOPIC = 2;
const CONFIG_GROUP = 32;

/**
 * DescribeConfigs / AlterConfigs / IncrementalAlterConfigs on one config resource (`op` is
 * DescribeConfigs or AlterConfigs): a topic needs it on the topic, a group on the group, brokers,
 * broker loggers and client metrics on the cluster. ErrorCode.NONE (0) when allowed, else Kafka's code.
 */
export function configResourceError(ctx: RequestContext, op: number, configResourceType: number, name: string): number {
  if (configResourceType === CONFIG_TOPIC) return allowedOnTopic(ctx, op, name) ? 0 : ERROR.TOPIC_AUTHORIZATION_FAILED;
  if (configResourceType === CONFIG_GROUP) return allowed(ctx, op, ResourceType.GROUP, name) ? 0 : ERROR.GROUP_AUTHORIZATION_FAILED;
  return allowedOnCluster(ctx, op) ? 0 : ERROR.CLUSTER_AUTHORIZATION_FAILED;
}
