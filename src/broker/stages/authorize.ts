/**
 * Authorisation stage. No authorizer is configured today (Kafka's default: everything allowed), so
 * every request goes on. ACLs (issue 13) answer here, per resource, with the *_AUTHORIZATION_FAILED
 * error codes Kafka's handlers use.
 */
import type { Stage } from './stage.ts';

export const authorize: Stage = (_req, next) => next();
