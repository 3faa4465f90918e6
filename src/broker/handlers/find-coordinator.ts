/**
 * FindCoordinator (key 10), v0-6.
 * v0 group key only; v1 key type (0 group, 1 transaction, KIP-98) and error message; v2 same;
 * v3 flexible; v4 batched lookups: coordinator_keys in, one coordinator per key out (KIP-699);
 * v5 same (TRANSACTION_ABORTABLE may be returned); v6 share group keys (KIP-932).
 * A group's coordinator is the leader of its __consumer_offsets partition, a transactional id's the
 * leader of its __transaction_state partition (one node: this broker for every group and id); share
 * group keys get this broker. Asking for a group starts the group coordinator (it creates and replays __consumer_offsets); until the group's
 * partition is loaded the answer is COORDINATOR_NOT_AVAILABLE and clients retry.
 * ACLs: Describe on the group (GROUP_AUTHORIZATION_FAILED) or transactional id
 * (TRANSACTIONAL_ID_AUTHORIZATION_FAILED), per key.
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { FindCoordinatorRequest } from '../../protocol/generated/find-coordinator-request.ts';
import type { FindCoordinatorResponse } from '../../protocol/generated/find-coordinator-response.ts';
import type { Input } from '../../protocol/input.ts';
import { endpointOf } from '../endpoints.ts';
import { OFFSETS_TOPIC } from '../group-coordinator-host.ts';
import { TRANSACTION_STATE_TOPIC } from '../transaction-coordinator-host.ts';
import { AclOperation, allowed, ResourceType } from '../authz.ts';
import { defineHandler, type RequestContext } from '../handler.ts';

const KEY_TYPE_GROUP = 0;
const KEY_TYPE_TRANSACTION = 1;
const KEY_TYPE_SHARE = 2;

interface Found {
  key: string;
  nodeId: number;
  host: string;
  port: number;
  errorCode: number;
  errorMessage: string | null;
}

function lookUp(key: string, keyType: number, ctx: RequestContext): Found {
  const fail = (errorCode: number, errorMessage: string): Found => ({ key, nodeId: -1, host: '', port: -1, errorCode, errorMessage });
  if (keyType !== KEY_TYPE_GROUP && keyType !== KEY_TYPE_TRANSACTION && keyType !== KEY_TYPE_SHARE) {
    return fail(ErrorCode.INVALID_REQUEST, `unknown coordinator key type ${keyType} (0 group, 1 transaction, 2 share)`);
  }
  // ACLs: Describe on the group or the transactional id.
  if (keyType === KEY_TYPE_GROUP && !allowed(ctx, AclOperation.DESCRIBE, ResourceType.GROUP, key)) {
    return fail(ErrorCode.GROUP_AUTHORIZATION_FAILED, 'Not authorized to access group: Group authorization failed.');
  }
  if (keyType === KEY_TYPE_TRANSACTION && !allowed(ctx, AclOperation.DESCRIBE, ResourceType.TRANSACTIONAL_ID, key)) {
    return fail(ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED, 'Transactional Id authorization failed.');
  }
  let nodeId = ctx.broker.nodeId;
  if (keyType === KEY_TYPE_GROUP || keyType === KEY_TYPE_TRANSACTION) {
    // The coordinator is the leader of the key's partition of the coordinator's topic.
    const group = keyType === KEY_TYPE_GROUP;
    const coordinator = group ? ctx.broker.groupCoordinator() : ctx.broker.transactionCoordinator();
    const topic = group ? OFFSETS_TOPIC : TRANSACTION_STATE_TOPIC;
    const leader = ctx.broker.image.topic(topic)?.partitions[coordinator.partitionFor(key)]?.leader;
    if (leader !== undefined) nodeId = leader;
    // Until the partition is loaded here, send the client back to discovery (as Kafka does while
    // the topic has no leader) instead of to a coordinator that would answer
    // COORDINATOR_LOAD_IN_PROGRESS, which some clients treat as fatal.
    if (nodeId === ctx.broker.nodeId && coordinator.availability(key) !== ErrorCode.NONE) {
      return fail(ErrorCode.COORDINATOR_NOT_AVAILABLE, `the coordinator is loading ${topic}; retry`);
    }
  }
  const ep = endpointOf(ctx.broker, nodeId, ctx.client.listener);
  if (!ep) return fail(ErrorCode.COORDINATOR_NOT_AVAILABLE, `the coordinator (broker ${nodeId}) is not available; retry`);
  return { key, nodeId: ep.nodeId, host: ep.host, port: ep.port, errorCode: ErrorCode.NONE, errorMessage: null };
}

export const findCoordinator = defineHandler<FindCoordinatorRequest, Input<FindCoordinatorResponse>>({
  apiKey: ApiKey.FindCoordinator,
  minVersion: 0,
  maxVersion: 6,
  handle(req, ctx) {
    const keyType = ctx.apiVersion >= 1 ? req.keyType : KEY_TYPE_GROUP;
    if (ctx.apiVersion >= 4) {
      return { throttleTimeMs: 0, coordinators: req.coordinatorKeys.map((k) => lookUp(k, keyType, ctx)) };
    }
    const f = lookUp(req.key, keyType, ctx);
    return { throttleTimeMs: 0, errorCode: f.errorCode, errorMessage: f.errorMessage, nodeId: f.nodeId, host: f.host, port: f.port };
  },
  errorResponse(req, errorCode, ctx) {
    if (ctx.apiVersion >= 4) {
      return { coordinators: req.coordinatorKeys.map((key) => ({ key, nodeId: -1, host: '', port: -1, errorCode, errorMessage: null })) };
    }
    return { errorCode, nodeId: -1, host: '', port: -1 };
  },
});
