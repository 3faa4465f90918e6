// Generated from TransactionLogKey.json by tools/protocol-gen. Do not edit.
import { Reader } from '../../reader.ts';
import { Writer } from '../../writer.ts';
import { ProtocolError } from '../../protocol-error.ts';
import type { Input } from '../../input.ts';
import type { FieldSchema, MessageSchema } from '../../message-schema.ts';

const EMPTY_BYTES = Buffer.alloc(0);

/** TransactionLogKey (coordinator-key, api key 0), versions 0, flexible none. */
export interface TransactionLogKey {
  /** The transactional id of the transaction. (versions 0) */
  transactionalId: string;
}

const TransactionLogKeyFields: readonly FieldSchema[] = [
  { name: "transactionalId", type: "string", versions: [0, 0], nullable: null, tagged: null, default: "" },
];

export const transactionLogKeySchema: MessageSchema = {
  name: "TransactionLogKey",
  type: "coordinator-key",
  apiKey: 0,
  validVersions: [0, 0],
  flexibleVersions: null,
  fields: TransactionLogKeyFields,
};

export function encodeTransactionLogKey(w: Writer, v: Input<TransactionLogKey>, version: number): void {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `TransactionLogKey version ${version} is not supported (valid: 0-0)`);
  }
  {
    const x = v.transactionalId === undefined ? "" : v.transactionalId;
    if (x === null) throw new ProtocolError('INVALID_VALUE', `TransactionLogKey.transactionalId cannot be null in version ${version}`);
    w.nullableString(x);
  }
}

export function decodeTransactionLogKey(r: Reader, version: number): TransactionLogKey {
  if (!(version >= 0 && version <= 0)) {
    throw new ProtocolError('UNSUPPORTED_VERSION', `TransactionLogKey version ${version} is not supported (valid: 0-0)`);
  }
  const f_transactionalId: string = r.string();
  return {
    transactionalId: f_transactionalId,
  };
}
