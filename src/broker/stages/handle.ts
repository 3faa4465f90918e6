/**
 * The last stage: the handler. The dispatcher maps what any stage throws (CloseConnection aside)
 * to the handler's error response with errorCodeFor's code, and logs it.
 */
import { ErrorCode } from '../../protocol/generated/error-codes.ts';
import { kafkaErrorOf } from '../storage-errors.ts';
import type { StagedRequest } from './stage.ts';

/** Kafka error code for an unexpected failure; storage errors keep their names. */
export function errorCodeFor(e: unknown): number {
  return kafkaErrorOf(e) ?? ErrorCode.UNKNOWN_SERVER_ERROR;
}

export async function handleStage({ handler, body, ctx }: StagedRequest): Promise<unknown> {
  return handler.handle(body, ctx);
}
