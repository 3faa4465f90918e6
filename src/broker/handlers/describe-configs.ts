/**
 * DescribeConfigs (key 32), v1-4 (Kafka 4 removed v0, KIP-896).
 * v1 config sources and synonyms (KIP-226); v2 same; v3 config types and documentation (KIP-569);
 * v4 flexible. Resources: topics (every topic config with its effective value and source) and this
 * broker (resource name = node id, or "" for the cluster default). Broker loggers: none reported.
 * ACLs: DescribeConfigs/AlterConfigs on the topic, group or cluster (authz.ts configResourceError).
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { DescribeConfigsRequest } from '../../protocol/generated/describe-configs-request.ts';
import type { DescribeConfigsResponse } from '../../protocol/generated/describe-configs-response.ts';
import type { Input } from '../../protocol/input.ts';
import { ResourceType } from '../config-changes.ts';
import { describeBrokerConfigs } from '../describe-broker-configs.ts';
import { describeTopicConfigs, type DescribedConfig } from '../describe-topic-configs.ts';
import { AclOperation, configResourceError } from '../authz.ts';
import { defineHandler } from '../handler.ts';

type Result = NonNullable<Input<DescribeConfigsResponse>['results']>[number];

export const describeConfigs = defineHandler<DescribeConfigsRequest, Input<DescribeConfigsResponse>>({
  apiKey: ApiKey.DescribeConfigs,
  minVersion: 1,
  maxVersion: 4,
  handle(req, ctx) {
    const b = ctx.broker;
    const results: Result[] = req.resources.map((r) => {
      const base = { resourceType: r.resourceType, resourceName: r.resourceName };
      const denied = configResourceError(ctx, AclOperation.DESCRIBE_CONFIGS, r.resourceType, r.resourceName);
      if (denied !== ErrorCode.NONE) return { ...base, errorCode: denied, errorMessage: null, configs: [] };
      let configs: DescribedConfig[];
      if (r.resourceType === ResourceType.TOPIC) {
        const topic = b.image.topic(r.resourceName);
        if (!topic) return { ...base, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, errorMessage: `topic ${r.resourceName} does not exist`, configs: [] };
        configs = describeTopicConfigs(b, topic.configs, r.configurationKeys);
      } else if (r.resourceType === ResourceType.BROKER) {
        if (r.resourceName !== '' && r.resourceName !== String(b.nodeId)) {
          return { ...base, errorCode: ErrorCode.INVALID_REQUEST, errorMessage: `broker ${r.resourceName} is not this broker (${b.nodeId})`, configs: [] };
        }
        configs = describeBrokerConfigs(b, r.configurationKeys);
      } else if (r.resourceType === ResourceType.BROKER_LOGGER) {
        configs = [];
      } else {
        return { ...base, errorCode: ErrorCode.INVALID_REQUEST, errorMessage: `resource type ${r.resourceType} is not supported`, configs: [] };
      }
      return {
        ...base,
        errorCode: ErrorCode.NONE,
        errorMessage: null,
        configs: configs.map((c) => ({
          name: c.name,
          value: c.value,
          readOnly: c.readOnly,
          isDefault: c.configSource === 5,
          configSource: c.configSource,
          isSensitive: c.isSensitive,
          synonyms: req.includeSynonyms ? c.synonyms : [],
          configType: c.configType,
          documentation: req.includeDocumentation ? c.documentation : null,
        })),
      };
    });
    return { throttleTimeMs: 0, results };
  },
  errorResponse(req, errorCode) {
    return { results: req.resources.map((r) => ({ errorCode, resourceType: r.resourceType, resourceName: r.resourceName, configs: [] })) };
  },
});
