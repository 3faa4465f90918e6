/**
 * ApiVersions (key 18), v0-4, the ranges derived from the handler list (handlers/index.ts).
 * v1 adds throttle time; v3 is flexible and carries the client's software name and version
 * (KIP-511), which we keep for logs; v4 is v3 again (KIP-896 marks v0 ok to keep).
 * A version above 4 never reaches this file: the dispatcher answers it with a v0 UNSUPPORTED_VERSION
 * response (KIP-511). No supported features are reported (no feature-gated APIs are served yet).
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { ApiVersionsRequest } from '../../protocol/generated/api-versions-request.ts';
import type { ApiVersionsResponse } from '../../protocol/generated/api-versions-response.ts';
import type { Input } from '../../protocol/input.ts';
import { defineHandler, type RequestContext } from '../handler.ts';

const SOFTWARE_RE = /^[a-zA-Z0-9](?:[a-zA-Z0-9\-.]*[a-zA-Z0-9])?$/;

function ranges(ctx: RequestContext): Input<ApiVersionsResponse>['apiKeys'] {
  return ctx.broker.dispatcher.apiVersions.map((r) => ({ apiKey: r.apiKey, minVersion: r.minVersion, maxVersion: r.maxVersion }));
}

export const apiVersions = defineHandler<ApiVersionsRequest, Input<ApiVersionsResponse>>({
  apiKey: ApiKey.ApiVersions,
  minVersion: 0,
  maxVersion: 4,
  handle(req, ctx) {
    if (ctx.apiVersion >= 3) {
      // KIP-511: the names must be valid, else INVALID_REQUEST (still with the ranges).
      if (!SOFTWARE_RE.test(req.clientSoftwareName) || !SOFTWARE_RE.test(req.clientSoftwareVersion)) {
        return { errorCode: ErrorCode.INVALID_REQUEST, apiKeys: ranges(ctx) };
      }
      ctx.client.softwareName = req.clientSoftwareName;
      ctx.client.softwareVersion = req.clientSoftwareVersion;
    }
    return { errorCode: ErrorCode.NONE, apiKeys: ranges(ctx), throttleTimeMs: 0 };
  },
  errorResponse(_req, errorCode, ctx) {
    return { errorCode, apiKeys: ranges(ctx) };
  },
});
