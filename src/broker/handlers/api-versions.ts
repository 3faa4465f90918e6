/**
 * ApiVersions (key 18), v0-5, the ranges derived from the handler list (handlers/index.ts).
 * v1 adds throttle time; v3 is flexible and carries the client's software name and version
 * (KIP-511), which we keep for logs; v4 is v3 again (KIP-896 marks v0 ok to keep); v5 the cluster
 * id and node id the client expects, REBOOTSTRAP_REQUIRED when they are not this broker's (KIP-1242).
 * A version above 5 never reaches this file: the dispatcher answers it with a v0 UNSUPPORTED_VERSION
 * response (KIP-511).
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { ApiVersionsRequest } from '../../protocol/generated/api-versions-request.ts';
import type { ApiVersionsResponse } from '../../protocol/generated/api-versions-response.ts';
import type { Input } from '../../protocol/input.ts';
import { FEATURES } from '../features.ts';
import { defineHandler, type RequestContext } from '../handler.ts';

/** ApiVersions v3+ tagged fields: the features of features.ts (`kafka-features describe` reads them). */
const FEATURE_FIELDS = {
  supportedFeatures: FEATURES.map((f) => ({ name: f.name, minVersion: f.minVersion, maxVersion: f.maxVersion })),
  finalizedFeaturesEpoch: 1n,
  finalizedFeatures: FEATURES.map((f) => ({ name: f.name, minVersionLevel: f.finalized, maxVersionLevel: f.finalized })),
};

const SOFTWARE_RE = /^[a-zA-Z0-9](?:[a-zA-Z0-9\-.]*[a-zA-Z0-9])?$/;

function ranges(ctx: RequestContext): Input<ApiVersionsResponse>['apiKeys'] {
  return ctx.broker.apiVersions.map((r) => ({ apiKey: r.apiKey, minVersion: r.minVersion, maxVersion: r.maxVersion }));
}

export const apiVersions = defineHandler<ApiVersionsRequest, Input<ApiVersionsResponse>>({
  apiKey: ApiKey.ApiVersions,
  minVersion: 0,
  maxVersion: 5,
  handle(req, ctx) {
    // KIP-1242: a client that names the cluster and node it means to reach learns at once when this
    // is not that broker (its bootstrap list or metadata is stale).
    if (ctx.apiVersion >= 5 && ((req.clusterId !== null && req.clusterId !== ctx.broker.clusterId) || (req.nodeId >= 0 && req.nodeId !== ctx.broker.nodeId))) {
      return { errorCode: ErrorCode.REBOOTSTRAP_REQUIRED, apiKeys: [], throttleTimeMs: 0 };
    }
    if (ctx.apiVersion >= 3) {
      // KIP-511: the names must be valid, else INVALID_REQUEST (still with the ranges).
      if (!SOFTWARE_RE.test(req.clientSoftwareName) || !SOFTWARE_RE.test(req.clientSoftwareVersion)) {
        return { errorCode: ErrorCode.INVALID_REQUEST, apiKeys: ranges(ctx) };
      }
      ctx.client.softwareName = req.clientSoftwareName;
      ctx.client.softwareVersion = req.clientSoftwareVersion;
    }
    const features = ctx.apiVersion >= 3 ? FEATURE_FIELDS : {};
    return { errorCode: ErrorCode.NONE, apiKeys: ranges(ctx), throttleTimeMs: 0, ...features };
  },
  errorResponse(_req, errorCode, ctx) {
    return { errorCode, apiKeys: ranges(ctx) };
  },
});
