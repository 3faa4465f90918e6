/**
 * DescribeCluster (key 60), v0-2 (KIP-700): cluster id, controller (this broker) and brokers.
 * v1 endpoint type (KIP-919): 1 = brokers; 2 = controllers, refused with UNSUPPORTED_ENDPOINT_TYPE
 * as a broker does (clients ask controllers directly for that). v2 fenced brokers (KIP-1073): a
 * running broker is never fenced, so IsFenced is false whatever IncludeFencedBrokers asks.
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { DescribeClusterRequest } from '../../protocol/generated/describe-cluster-request.ts';
import type { DescribeClusterResponse } from '../../protocol/generated/describe-cluster-response.ts';
import type { Input } from '../../protocol/input.ts';
import { brokerEndpoints } from '../endpoints.ts';
import { AclOperation, allowedOnCluster, authorizedOperations, ResourceType } from '../authz.ts';
import { defineHandler } from '../handler.ts';

/** AclOperation bits on the cluster resource (no authorizer: all of them). */
const CLUSTER_OPERATIONS = [5, 7, 8, 9, 10, 11, 12].reduce((a, op) => a | (1 << op), 0);

export const describeCluster = defineHandler<DescribeClusterRequest, Input<DescribeClusterResponse>>({
  apiKey: ApiKey.DescribeCluster,
  minVersion: 0,
  maxVersion: 2,
  handle(req, ctx) {
    const b = ctx.broker;
    if (ctx.apiVersion >= 1 && req.endpointType !== 1) {
      return { errorCode: ErrorCode.UNSUPPORTED_ENDPOINT_TYPE, errorMessage: 'this is a broker; only endpoint type 1 (brokers) is served', endpointType: req.endpointType, clusterId: b.clusterId, brokers: [] };
    }
    return {
      throttleTimeMs: 0,
      errorCode: ErrorCode.NONE,
      errorMessage: null,
      endpointType: 1,
      clusterId: b.clusterId,
      controllerId: b.nodeId,
      brokers: brokerEndpoints(b, ctx.client.listener).map((e) => ({ brokerId: e.nodeId, host: e.host, port: e.port, rack: e.rack, isFenced: false })),
      // ACLs: the principal's operations, 0 without Describe on the cluster (AuthHelper).
      clusterAuthorizedOperations: !req.includeClusterAuthorizedOperations ? -2147483648
        : allowedOnCluster(ctx, AclOperation.DESCRIBE) ? authorizedOperations(ctx, ResourceType.CLUSTER, 'kafka-cluster', CLUSTER_OPERATIONS) : 0,
    };
  },
  errorResponse(_req, errorCode, ctx) {
    return { errorCode, clusterId: ctx.broker.clusterId, brokers: [] };
  },
});
