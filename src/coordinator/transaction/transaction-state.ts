/**
 * The states of a transactional id and the transitions between them, as Kafka's transaction
 * coordinator has them (ids are what TransactionLogValue.TransactionStatus stores; names are what
 * DescribeTransactions and ListTransactions answer and filter by):
 *
 *   Empty ─▶ Ongoing ─▶ PrepareCommit ─▶ CompleteCommit ─┐
 *     ▲        │  ╲                                      │ (next transaction: Ongoing again)
 *     │        │   ▶ PrepareEpochFence ─▶ PrepareAbort ─▶ CompleteAbort
 *     │        └──────────────────────────▶ PrepareAbort
 *     └── a new InitProducerId after a completed transaction; Dead when the id expires.
 *
 * Transactions V2 (KIP-890) may also abort from Empty and the Complete states (an EndTxn abort that
 * only bumps the epoch).
 */
export const TxnState = {
  EMPTY: 0,
  ONGOING: 1,
  PREPARE_COMMIT: 2,
  PREPARE_ABORT: 3,
  COMPLETE_COMMIT: 4,
  COMPLETE_ABORT: 5,
  DEAD: 6,
  PREPARE_EPOCH_FENCE: 7,
} as const;

export type TxnStateId = (typeof TxnState)[keyof typeof TxnState];

const NAMES: Record<TxnStateId, string> = {
  0: 'Empty',
  1: 'Ongoing',
  2: 'PrepareCommit',
  3: 'PrepareAbort',
  4: 'CompleteCommit',
  5: 'CompleteAbort',
  6: 'Dead',
  7: 'PrepareEpochFence',
};

const { EMPTY, ONGOING, PREPARE_COMMIT, PREPARE_ABORT, COMPLETE_COMMIT, COMPLETE_ABORT, DEAD, PREPARE_EPOCH_FENCE } = TxnState;

/** For each state, the states it may be entered from (Kafka's TransactionState.VALID_PREVIOUS_STATES). */
const VALID_PREVIOUS: Record<TxnStateId, readonly TxnStateId[]> = {
  [EMPTY]: [EMPTY, COMPLETE_COMMIT, COMPLETE_ABORT],
  [ONGOING]: [ONGOING, EMPTY, COMPLETE_COMMIT, COMPLETE_ABORT],
  [PREPARE_COMMIT]: [ONGOING],
  [PREPARE_ABORT]: [ONGOING, PREPARE_EPOCH_FENCE, EMPTY, COMPLETE_COMMIT, COMPLETE_ABORT],
  [COMPLETE_COMMIT]: [PREPARE_COMMIT],
  [COMPLETE_ABORT]: [PREPARE_ABORT],
  [DEAD]: [EMPTY, COMPLETE_ABORT, COMPLETE_COMMIT],
  [PREPARE_EPOCH_FENCE]: [ONGOING],
};

export function txnStateName(s: TxnStateId): string {
  return NAMES[s];
}

/** The state of that name (ListTransactions' state filter), or undefined. */
export function txnStateOfName(name: string): TxnStateId | undefined {
  for (const [id, n] of Object.entries(NAMES)) if (n === name) return Number(id) as TxnStateId;
  return undefined;
}

/** The state stored as that TransactionStatus byte, or undefined for one this broker does not know. */
export function txnStateOfId(id: number): TxnStateId | undefined {
  return id in NAMES ? (id as TxnStateId) : undefined;
}

export function canTransition(from: TxnStateId, to: TxnStateId): boolean {
  return VALID_PREVIOUS[to].includes(from);
}

/** Whether an idle transactional id in this state may expire (transactional.id.expiration.ms). */
export function expirationAllowed(s: TxnStateId): boolean {
  return s === EMPTY || s === COMPLETE_COMMIT || s === COMPLETE_ABORT;
}
