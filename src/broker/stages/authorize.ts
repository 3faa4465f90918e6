/**
 * Authorisation stage: the checks Kafka makes once per request, before the handler (KafkaApis):
 * an operation on the cluster (admin APIs), on the request's one group (JoinGroup, SyncGroup...)
 * or on its transactional id (EndTxn, transactional Produce...). A denied request is answered with
 * the handler's error response carrying Kafka's code (CLUSTER_, GROUP_ or
 * TRANSACTIONAL_ID_AUTHORIZATION_FAILED). What varies per topic or per group inside one request
 * (Produce, Fetch, Metadata, DescribeGroups...) the handlers check through authz.ts.
 * With no authoriser configured every request goes on untouched.
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import { CloseConnection, type RequestContext } from '../handler.ts';
import type { AclAuthorizer } from '../security/acl-authorizer.ts';
import { AclOperation as Op, CLUSTER_NAME, ResourceType as R } from '../security/acl.ts';
import type { Stage } from './stage.ts';

type Check = (req: any, ctx: RequestContext, a: AclAuthorizer) => number; // eslint-disable-line @typescript-eslint/no-explicit-any -- each check reads its own API's request

const CLUSTER_DENIED = ErrorCode.CLUSTER_AUTHORIZATION_FAILED;
const ok = (allowed: boolean, denied: number) => (allowed ? ErrorCode.NONE : denied);

/** A check of one operation on the cluster resource. */
const cluster = (op: number): Check => (_req, ctx, a) => ok(a.authorize(ctx.client, op, R.CLUSTER, CLUSTER_NAME), CLUSTER_DENIED);
/** Read on the request's group (the group membership APIs). */
const readGroup: Check = (req: { groupId: string }, ctx, a) => ok(a.authorize(ctx.client, Op.READ, R.GROUP, req.groupId), ErrorCode.GROUP_AUTHORIZATION_FAILED);
const writeTxn = (ctx: RequestContext, a: AclAuthorizer, id: string) => ok(a.authorize(ctx.client, Op.WRITE, R.TRANSACTIONAL_ID, id), ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED);
const first = (...codes: (() => number)[]) => {
  for (const c of codes) {
    const code = c();
    if (code !== ErrorCode.NONE) return code;
  }
  return ErrorCode.NONE;
};

const CHECKS: Partial<Record<number, Check>> = {
  [ApiKey.Produce]: (req: { transactionalId: string | null }, ctx, a) => (req.transactionalId === null ? ErrorCode.NONE : writeTxn(ctx, a, req.transactionalId)),
  [ApiKey.InitProducerId]: (req: { transactionalId: string | null }, ctx, a) => {
    if (req.transactionalId !== null && req.transactionalId !== '') return writeTxn(ctx, a, req.transactionalId);
    // An idempotent producer: IdempotentWrite on the cluster, or Write on any topic (KIP-679).
    const may = a.authorize(ctx.client, Op.IDEMPOTENT_WRITE, R.CLUSTER, CLUSTER_NAME) || a.authorizeByResourceType(ctx.client, Op.WRITE, R.TOPIC);
    return ok(may, CLUSTER_DENIED);
  },
  [ApiKey.EndTxn]: (req: { transactionalId: string }, ctx, a) => writeTxn(ctx, a, req.transactionalId),
  [ApiKey.AddOffsetsToTxn]: (req: { transactionalId: string; groupId: string }, ctx, a) =>
    first(() => writeTxn(ctx, a, req.transactionalId), () => readGroup(req, ctx, a)),
  [ApiKey.TxnOffsetCommit]: (req: { transactionalId: string; groupId: string }, ctx, a) =>
    first(() => writeTxn(ctx, a, req.transactionalId), () => readGroup(req, ctx, a)),
  // v4+ is sent by brokers (Transactions V2 verification): ClusterAction; v3 and below by producers.
  [ApiKey.AddPartitionsToTxn]: (req: { v3AndBelowTransactionalId: string }, ctx, a) =>
    ctx.apiVersion >= 4 ? cluster(Op.CLUSTER_ACTION)(req, ctx, a) : writeTxn(ctx, a, req.v3AndBelowTransactionalId),
  [ApiKey.WriteTxnMarkers]: (req, ctx, a) => ok(a.authorize(ctx.client, Op.ALTER, R.CLUSTER, CLUSTER_NAME) || a.authorize(ctx.client, Op.CLUSTER_ACTION, R.CLUSTER, CLUSTER_NAME), CLUSTER_DENIED),
  [ApiKey.JoinGroup]: readGroup,
  [ApiKey.SyncGroup]: readGroup,
  [ApiKey.Heartbeat]: readGroup,
  [ApiKey.LeaveGroup]: readGroup,
  [ApiKey.OffsetCommit]: readGroup,
  [ApiKey.OffsetDelete]: (req: { groupId: string }, ctx, a) => ok(a.authorize(ctx.client, Op.DELETE, R.GROUP, req.groupId), ErrorCode.GROUP_AUTHORIZATION_FAILED),
  [ApiKey.AlterPartitionReassignments]: cluster(Op.ALTER),
  [ApiKey.ListPartitionReassignments]: cluster(Op.DESCRIBE),
  [ApiKey.ElectLeaders]: cluster(Op.ALTER),
  [ApiKey.UpdateFeatures]: cluster(Op.ALTER),
  [ApiKey.DescribeLogDirs]: cluster(Op.DESCRIBE),
  [ApiKey.AlterReplicaLogDirs]: cluster(Op.ALTER),
  [ApiKey.DescribeClientQuotas]: cluster(Op.DESCRIBE_CONFIGS),
  [ApiKey.AlterClientQuotas]: cluster(Op.ALTER_CONFIGS),
  [ApiKey.DescribeQuorum]: cluster(Op.DESCRIBE),
  [ApiKey.ListConfigResources]: cluster(Op.DESCRIBE_CONFIGS),
  [ApiKey.DescribeAcls]: cluster(Op.DESCRIBE),
  [ApiKey.CreateAcls]: cluster(Op.ALTER),
  [ApiKey.DeleteAcls]: cluster(Op.ALTER),
  // APIs other parts of issues 13 and 15 serve (SCRAM credentials, KIP-848 / share / streams groups):
  // checked here as Kafka does once their handlers are listed.
  [ApiKey.DescribeUserScramCredentials]: cluster(Op.DESCRIBE),
  [ApiKey.AlterUserScramCredentials]: cluster(Op.ALTER),
  [ApiKey.ConsumerGroupHeartbeat]: readGroup,
  [ApiKey.ShareGroupHeartbeat]: readGroup,
  [ApiKey.StreamsGroupHeartbeat]: readGroup,
};

export const authorize: Stage = (req, next) => {
  const a = req.ctx.broker.authorizer;
  const check = CHECKS[req.ctx.apiKey];
  if (a === null || check === undefined) return next();
  const code = check(req.body, req.ctx, a);
  if (code === ErrorCode.NONE) return next();
  // acks=0 gets no response: Kafka closes the connection to report the failure.
  if (req.ctx.apiKey === ApiKey.Produce && (req.body as { acks: number }).acks === 0) throw new CloseConnection('acks=0 produce not authorised');
  return req.handler.errorResponse(req.body, code, req.ctx);
};
