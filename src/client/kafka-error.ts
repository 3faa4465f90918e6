/**
 * The one error type the client throws for Kafka-level failures: an error code from the broker (or
 * a client-side condition with the code Kafka's Java client would use: NETWORK_EXCEPTION when a
 * connection drops, REQUEST_TIMED_OUT when no answer came in time), its catalogue name, and whether
 * a retry can succeed (ERRORS[..].retriable, Kafka's RetriableException). Tests assert on `name`.
 */
import { ErrorCode, errorInfo } from '../protocol/generated/error-codes.ts';

export class KafkaError extends Error {
  override readonly name = 'KafkaError';
  /** Kafka's error name (UNKNOWN_TOPIC_OR_PARTITION ...) */
  readonly type: string;
  readonly retriable: boolean;
  constructor(
    readonly code: number,
    detail?: string,
    opts: { retriable?: boolean; cause?: unknown } = {},
  ) {
    const info = errorInfo(code);
    const type = info?.name ?? `UNKNOWN_ERROR_CODE_${code}`;
    super(`${type}: ${detail ?? info?.message ?? 'unknown error code'}`, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.type = type;
    this.retriable = opts.retriable ?? info?.retriable ?? false;
  }
}

/** Throws a KafkaError when `code` is not NONE; `what` says which request/partition it was. */
export function throwIfError(code: number, what: string, message?: string | null): void {
  if (code !== ErrorCode.NONE) throw new KafkaError(code, message ? `${what}: ${message}` : what);
}

export function isKafkaError(e: unknown): e is KafkaError {
  return e instanceof KafkaError;
}

/** Errors after which the cached metadata is likely stale (leader moved, topic created or deleted). */
export function needsMetadataRefresh(code: number): boolean {
  return (
    code === ErrorCode.NOT_LEADER_OR_FOLLOWER ||
    code === ErrorCode.LEADER_NOT_AVAILABLE ||
    code === ErrorCode.UNKNOWN_TOPIC_OR_PARTITION ||
    code === ErrorCode.FENCED_LEADER_EPOCH ||
    code === ErrorCode.UNKNOWN_LEADER_EPOCH ||
    code === ErrorCode.UNKNOWN_TOPIC_ID ||
    code === ErrorCode.NETWORK_EXCEPTION ||
    code === ErrorCode.NOT_COORDINATOR ||
    code === ErrorCode.COORDINATOR_NOT_AVAILABLE
  );
}
