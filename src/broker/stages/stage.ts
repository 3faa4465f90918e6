/**
 * The request path as an ordered list of stages (dispatcher.ts): decode → authenticate → authorise →
 * quota → test interception → handle → encode. Decode and encode are fixed ends (decode.ts,
 * encode in the dispatcher); the stages between are functions that see the decoded request and call
 * `next()` to go on, or answer themselves — an unauthenticated connection, a denied resource, a
 * throttle, an injected test answer. Each concern (authentication, authorisation, quotas) has its
 * one file here.
 */
import type { Handler, RequestContext } from '../handler.ts';

export interface StagedRequest {
  readonly handler: Handler;
  readonly body: unknown;
  readonly ctx: RequestContext;
}

/** Answers the request (the response body, or null for none) or hands it to the next stage. */
export type Stage = (req: StagedRequest, next: () => Promise<unknown>) => Promise<unknown> | unknown;

/** Runs `stages` in order, then `last`. */
export function runStages(stages: readonly Stage[], req: StagedRequest, last: (req: StagedRequest) => Promise<unknown>): Promise<unknown> {
  let i = 0;
  const next = async (): Promise<unknown> => (i < stages.length ? stages[i++]!(req, next) : last(req));
  return next();
}
