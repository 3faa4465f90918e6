/**
 * Which request/response header version goes with an API version (Kafka protocol guide; KIP-482).
 *
 * Request header: v2 (with a tagged-field section) in the API's flexible versions, else v1;
 * ControlledShutdown v0 is the one API version that still uses header v0 (no client id).
 * Response header: v1 in flexible versions, else v0 — except ApiVersions responses, which always use
 * v0 so a client that does not yet know the broker's versions can read them (KIP-511).
 */
import { API_INFO, ApiKey } from './generated/api-keys.ts';
import { ProtocolError } from './protocol-error.ts';

function flexibleMin(apiKey: number): number {
  const info = API_INFO[apiKey];
  if (info === undefined) throw new ProtocolError('UNKNOWN_API_KEY', `unknown API key ${apiKey}`);
  return info.flexibleMin;
}

export function isFlexibleVersion(apiKey: number, apiVersion: number): boolean {
  const min = flexibleMin(apiKey);
  return min >= 0 && apiVersion >= min;
}

export function requestHeaderVersion(apiKey: number, apiVersion: number): 0 | 1 | 2 {
  if (isFlexibleVersion(apiKey, apiVersion)) return 2;
  if (apiKey === ApiKey.ControlledShutdown && apiVersion === 0) return 0;
  return 1;
}

export function responseHeaderVersion(apiKey: number, apiVersion: number): 0 | 1 {
  if (apiKey === ApiKey.ApiVersions) return 0;
  return isFlexibleVersion(apiKey, apiVersion) ? 1 : 0;
}
