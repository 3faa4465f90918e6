/**
 * UpdateFeatures (key 57), v0-2 (KIP-584; v1 upgrade type and validate-only, KIP-778; v2 no
 * per-feature results). The features of features.ts, the ones ApiVersions reports, stay at their
 * finalized level: asking for that level again is a no-op that succeeds; any other
 * level, or a feature Samsa does not have, is INVALID_UPDATE_VERSION with the reason, and nothing
 * changes. So `kafka-features upgrade --metadata 4.4` works and the rest is refused plainly.
 */
import { ApiKey } from '../../protocol/generated/api-keys.ts';
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import type { UpdateFeaturesRequest } from '../../protocol/generated/update-features-request.ts';
import type { UpdateFeaturesResponse } from '../../protocol/generated/update-features-response.ts';
import type { Input } from '../../protocol/input.ts';
import { FEATURES } from '../features.ts';
import { defineHandler } from '../handler.ts';


function check(feature: string, level: number): { errorCode: number; errorMessage: string | null } {
  const current = FEATURES.find((f) => f.name === feature)?.finalized;
  if (current === undefined) return { errorCode: ErrorCode.INVALID_UPDATE_VERSION, errorMessage: `Samsa does not support the feature ${feature}` };
  if (level !== current) return { errorCode: ErrorCode.INVALID_UPDATE_VERSION, errorMessage: `${feature} can only be ${current} on this broker, not ${level}` };
  return { errorCode: ErrorCode.NONE, errorMessage: null };
}

export const updateFeatures = defineHandler<UpdateFeaturesRequest, Input<UpdateFeaturesResponse>>({
  apiKey: ApiKey.UpdateFeatures,
  minVersion: 0,
  maxVersion: 2,
  handle(req, ctx) {
    const results = req.featureUpdates.map((u) => ({ feature: u.feature, ...check(u.feature, u.maxVersionLevel) }));
    const failed = results.find((r) => r.errorCode !== ErrorCode.NONE);
    // As Kafka 4.4: the updates are applied all or none, a failure is the request's (top level, no
    // per-feature results); a success lists each feature in v0-1 and nothing in v2.
    if (failed) return { throttleTimeMs: 0, errorCode: failed.errorCode, errorMessage: failed.errorMessage, results: [] };
    return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, errorMessage: null, results: ctx.apiVersion >= 2 ? [] : results };
  },
  errorResponse(req, errorCode) {
    return { errorCode, errorMessage: null, results: req.featureUpdates.map((u) => ({ feature: u.feature, errorCode, errorMessage: null })) };
  },
});
