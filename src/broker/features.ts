/**
 * The features this broker has (KIP-584), in one place: ApiVersions reports them and UpdateFeatures
 * accepts only their current level. metadata.version 7-33 with 33 (Kafka 4.4) finalized, since
 * Samsa serves the 4.4 protocol. The features Samsa does not have yet are left out rather than
 * claimed: group.version, share.version and streams.version (the KIP-848/932/1071 groups),
 * transaction.version (transactions), eligible.leader.replicas.version (replication) and
 * kraft.version (no KRaft quorum).
 */
export const FEATURES: readonly { name: string; minVersion: number; maxVersion: number; finalized: number }[] = [
  { name: 'metadata.version', minVersion: 7, maxVersion: 33, finalized: 33 },
];
