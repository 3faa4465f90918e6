/**
 * A transactional batch is taken only inside its transaction (the server-side defences of KIP-890):
 * the Produce request names the transactional id, the coordinator knows that id with the batch's
 * producer id and epoch, and the partition is in its ongoing transaction. Up to Produce v11 the
 * partition must have been added (AddPartitionsToTxn) before: otherwise TRANSACTION_ABORTABLE (v11,
 * INVALID_TXN_STATE before), so a batch after its transaction ended, which a hanging transaction would
 * otherwise leave open forever, is refused. From v12 (Transactions V2) the first batch for a
 * partition adds it to the transaction itself. An older epoch is INVALID_PRODUCER_EPOCH, an unknown
 * producer id INVALID_PRODUCER_ID_MAPPING, a transaction being completed CONCURRENT_TRANSACTIONS
 * (the producer retries), and nothing is written. Kafka's leader asks the coordinator with
 * AddPartitionsToTxn (verifyOnly up to v11); one broker asks it directly. Before asking, the
 * partition notes the batch's sequence (`log.startTransactionVerification`), so that a later batch
 * of the same producer cannot be written ahead of one that is still being verified or retried.
 */
import { isTransactional, OFF_ATTRIBUTES, OFF_BASE_SEQUENCE, OFF_PRODUCER_EPOCH, OFF_PRODUCER_ID } from '../protocol/record-batch/batch-header.ts';
import { ErrorCode } from '../protocol/generated/error-codes.ts';
import type { BrokerServices } from './broker-services.ts';

export async function checkTransactionalBatch(
  broker: BrokerServices,
  log: { startTransactionVerification(producerId: number, epoch: number, sequence: number): void },
  records: Buffer,
  transactionalId: string | null,
  topic: string,
  partition: number,
  produceVersion: number,
): Promise<{ errorCode: number; message: string } | null> {
  if (!isTransactional(records.readInt16BE(OFF_ATTRIBUTES))) return null;
  if (transactionalId === null) return { errorCode: ErrorCode.INVALID_TXN_STATE, message: 'a transactional batch in a Produce request without a transactional id' };
  const coordinator = broker.transactionCoordinator();
  const producerId = records.readBigInt64BE(OFF_PRODUCER_ID);
  const epoch = records.readInt16BE(OFF_PRODUCER_EPOCH);
  const where = `${topic}-${partition}`;
  log.startTransactionVerification(Number(producerId), epoch, records.readInt32BE(OFF_BASE_SEQUENCE));
  if (produceVersion >= 12) {
    // The previous transaction's markers are usually still being written when the producer's next
    // batch arrives: the leader retries CONCURRENT_TRANSACTIONS itself for a moment, as Kafka's does
    // (KAFKA-18654), rather than send the producer into its own, much longer, backoff. It waits for
    // the coordinator to finish rather than a fixed add.partitions.to.txn.retry.backoff.ms where it can.
    const backoffMs = broker.config.int('add.partitions.to.txn.retry.backoff.ms');
    const deadline = Date.now() + broker.config.int('add.partitions.to.txn.retry.backoff.max.ms');
    let code = await coordinator.addPartitions(transactionalId, producerId, epoch, new Map([[topic, [partition]]]), { clientTransactionVersion: 2 });
    while (code === ErrorCode.CONCURRENT_TRANSACTIONS && Date.now() < deadline) {
      // Wake when the coordinator is done with what is in progress, else after the backoff.
      await sleepUntil(coordinator.whenSettled(transactionalId), Math.min(backoffMs, deadline - Date.now()));
      code = await coordinator.addPartitions(transactionalId, producerId, epoch, new Map([[topic, [partition]]]), { clientTransactionVersion: 2 });
    }
    if (code === ErrorCode.NONE) return null;
    const errorCode = code === ErrorCode.PRODUCER_FENCED ? ErrorCode.INVALID_PRODUCER_EPOCH : code;
    return { errorCode, message: `${where} could not join the transaction of ${transactionalId}` };
  }
  const code = coordinator.verifyPartition(transactionalId, producerId, epoch, topic, partition, produceVersion >= 11 ? ErrorCode.TRANSACTION_ABORTABLE : ErrorCode.INVALID_TXN_STATE);
  if (code === ErrorCode.NONE) return null;
  // Producers expect INVALID_PRODUCER_EPOCH for a fenced epoch here, as Kafka's leader answers.
  return { errorCode: code === ErrorCode.PRODUCER_FENCED ? ErrorCode.INVALID_PRODUCER_EPOCH : code, message: `${where} is not in an ongoing transaction of ${transactionalId} for producer ${producerId} epoch ${epoch}` };
}

/** Resolves when `event` settles or after `ms`, whichever is first. */
function sleepUntil(event: Promise<void> | null, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    void event?.then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
