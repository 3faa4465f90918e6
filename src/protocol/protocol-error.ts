/**
 * The one error type the protocol layer throws. Decoding untrusted bytes must end in a value or a
 * ProtocolError, never another exception (RELIABILITY.md rule 10). `code` is a stable internal code
 * from the catalogue below; tests assert on it, not on the message.
 */
export type ProtocolErrorCode =
  | 'TRUNCATED' // a field needs more bytes than remain
  | 'NEGATIVE_LENGTH' // a length or count below -1 (or -1 where null is not allowed)
  | 'LENGTH_TOO_LARGE' // a declared length or count exceeds what remains or a configured limit
  | 'VARINT_TOO_LONG' // a varint longer than 5 bytes or a varlong longer than 10
  | 'TRAILING_BYTES' // bytes left over after a complete message
  | 'UNSUPPORTED_VERSION' // an API version the codec does not know
  | 'UNKNOWN_API_KEY'
  | 'INVALID_VALUE' // a value that cannot be written (null where not nullable, out of range)
  | 'CORRUPT_BATCH' // record batch: CRC or length mismatch
  | 'UNSUPPORTED_MAGIC' // record batch magic 0/1 or unknown
  | 'INVALID_RECORD' // record batch: inconsistent counts/offsets, malformed record
  | 'UNSUPPORTED_COMPRESSION' // unknown codec id
  | 'DECOMPRESSED_TOO_LARGE'; // decompression would exceed the caller's limit

export class ProtocolError extends Error {
  override readonly name = 'ProtocolError';
  constructor(
    readonly code: ProtocolErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function isProtocolError(e: unknown): e is ProtocolError {
  return e instanceof ProtocolError;
}
