/**
 * The features this broker has (KIP-584), in one place: ApiVersions reports them and UpdateFeatures
 * accepts only their current level. metadata.version 7-33 with 33 (Kafka 4.4) finalized, since
 * Samsa serves the 4.4 protocol; transaction.version 0-2 with 2 finalized, as a new Kafka 4.4
 * cluster has it (Transactions V2, KIP-890: clients bump the epoch at every EndTxn v5 and add
 * partitions with their first Produce v12 / TxnOffsetCommit v5). The features Samsa does not have
 * yet are left out rather than claimed: group.version, share.version and streams.version (the
 * KIP-848/932/1071 groups), eligible.leader.replicas.version (replication) and kraft.version (no
 * KRaft quorum).
 */
export const FEATURES: readonly { name: string; minVersion: number; maxVersion: number; finalized: number }[] = [
  { name: 'metadata.version', minVersion: 7, maxVersion: 33, finalized: 33 },
  { name: 'transaction.version', minVersion: 0, maxVersion: 2, finalized: 2 },
];
