/**
 * THE list of API handlers. The dispatch table and the ApiVersions response are derived from it;
 * adding an API is adding its file in this folder and one line here.
 */
import type { Handler } from '../handler.ts';
import { apiVersions } from './api-versions.ts';
import { createTopics } from './create-topics.ts';
import { deleteTopics } from './delete-topics.ts';
import { fetch } from './fetch.ts';
import { initProducerId } from './init-producer-id.ts';
import { addPartitionsToTxn } from './add-partitions-to-txn.ts';
import { endTxn } from './end-txn.ts';
import { addOffsetsToTxn } from './add-offsets-to-txn.ts';
import { txnOffsetCommit } from './txn-offset-commit.ts';
import { writeTxnMarkers } from './write-txn-markers.ts';
import { describeTransactions } from './describe-transactions.ts';
import { listTransactions } from './list-transactions.ts';
import { listOffsets } from './list-offsets.ts';
import { metadata } from './metadata.ts';
import { produce } from './produce.ts';
import { describeConfigs } from './describe-configs.ts';
import { alterConfigs } from './alter-configs.ts';
import { incrementalAlterConfigs } from './incremental-alter-configs.ts';
import { createPartitions } from './create-partitions.ts';
import { deleteRecords } from './delete-records.ts';
import { describeCluster } from './describe-cluster.ts';
import { describeLogDirs } from './describe-log-dirs.ts';
import { alterReplicaLogDirs } from './alter-replica-log-dirs.ts';
import { offsetForLeaderEpoch } from './offset-for-leader-epoch.ts';
import { describeProducers } from './describe-producers.ts';
import { findCoordinator } from './find-coordinator.ts';
import { joinGroup } from './join-group.ts';
import { syncGroup } from './sync-group.ts';
import { heartbeat } from './heartbeat.ts';
import { leaveGroup } from './leave-group.ts';
import { offsetCommit } from './offset-commit.ts';
import { offsetFetch } from './offset-fetch.ts';
import { offsetDelete } from './offset-delete.ts';
import { describeGroups } from './describe-groups.ts';
import { listGroups } from './list-groups.ts';
import { deleteGroups } from './delete-groups.ts';
import { describeTopicPartitions } from './describe-topic-partitions.ts';
import { electLeaders } from './elect-leaders.ts';
import { alterPartitionReassignments } from './alter-partition-reassignments.ts';
import { listPartitionReassignments } from './list-partition-reassignments.ts';
import { describeQuorum } from './describe-quorum.ts';
import { updateFeatures } from './update-features.ts';
import { listConfigResources } from './list-config-resources.ts';
import { describeClientQuotas } from './describe-client-quotas.ts';
import { alterClientQuotas } from './alter-client-quotas.ts';
import { describeAcls } from './describe-acls.ts';
import { createAcls } from './create-acls.ts';
import { deleteAcls } from './delete-acls.ts';
import { saslHandshake } from './sasl-handshake.ts';
import { saslAuthenticate } from './sasl-authenticate.ts';
import { describeUserScramCredentials } from './describe-user-scram-credentials.ts';
import { alterUserScramCredentials } from './alter-user-scram-credentials.ts';

export const HANDLERS: readonly Handler[] = [
  produce,
  fetch,
  listOffsets,
  metadata,
  apiVersions,
  createTopics,
  deleteTopics,
  initProducerId,
  addPartitionsToTxn,
  endTxn,
  addOffsetsToTxn,
  txnOffsetCommit,
  writeTxnMarkers,
  describeTransactions,
  listTransactions,
  describeConfigs,
  alterConfigs,
  incrementalAlterConfigs,
  createPartitions,
  deleteRecords,
  describeCluster,
  describeLogDirs,
  alterReplicaLogDirs,
  offsetForLeaderEpoch,
  describeProducers,
  findCoordinator,
  joinGroup,
  syncGroup,
  heartbeat,
  leaveGroup,
  offsetCommit,
  offsetFetch,
  offsetDelete,
  describeGroups,
  listGroups,
  deleteGroups,
  describeTopicPartitions,
  electLeaders,
  alterPartitionReassignments,
  listPartitionReassignments,
  describeQuorum,
  updateFeatures,
  listConfigResources,
  describeClientQuotas,
  alterClientQuotas,
  saslHandshake,
  saslAuthenticate,
  describeAcls,
  createAcls,
  deleteAcls,
  describeUserScramCredentials,
  alterUserScramCredentials,
];
