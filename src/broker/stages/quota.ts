/**
 * Quota stage. Client quotas are stored and described (Describe/AlterClientQuotas) but not enforced
 * yet, so every request goes on unthrottled (throttle_time_ms 0). Enforcement (issue 13) goes here:
 * measure per principal and client id, and delay or throttle the response as Kafka does.
 */
import type { Stage } from './stage.ts';

export const quota: Stage = (_req, next) => next();
