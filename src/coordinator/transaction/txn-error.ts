/**
 * The Kafka error codes the transaction coordinator answers with (numbers from Kafka's Errors.java),
 * named here so the coordinator, a layer below the broker, has no wire dependency.
 */
export const TxnError = {
  NONE: 0,
  COORDINATOR_LOAD_IN_PROGRESS: 14,
  COORDINATOR_NOT_AVAILABLE: 15,
  NOT_COORDINATOR: 16,
  INVALID_PRODUCER_EPOCH: 47,
  INVALID_TXN_STATE: 48,
  INVALID_PRODUCER_ID_MAPPING: 49,
  INVALID_TRANSACTION_TIMEOUT: 50,
  CONCURRENT_TRANSACTIONS: 51,
  PRODUCER_FENCED: 90,
} as const;
