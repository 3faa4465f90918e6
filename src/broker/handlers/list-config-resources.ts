/**
 * ListConfigResources (key 74), v0-1: v0 is Kafka's ListClientMetricsResources (KIP-714), v1 lists
 * the config resources of the types asked for, all types when none are (KIP-1142): topics
 * (resource type 2) and this broker (4). Samsa has no client metrics resources (16), no per-group
 * configs (32) and no dynamic broker loggers (8) yet, so those types list nothing.
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { ListConfigResourcesRequest } from '../../protocol/generated/list-config-resources-request.ts';
import type { ListConfigResourcesResponse } from '../../protocol/generated/list-config-resources-response.ts';
import type { Input } from '../../protocol/input.ts';
import { defineHandler } from '../handler.ts';

const TOPIC = 2;
const BROKER = 4;
const BROKER_LOGGER = 8;
const CLIENT_METRICS = 16;
const GROUP = 32;
const KNOWN = new Set([TOPIC, BROKER, BROKER_LOGGER, CLIENT_METRICS, GROUP]);

export const listConfigResources = defineHandler<ListConfigResourcesRequest, Input<ListConfigResourcesResponse>>({
  apiKey: ApiKey.ListConfigResources,
  minVersion: 0,
  maxVersion: 1,
  handle(req, ctx) {
    if (ctx.apiVersion === 0) return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, configResources: [] };
    const types = req.resourceTypes.length === 0 ? [...KNOWN] : req.resourceTypes;
    if (types.some((t) => !KNOWN.has(t))) return { throttleTimeMs: 0, errorCode: ErrorCode.UNSUPPORTED_VERSION, configResources: [] };
    const out: { resourceName: string; resourceType: number }[] = [];
    for (const type of types) {
      if (type === TOPIC) for (const t of ctx.broker.image.topics()) out.push({ resourceName: t.name, resourceType: TOPIC });
      if (type === BROKER) out.push({ resourceName: String(ctx.broker.nodeId), resourceType: BROKER });
    }
    return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, configResources: out };
  },
  errorResponse(_req, errorCode) {
    return { errorCode, configResources: [] };
  },
});
