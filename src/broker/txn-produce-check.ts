/**
 * A transactional batch is taken only inside its transaction (the server-side defence of KIP-890
 * part 1): the Produce request names the transactional id, the coordinator knows that id with the
 * batch's producer id and epoch, and the partition was added to its ongoing transaction. Otherwise
 * INVALID_TXN_STATE (a batch after its transaction ended, which a hanging transaction would
 * otherwise leave open forever) or PRODUCER_FENCED (an older epoch), and nothing is written.
 * Kafka asks the coordinator with AddPartitionsToTxn(verifyOnly); one broker asks it directly.
 */
import { isTransactional, OFF_ATTRIBUTES, OFF_PRODUCER_EPOCH, OFF_PRODUCER_ID } from '../protocol/record-batch/batch-header.ts';
import { ErrorCode } from '../protocol/generated/error-codes.ts';
import { TxnState } from '../coordinator/transaction/transaction-state.ts';
import type { BrokerServices } from './broker-services.ts';

export function checkTransactionalBatch(broker: BrokerServices, records: Buffer, transactionalId: string | null, topic: string, partition: number): { errorCode: number; message: string } | null {
  if (!isTransactional(records.readInt16BE(OFF_ATTRIBUTES))) return null;
  if (transactionalId === null) return { errorCode: ErrorCode.INVALID_TXN_STATE, message: 'a transactional batch in a Produce request without a transactional id' };
  const state = broker.transactionCoordinator().describe(transactionalId);
  const producerId = records.readBigInt64BE(OFF_PRODUCER_ID);
  const epoch = records.readInt16BE(OFF_PRODUCER_EPOCH);
  if (!state || state.producerId !== producerId) return { errorCode: ErrorCode.INVALID_TXN_STATE, message: `producer ${producerId} has no transaction for ${transactionalId}` };
  if (epoch < state.producerEpoch) return { errorCode: ErrorCode.PRODUCER_FENCED, message: `producer epoch ${epoch} of ${transactionalId} is fenced by epoch ${state.producerEpoch}` };
  if (state.state !== TxnState.ONGOING || !state.partitions.get(topic)?.includes(partition)) {
    return { errorCode: ErrorCode.INVALID_TXN_STATE, message: `${topic}-${partition} is not in an ongoing transaction of ${transactionalId}` };
  }
  return null;
}
