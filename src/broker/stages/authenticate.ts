/**
 * Authentication stage. Every listener is PLAINTEXT today, so every connection is the ANONYMOUS
 * principal and every request goes on. SASL (issue 13) answers here: before a connection has
 * authenticated, only ApiVersions, SaslHandshake and SaslAuthenticate pass; anything else closes it.
 */
import type { Stage } from './stage.ts';

export const authenticate: Stage = (_req, next) => next();
