// Generated from the *Request.json and *Response.json schemas by tools/protocol-gen. Do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { Input } from '../input.ts';
import type { MessageSchema } from '../message-schema.ts';
import { type ProduceRequest, encodeProduceRequest, decodeProduceRequest, produceRequestSchema } from './produce-request.ts';
import { type ProduceResponse, encodeProduceResponse, decodeProduceResponse, produceResponseSchema } from './produce-response.ts';
import { type FetchRequest, encodeFetchRequest, decodeFetchRequest, fetchRequestSchema } from './fetch-request.ts';
import { type FetchResponse, encodeFetchResponse, decodeFetchResponse, fetchResponseSchema } from './fetch-response.ts';
import { type ListOffsetsRequest, encodeListOffsetsRequest, decodeListOffsetsRequest, listOffsetsRequestSchema } from './list-offsets-request.ts';
import { type ListOffsetsResponse, encodeListOffsetsResponse, decodeListOffsetsResponse, listOffsetsResponseSchema } from './list-offsets-response.ts';
import { type MetadataRequest, encodeMetadataRequest, decodeMetadataRequest, metadataRequestSchema } from './metadata-request.ts';
import { type MetadataResponse, encodeMetadataResponse, decodeMetadataResponse, metadataResponseSchema } from './metadata-response.ts';
import { type LeaderAndIsrRequest, encodeLeaderAndIsrRequest, decodeLeaderAndIsrRequest, leaderAndIsrRequestSchema } from './leader-and-isr-request.ts';
import { type LeaderAndIsrResponse, encodeLeaderAndIsrResponse, decodeLeaderAndIsrResponse, leaderAndIsrResponseSchema } from './leader-and-isr-response.ts';
import { type StopReplicaRequest, encodeStopReplicaRequest, decodeStopReplicaRequest, stopReplicaRequestSchema } from './stop-replica-request.ts';
import { type StopReplicaResponse, encodeStopReplicaResponse, decodeStopReplicaResponse, stopReplicaResponseSchema } from './stop-replica-response.ts';
import { type UpdateMetadataRequest, encodeUpdateMetadataRequest, decodeUpdateMetadataRequest, updateMetadataRequestSchema } from './update-metadata-request.ts';
import { type UpdateMetadataResponse, encodeUpdateMetadataResponse, decodeUpdateMetadataResponse, updateMetadataResponseSchema } from './update-metadata-response.ts';
import { type ControlledShutdownRequest, encodeControlledShutdownRequest, decodeControlledShutdownRequest, controlledShutdownRequestSchema } from './controlled-shutdown-request.ts';
import { type ControlledShutdownResponse, encodeControlledShutdownResponse, decodeControlledShutdownResponse, controlledShutdownResponseSchema } from './controlled-shutdown-response.ts';
import { type OffsetCommitRequest, encodeOffsetCommitRequest, decodeOffsetCommitRequest, offsetCommitRequestSchema } from './offset-commit-request.ts';
import { type OffsetCommitResponse, encodeOffsetCommitResponse, decodeOffsetCommitResponse, offsetCommitResponseSchema } from './offset-commit-response.ts';
import { type OffsetFetchRequest, encodeOffsetFetchRequest, decodeOffsetFetchRequest, offsetFetchRequestSchema } from './offset-fetch-request.ts';
import { type OffsetFetchResponse, encodeOffsetFetchResponse, decodeOffsetFetchResponse, offsetFetchResponseSchema } from './offset-fetch-response.ts';
import { type FindCoordinatorRequest, encodeFindCoordinatorRequest, decodeFindCoordinatorRequest, findCoordinatorRequestSchema } from './find-coordinator-request.ts';
import { type FindCoordinatorResponse, encodeFindCoordinatorResponse, decodeFindCoordinatorResponse, findCoordinatorResponseSchema } from './find-coordinator-response.ts';
import { type JoinGroupRequest, encodeJoinGroupRequest, decodeJoinGroupRequest, joinGroupRequestSchema } from './join-group-request.ts';
import { type JoinGroupResponse, encodeJoinGroupResponse, decodeJoinGroupResponse, joinGroupResponseSchema } from './join-group-response.ts';
import { type HeartbeatRequest, encodeHeartbeatRequest, decodeHeartbeatRequest, heartbeatRequestSchema } from './heartbeat-request.ts';
import { type HeartbeatResponse, encodeHeartbeatResponse, decodeHeartbeatResponse, heartbeatResponseSchema } from './heartbeat-response.ts';
import { type LeaveGroupRequest, encodeLeaveGroupRequest, decodeLeaveGroupRequest, leaveGroupRequestSchema } from './leave-group-request.ts';
import { type LeaveGroupResponse, encodeLeaveGroupResponse, decodeLeaveGroupResponse, leaveGroupResponseSchema } from './leave-group-response.ts';
import { type SyncGroupRequest, encodeSyncGroupRequest, decodeSyncGroupRequest, syncGroupRequestSchema } from './sync-group-request.ts';
import { type SyncGroupResponse, encodeSyncGroupResponse, decodeSyncGroupResponse, syncGroupResponseSchema } from './sync-group-response.ts';
import { type DescribeGroupsRequest, encodeDescribeGroupsRequest, decodeDescribeGroupsRequest, describeGroupsRequestSchema } from './describe-groups-request.ts';
import { type DescribeGroupsResponse, encodeDescribeGroupsResponse, decodeDescribeGroupsResponse, describeGroupsResponseSchema } from './describe-groups-response.ts';
import { type ListGroupsRequest, encodeListGroupsRequest, decodeListGroupsRequest, listGroupsRequestSchema } from './list-groups-request.ts';
import { type ListGroupsResponse, encodeListGroupsResponse, decodeListGroupsResponse, listGroupsResponseSchema } from './list-groups-response.ts';
import { type SaslHandshakeRequest, encodeSaslHandshakeRequest, decodeSaslHandshakeRequest, saslHandshakeRequestSchema } from './sasl-handshake-request.ts';
import { type SaslHandshakeResponse, encodeSaslHandshakeResponse, decodeSaslHandshakeResponse, saslHandshakeResponseSchema } from './sasl-handshake-response.ts';
import { type ApiVersionsRequest, encodeApiVersionsRequest, decodeApiVersionsRequest, apiVersionsRequestSchema } from './api-versions-request.ts';
import { type ApiVersionsResponse, encodeApiVersionsResponse, decodeApiVersionsResponse, apiVersionsResponseSchema } from './api-versions-response.ts';
import { type CreateTopicsRequest, encodeCreateTopicsRequest, decodeCreateTopicsRequest, createTopicsRequestSchema } from './create-topics-request.ts';
import { type CreateTopicsResponse, encodeCreateTopicsResponse, decodeCreateTopicsResponse, createTopicsResponseSchema } from './create-topics-response.ts';
import { type DeleteTopicsRequest, encodeDeleteTopicsRequest, decodeDeleteTopicsRequest, deleteTopicsRequestSchema } from './delete-topics-request.ts';
import { type DeleteTopicsResponse, encodeDeleteTopicsResponse, decodeDeleteTopicsResponse, deleteTopicsResponseSchema } from './delete-topics-response.ts';
import { type DeleteRecordsRequest, encodeDeleteRecordsRequest, decodeDeleteRecordsRequest, deleteRecordsRequestSchema } from './delete-records-request.ts';
import { type DeleteRecordsResponse, encodeDeleteRecordsResponse, decodeDeleteRecordsResponse, deleteRecordsResponseSchema } from './delete-records-response.ts';
import { type InitProducerIdRequest, encodeInitProducerIdRequest, decodeInitProducerIdRequest, initProducerIdRequestSchema } from './init-producer-id-request.ts';
import { type InitProducerIdResponse, encodeInitProducerIdResponse, decodeInitProducerIdResponse, initProducerIdResponseSchema } from './init-producer-id-response.ts';
import { type OffsetForLeaderEpochRequest, encodeOffsetForLeaderEpochRequest, decodeOffsetForLeaderEpochRequest, offsetForLeaderEpochRequestSchema } from './offset-for-leader-epoch-request.ts';
import { type OffsetForLeaderEpochResponse, encodeOffsetForLeaderEpochResponse, decodeOffsetForLeaderEpochResponse, offsetForLeaderEpochResponseSchema } from './offset-for-leader-epoch-response.ts';
import { type AddPartitionsToTxnRequest, encodeAddPartitionsToTxnRequest, decodeAddPartitionsToTxnRequest, addPartitionsToTxnRequestSchema } from './add-partitions-to-txn-request.ts';
import { type AddPartitionsToTxnResponse, encodeAddPartitionsToTxnResponse, decodeAddPartitionsToTxnResponse, addPartitionsToTxnResponseSchema } from './add-partitions-to-txn-response.ts';
import { type AddOffsetsToTxnRequest, encodeAddOffsetsToTxnRequest, decodeAddOffsetsToTxnRequest, addOffsetsToTxnRequestSchema } from './add-offsets-to-txn-request.ts';
import { type AddOffsetsToTxnResponse, encodeAddOffsetsToTxnResponse, decodeAddOffsetsToTxnResponse, addOffsetsToTxnResponseSchema } from './add-offsets-to-txn-response.ts';
import { type EndTxnRequest, encodeEndTxnRequest, decodeEndTxnRequest, endTxnRequestSchema } from './end-txn-request.ts';
import { type EndTxnResponse, encodeEndTxnResponse, decodeEndTxnResponse, endTxnResponseSchema } from './end-txn-response.ts';
import { type WriteTxnMarkersRequest, encodeWriteTxnMarkersRequest, decodeWriteTxnMarkersRequest, writeTxnMarkersRequestSchema } from './write-txn-markers-request.ts';
import { type WriteTxnMarkersResponse, encodeWriteTxnMarkersResponse, decodeWriteTxnMarkersResponse, writeTxnMarkersResponseSchema } from './write-txn-markers-response.ts';
import { type TxnOffsetCommitRequest, encodeTxnOffsetCommitRequest, decodeTxnOffsetCommitRequest, txnOffsetCommitRequestSchema } from './txn-offset-commit-request.ts';
import { type TxnOffsetCommitResponse, encodeTxnOffsetCommitResponse, decodeTxnOffsetCommitResponse, txnOffsetCommitResponseSchema } from './txn-offset-commit-response.ts';
import { type DescribeAclsRequest, encodeDescribeAclsRequest, decodeDescribeAclsRequest, describeAclsRequestSchema } from './describe-acls-request.ts';
import { type DescribeAclsResponse, encodeDescribeAclsResponse, decodeDescribeAclsResponse, describeAclsResponseSchema } from './describe-acls-response.ts';
import { type CreateAclsRequest, encodeCreateAclsRequest, decodeCreateAclsRequest, createAclsRequestSchema } from './create-acls-request.ts';
import { type CreateAclsResponse, encodeCreateAclsResponse, decodeCreateAclsResponse, createAclsResponseSchema } from './create-acls-response.ts';
import { type DeleteAclsRequest, encodeDeleteAclsRequest, decodeDeleteAclsRequest, deleteAclsRequestSchema } from './delete-acls-request.ts';
import { type DeleteAclsResponse, encodeDeleteAclsResponse, decodeDeleteAclsResponse, deleteAclsResponseSchema } from './delete-acls-response.ts';
import { type DescribeConfigsRequest, encodeDescribeConfigsRequest, decodeDescribeConfigsRequest, describeConfigsRequestSchema } from './describe-configs-request.ts';
import { type DescribeConfigsResponse, encodeDescribeConfigsResponse, decodeDescribeConfigsResponse, describeConfigsResponseSchema } from './describe-configs-response.ts';
import { type AlterConfigsRequest, encodeAlterConfigsRequest, decodeAlterConfigsRequest, alterConfigsRequestSchema } from './alter-configs-request.ts';
import { type AlterConfigsResponse, encodeAlterConfigsResponse, decodeAlterConfigsResponse, alterConfigsResponseSchema } from './alter-configs-response.ts';
import { type AlterReplicaLogDirsRequest, encodeAlterReplicaLogDirsRequest, decodeAlterReplicaLogDirsRequest, alterReplicaLogDirsRequestSchema } from './alter-replica-log-dirs-request.ts';
import { type AlterReplicaLogDirsResponse, encodeAlterReplicaLogDirsResponse, decodeAlterReplicaLogDirsResponse, alterReplicaLogDirsResponseSchema } from './alter-replica-log-dirs-response.ts';
import { type DescribeLogDirsRequest, encodeDescribeLogDirsRequest, decodeDescribeLogDirsRequest, describeLogDirsRequestSchema } from './describe-log-dirs-request.ts';
import { type DescribeLogDirsResponse, encodeDescribeLogDirsResponse, decodeDescribeLogDirsResponse, describeLogDirsResponseSchema } from './describe-log-dirs-response.ts';
import { type SaslAuthenticateRequest, encodeSaslAuthenticateRequest, decodeSaslAuthenticateRequest, saslAuthenticateRequestSchema } from './sasl-authenticate-request.ts';
import { type SaslAuthenticateResponse, encodeSaslAuthenticateResponse, decodeSaslAuthenticateResponse, saslAuthenticateResponseSchema } from './sasl-authenticate-response.ts';
import { type CreatePartitionsRequest, encodeCreatePartitionsRequest, decodeCreatePartitionsRequest, createPartitionsRequestSchema } from './create-partitions-request.ts';
import { type CreatePartitionsResponse, encodeCreatePartitionsResponse, decodeCreatePartitionsResponse, createPartitionsResponseSchema } from './create-partitions-response.ts';
import { type CreateDelegationTokenRequest, encodeCreateDelegationTokenRequest, decodeCreateDelegationTokenRequest, createDelegationTokenRequestSchema } from './create-delegation-token-request.ts';
import { type CreateDelegationTokenResponse, encodeCreateDelegationTokenResponse, decodeCreateDelegationTokenResponse, createDelegationTokenResponseSchema } from './create-delegation-token-response.ts';
import { type RenewDelegationTokenRequest, encodeRenewDelegationTokenRequest, decodeRenewDelegationTokenRequest, renewDelegationTokenRequestSchema } from './renew-delegation-token-request.ts';
import { type RenewDelegationTokenResponse, encodeRenewDelegationTokenResponse, decodeRenewDelegationTokenResponse, renewDelegationTokenResponseSchema } from './renew-delegation-token-response.ts';
import { type ExpireDelegationTokenRequest, encodeExpireDelegationTokenRequest, decodeExpireDelegationTokenRequest, expireDelegationTokenRequestSchema } from './expire-delegation-token-request.ts';
import { type ExpireDelegationTokenResponse, encodeExpireDelegationTokenResponse, decodeExpireDelegationTokenResponse, expireDelegationTokenResponseSchema } from './expire-delegation-token-response.ts';
import { type DescribeDelegationTokenRequest, encodeDescribeDelegationTokenRequest, decodeDescribeDelegationTokenRequest, describeDelegationTokenRequestSchema } from './describe-delegation-token-request.ts';
import { type DescribeDelegationTokenResponse, encodeDescribeDelegationTokenResponse, decodeDescribeDelegationTokenResponse, describeDelegationTokenResponseSchema } from './describe-delegation-token-response.ts';
import { type DeleteGroupsRequest, encodeDeleteGroupsRequest, decodeDeleteGroupsRequest, deleteGroupsRequestSchema } from './delete-groups-request.ts';
import { type DeleteGroupsResponse, encodeDeleteGroupsResponse, decodeDeleteGroupsResponse, deleteGroupsResponseSchema } from './delete-groups-response.ts';
import { type ElectLeadersRequest, encodeElectLeadersRequest, decodeElectLeadersRequest, electLeadersRequestSchema } from './elect-leaders-request.ts';
import { type ElectLeadersResponse, encodeElectLeadersResponse, decodeElectLeadersResponse, electLeadersResponseSchema } from './elect-leaders-response.ts';
import { type IncrementalAlterConfigsRequest, encodeIncrementalAlterConfigsRequest, decodeIncrementalAlterConfigsRequest, incrementalAlterConfigsRequestSchema } from './incremental-alter-configs-request.ts';
import { type IncrementalAlterConfigsResponse, encodeIncrementalAlterConfigsResponse, decodeIncrementalAlterConfigsResponse, incrementalAlterConfigsResponseSchema } from './incremental-alter-configs-response.ts';
import { type AlterPartitionReassignmentsRequest, encodeAlterPartitionReassignmentsRequest, decodeAlterPartitionReassignmentsRequest, alterPartitionReassignmentsRequestSchema } from './alter-partition-reassignments-request.ts';
import { type AlterPartitionReassignmentsResponse, encodeAlterPartitionReassignmentsResponse, decodeAlterPartitionReassignmentsResponse, alterPartitionReassignmentsResponseSchema } from './alter-partition-reassignments-response.ts';
import { type ListPartitionReassignmentsRequest, encodeListPartitionReassignmentsRequest, decodeListPartitionReassignmentsRequest, listPartitionReassignmentsRequestSchema } from './list-partition-reassignments-request.ts';
import { type ListPartitionReassignmentsResponse, encodeListPartitionReassignmentsResponse, decodeListPartitionReassignmentsResponse, listPartitionReassignmentsResponseSchema } from './list-partition-reassignments-response.ts';
import { type OffsetDeleteRequest, encodeOffsetDeleteRequest, decodeOffsetDeleteRequest, offsetDeleteRequestSchema } from './offset-delete-request.ts';
import { type OffsetDeleteResponse, encodeOffsetDeleteResponse, decodeOffsetDeleteResponse, offsetDeleteResponseSchema } from './offset-delete-response.ts';
import { type DescribeClientQuotasRequest, encodeDescribeClientQuotasRequest, decodeDescribeClientQuotasRequest, describeClientQuotasRequestSchema } from './describe-client-quotas-request.ts';
import { type DescribeClientQuotasResponse, encodeDescribeClientQuotasResponse, decodeDescribeClientQuotasResponse, describeClientQuotasResponseSchema } from './describe-client-quotas-response.ts';
import { type AlterClientQuotasRequest, encodeAlterClientQuotasRequest, decodeAlterClientQuotasRequest, alterClientQuotasRequestSchema } from './alter-client-quotas-request.ts';
import { type AlterClientQuotasResponse, encodeAlterClientQuotasResponse, decodeAlterClientQuotasResponse, alterClientQuotasResponseSchema } from './alter-client-quotas-response.ts';
import { type DescribeUserScramCredentialsRequest, encodeDescribeUserScramCredentialsRequest, decodeDescribeUserScramCredentialsRequest, describeUserScramCredentialsRequestSchema } from './describe-user-scram-credentials-request.ts';
import { type DescribeUserScramCredentialsResponse, encodeDescribeUserScramCredentialsResponse, decodeDescribeUserScramCredentialsResponse, describeUserScramCredentialsResponseSchema } from './describe-user-scram-credentials-response.ts';
import { type AlterUserScramCredentialsRequest, encodeAlterUserScramCredentialsRequest, decodeAlterUserScramCredentialsRequest, alterUserScramCredentialsRequestSchema } from './alter-user-scram-credentials-request.ts';
import { type AlterUserScramCredentialsResponse, encodeAlterUserScramCredentialsResponse, decodeAlterUserScramCredentialsResponse, alterUserScramCredentialsResponseSchema } from './alter-user-scram-credentials-response.ts';
import { type VoteRequest, encodeVoteRequest, decodeVoteRequest, voteRequestSchema } from './vote-request.ts';
import { type VoteResponse, encodeVoteResponse, decodeVoteResponse, voteResponseSchema } from './vote-response.ts';
import { type BeginQuorumEpochRequest, encodeBeginQuorumEpochRequest, decodeBeginQuorumEpochRequest, beginQuorumEpochRequestSchema } from './begin-quorum-epoch-request.ts';
import { type BeginQuorumEpochResponse, encodeBeginQuorumEpochResponse, decodeBeginQuorumEpochResponse, beginQuorumEpochResponseSchema } from './begin-quorum-epoch-response.ts';
import { type EndQuorumEpochRequest, encodeEndQuorumEpochRequest, decodeEndQuorumEpochRequest, endQuorumEpochRequestSchema } from './end-quorum-epoch-request.ts';
import { type EndQuorumEpochResponse, encodeEndQuorumEpochResponse, decodeEndQuorumEpochResponse, endQuorumEpochResponseSchema } from './end-quorum-epoch-response.ts';
import { type DescribeQuorumRequest, encodeDescribeQuorumRequest, decodeDescribeQuorumRequest, describeQuorumRequestSchema } from './describe-quorum-request.ts';
import { type DescribeQuorumResponse, encodeDescribeQuorumResponse, decodeDescribeQuorumResponse, describeQuorumResponseSchema } from './describe-quorum-response.ts';
import { type AlterPartitionRequest, encodeAlterPartitionRequest, decodeAlterPartitionRequest, alterPartitionRequestSchema } from './alter-partition-request.ts';
import { type AlterPartitionResponse, encodeAlterPartitionResponse, decodeAlterPartitionResponse, alterPartitionResponseSchema } from './alter-partition-response.ts';
import { type UpdateFeaturesRequest, encodeUpdateFeaturesRequest, decodeUpdateFeaturesRequest, updateFeaturesRequestSchema } from './update-features-request.ts';
import { type UpdateFeaturesResponse, encodeUpdateFeaturesResponse, decodeUpdateFeaturesResponse, updateFeaturesResponseSchema } from './update-features-response.ts';
import { type EnvelopeRequest, encodeEnvelopeRequest, decodeEnvelopeRequest, envelopeRequestSchema } from './envelope-request.ts';
import { type EnvelopeResponse, encodeEnvelopeResponse, decodeEnvelopeResponse, envelopeResponseSchema } from './envelope-response.ts';
import { type FetchSnapshotRequest, encodeFetchSnapshotRequest, decodeFetchSnapshotRequest, fetchSnapshotRequestSchema } from './fetch-snapshot-request.ts';
import { type FetchSnapshotResponse, encodeFetchSnapshotResponse, decodeFetchSnapshotResponse, fetchSnapshotResponseSchema } from './fetch-snapshot-response.ts';
import { type DescribeClusterRequest, encodeDescribeClusterRequest, decodeDescribeClusterRequest, describeClusterRequestSchema } from './describe-cluster-request.ts';
import { type DescribeClusterResponse, encodeDescribeClusterResponse, decodeDescribeClusterResponse, describeClusterResponseSchema } from './describe-cluster-response.ts';
import { type DescribeProducersRequest, encodeDescribeProducersRequest, decodeDescribeProducersRequest, describeProducersRequestSchema } from './describe-producers-request.ts';
import { type DescribeProducersResponse, encodeDescribeProducersResponse, decodeDescribeProducersResponse, describeProducersResponseSchema } from './describe-producers-response.ts';
import { type BrokerRegistrationRequest, encodeBrokerRegistrationRequest, decodeBrokerRegistrationRequest, brokerRegistrationRequestSchema } from './broker-registration-request.ts';
import { type BrokerRegistrationResponse, encodeBrokerRegistrationResponse, decodeBrokerRegistrationResponse, brokerRegistrationResponseSchema } from './broker-registration-response.ts';
import { type BrokerHeartbeatRequest, encodeBrokerHeartbeatRequest, decodeBrokerHeartbeatRequest, brokerHeartbeatRequestSchema } from './broker-heartbeat-request.ts';
import { type BrokerHeartbeatResponse, encodeBrokerHeartbeatResponse, decodeBrokerHeartbeatResponse, brokerHeartbeatResponseSchema } from './broker-heartbeat-response.ts';
import { type UnregisterBrokerRequest, encodeUnregisterBrokerRequest, decodeUnregisterBrokerRequest, unregisterBrokerRequestSchema } from './unregister-broker-request.ts';
import { type UnregisterBrokerResponse, encodeUnregisterBrokerResponse, decodeUnregisterBrokerResponse, unregisterBrokerResponseSchema } from './unregister-broker-response.ts';
import { type DescribeTransactionsRequest, encodeDescribeTransactionsRequest, decodeDescribeTransactionsRequest, describeTransactionsRequestSchema } from './describe-transactions-request.ts';
import { type DescribeTransactionsResponse, encodeDescribeTransactionsResponse, decodeDescribeTransactionsResponse, describeTransactionsResponseSchema } from './describe-transactions-response.ts';
import { type ListTransactionsRequest, encodeListTransactionsRequest, decodeListTransactionsRequest, listTransactionsRequestSchema } from './list-transactions-request.ts';
import { type ListTransactionsResponse, encodeListTransactionsResponse, decodeListTransactionsResponse, listTransactionsResponseSchema } from './list-transactions-response.ts';
import { type AllocateProducerIdsRequest, encodeAllocateProducerIdsRequest, decodeAllocateProducerIdsRequest, allocateProducerIdsRequestSchema } from './allocate-producer-ids-request.ts';
import { type AllocateProducerIdsResponse, encodeAllocateProducerIdsResponse, decodeAllocateProducerIdsResponse, allocateProducerIdsResponseSchema } from './allocate-producer-ids-response.ts';
import { type ConsumerGroupHeartbeatRequest, encodeConsumerGroupHeartbeatRequest, decodeConsumerGroupHeartbeatRequest, consumerGroupHeartbeatRequestSchema } from './consumer-group-heartbeat-request.ts';
import { type ConsumerGroupHeartbeatResponse, encodeConsumerGroupHeartbeatResponse, decodeConsumerGroupHeartbeatResponse, consumerGroupHeartbeatResponseSchema } from './consumer-group-heartbeat-response.ts';
import { type ConsumerGroupDescribeRequest, encodeConsumerGroupDescribeRequest, decodeConsumerGroupDescribeRequest, consumerGroupDescribeRequestSchema } from './consumer-group-describe-request.ts';
import { type ConsumerGroupDescribeResponse, encodeConsumerGroupDescribeResponse, decodeConsumerGroupDescribeResponse, consumerGroupDescribeResponseSchema } from './consumer-group-describe-response.ts';
import { type ControllerRegistrationRequest, encodeControllerRegistrationRequest, decodeControllerRegistrationRequest, controllerRegistrationRequestSchema } from './controller-registration-request.ts';
import { type ControllerRegistrationResponse, encodeControllerRegistrationResponse, decodeControllerRegistrationResponse, controllerRegistrationResponseSchema } from './controller-registration-response.ts';
import { type GetTelemetrySubscriptionsRequest, encodeGetTelemetrySubscriptionsRequest, decodeGetTelemetrySubscriptionsRequest, getTelemetrySubscriptionsRequestSchema } from './get-telemetry-subscriptions-request.ts';
import { type GetTelemetrySubscriptionsResponse, encodeGetTelemetrySubscriptionsResponse, decodeGetTelemetrySubscriptionsResponse, getTelemetrySubscriptionsResponseSchema } from './get-telemetry-subscriptions-response.ts';
import { type PushTelemetryRequest, encodePushTelemetryRequest, decodePushTelemetryRequest, pushTelemetryRequestSchema } from './push-telemetry-request.ts';
import { type PushTelemetryResponse, encodePushTelemetryResponse, decodePushTelemetryResponse, pushTelemetryResponseSchema } from './push-telemetry-response.ts';
import { type AssignReplicasToDirsRequest, encodeAssignReplicasToDirsRequest, decodeAssignReplicasToDirsRequest, assignReplicasToDirsRequestSchema } from './assign-replicas-to-dirs-request.ts';
import { type AssignReplicasToDirsResponse, encodeAssignReplicasToDirsResponse, decodeAssignReplicasToDirsResponse, assignReplicasToDirsResponseSchema } from './assign-replicas-to-dirs-response.ts';
import { type ListConfigResourcesRequest, encodeListConfigResourcesRequest, decodeListConfigResourcesRequest, listConfigResourcesRequestSchema } from './list-config-resources-request.ts';
import { type ListConfigResourcesResponse, encodeListConfigResourcesResponse, decodeListConfigResourcesResponse, listConfigResourcesResponseSchema } from './list-config-resources-response.ts';
import { type DescribeTopicPartitionsRequest, encodeDescribeTopicPartitionsRequest, decodeDescribeTopicPartitionsRequest, describeTopicPartitionsRequestSchema } from './describe-topic-partitions-request.ts';
import { type DescribeTopicPartitionsResponse, encodeDescribeTopicPartitionsResponse, decodeDescribeTopicPartitionsResponse, describeTopicPartitionsResponseSchema } from './describe-topic-partitions-response.ts';
import { type ShareGroupHeartbeatRequest, encodeShareGroupHeartbeatRequest, decodeShareGroupHeartbeatRequest, shareGroupHeartbeatRequestSchema } from './share-group-heartbeat-request.ts';
import { type ShareGroupHeartbeatResponse, encodeShareGroupHeartbeatResponse, decodeShareGroupHeartbeatResponse, shareGroupHeartbeatResponseSchema } from './share-group-heartbeat-response.ts';
import { type ShareGroupDescribeRequest, encodeShareGroupDescribeRequest, decodeShareGroupDescribeRequest, shareGroupDescribeRequestSchema } from './share-group-describe-request.ts';
import { type ShareGroupDescribeResponse, encodeShareGroupDescribeResponse, decodeShareGroupDescribeResponse, shareGroupDescribeResponseSchema } from './share-group-describe-response.ts';
import { type ShareFetchRequest, encodeShareFetchRequest, decodeShareFetchRequest, shareFetchRequestSchema } from './share-fetch-request.ts';
import { type ShareFetchResponse, encodeShareFetchResponse, decodeShareFetchResponse, shareFetchResponseSchema } from './share-fetch-response.ts';
import { type ShareAcknowledgeRequest, encodeShareAcknowledgeRequest, decodeShareAcknowledgeRequest, shareAcknowledgeRequestSchema } from './share-acknowledge-request.ts';
import { type ShareAcknowledgeResponse, encodeShareAcknowledgeResponse, decodeShareAcknowledgeResponse, shareAcknowledgeResponseSchema } from './share-acknowledge-response.ts';
import { type AddRaftVoterRequest, encodeAddRaftVoterRequest, decodeAddRaftVoterRequest, addRaftVoterRequestSchema } from './add-raft-voter-request.ts';
import { type AddRaftVoterResponse, encodeAddRaftVoterResponse, decodeAddRaftVoterResponse, addRaftVoterResponseSchema } from './add-raft-voter-response.ts';
import { type RemoveRaftVoterRequest, encodeRemoveRaftVoterRequest, decodeRemoveRaftVoterRequest, removeRaftVoterRequestSchema } from './remove-raft-voter-request.ts';
import { type RemoveRaftVoterResponse, encodeRemoveRaftVoterResponse, decodeRemoveRaftVoterResponse, removeRaftVoterResponseSchema } from './remove-raft-voter-response.ts';
import { type UpdateRaftVoterRequest, encodeUpdateRaftVoterRequest, decodeUpdateRaftVoterRequest, updateRaftVoterRequestSchema } from './update-raft-voter-request.ts';
import { type UpdateRaftVoterResponse, encodeUpdateRaftVoterResponse, decodeUpdateRaftVoterResponse, updateRaftVoterResponseSchema } from './update-raft-voter-response.ts';
import { type InitializeShareGroupStateRequest, encodeInitializeShareGroupStateRequest, decodeInitializeShareGroupStateRequest, initializeShareGroupStateRequestSchema } from './initialize-share-group-state-request.ts';
import { type InitializeShareGroupStateResponse, encodeInitializeShareGroupStateResponse, decodeInitializeShareGroupStateResponse, initializeShareGroupStateResponseSchema } from './initialize-share-group-state-response.ts';
import { type ReadShareGroupStateRequest, encodeReadShareGroupStateRequest, decodeReadShareGroupStateRequest, readShareGroupStateRequestSchema } from './read-share-group-state-request.ts';
import { type ReadShareGroupStateResponse, encodeReadShareGroupStateResponse, decodeReadShareGroupStateResponse, readShareGroupStateResponseSchema } from './read-share-group-state-response.ts';
import { type WriteShareGroupStateRequest, encodeWriteShareGroupStateRequest, decodeWriteShareGroupStateRequest, writeShareGroupStateRequestSchema } from './write-share-group-state-request.ts';
import { type WriteShareGroupStateResponse, encodeWriteShareGroupStateResponse, decodeWriteShareGroupStateResponse, writeShareGroupStateResponseSchema } from './write-share-group-state-response.ts';
import { type DeleteShareGroupStateRequest, encodeDeleteShareGroupStateRequest, decodeDeleteShareGroupStateRequest, deleteShareGroupStateRequestSchema } from './delete-share-group-state-request.ts';
import { type DeleteShareGroupStateResponse, encodeDeleteShareGroupStateResponse, decodeDeleteShareGroupStateResponse, deleteShareGroupStateResponseSchema } from './delete-share-group-state-response.ts';
import { type ReadShareGroupStateSummaryRequest, encodeReadShareGroupStateSummaryRequest, decodeReadShareGroupStateSummaryRequest, readShareGroupStateSummaryRequestSchema } from './read-share-group-state-summary-request.ts';
import { type ReadShareGroupStateSummaryResponse, encodeReadShareGroupStateSummaryResponse, decodeReadShareGroupStateSummaryResponse, readShareGroupStateSummaryResponseSchema } from './read-share-group-state-summary-response.ts';
import { type StreamsGroupHeartbeatRequest, encodeStreamsGroupHeartbeatRequest, decodeStreamsGroupHeartbeatRequest, streamsGroupHeartbeatRequestSchema } from './streams-group-heartbeat-request.ts';
import { type StreamsGroupHeartbeatResponse, encodeStreamsGroupHeartbeatResponse, decodeStreamsGroupHeartbeatResponse, streamsGroupHeartbeatResponseSchema } from './streams-group-heartbeat-response.ts';
import { type StreamsGroupDescribeRequest, encodeStreamsGroupDescribeRequest, decodeStreamsGroupDescribeRequest, streamsGroupDescribeRequestSchema } from './streams-group-describe-request.ts';
import { type StreamsGroupDescribeResponse, encodeStreamsGroupDescribeResponse, decodeStreamsGroupDescribeResponse, streamsGroupDescribeResponseSchema } from './streams-group-describe-response.ts';
import { type DescribeShareGroupOffsetsRequest, encodeDescribeShareGroupOffsetsRequest, decodeDescribeShareGroupOffsetsRequest, describeShareGroupOffsetsRequestSchema } from './describe-share-group-offsets-request.ts';
import { type DescribeShareGroupOffsetsResponse, encodeDescribeShareGroupOffsetsResponse, decodeDescribeShareGroupOffsetsResponse, describeShareGroupOffsetsResponseSchema } from './describe-share-group-offsets-response.ts';
import { type AlterShareGroupOffsetsRequest, encodeAlterShareGroupOffsetsRequest, decodeAlterShareGroupOffsetsRequest, alterShareGroupOffsetsRequestSchema } from './alter-share-group-offsets-request.ts';
import { type AlterShareGroupOffsetsResponse, encodeAlterShareGroupOffsetsResponse, decodeAlterShareGroupOffsetsResponse, alterShareGroupOffsetsResponseSchema } from './alter-share-group-offsets-response.ts';
import { type DeleteShareGroupOffsetsRequest, encodeDeleteShareGroupOffsetsRequest, decodeDeleteShareGroupOffsetsRequest, deleteShareGroupOffsetsRequestSchema } from './delete-share-group-offsets-request.ts';
import { type DeleteShareGroupOffsetsResponse, encodeDeleteShareGroupOffsetsResponse, decodeDeleteShareGroupOffsetsResponse, deleteShareGroupOffsetsResponseSchema } from './delete-share-group-offsets-response.ts';
import { type StreamsGroupTopologyDescriptionUpdateRequest, encodeStreamsGroupTopologyDescriptionUpdateRequest, decodeStreamsGroupTopologyDescriptionUpdateRequest, streamsGroupTopologyDescriptionUpdateRequestSchema } from './streams-group-topology-description-update-request.ts';
import { type StreamsGroupTopologyDescriptionUpdateResponse, encodeStreamsGroupTopologyDescriptionUpdateResponse, decodeStreamsGroupTopologyDescriptionUpdateResponse, streamsGroupTopologyDescriptionUpdateResponseSchema } from './streams-group-topology-description-update-response.ts';
import { type UnregisterControllerRequest, encodeUnregisterControllerRequest, decodeUnregisterControllerRequest, unregisterControllerRequestSchema } from './unregister-controller-request.ts';
import { type UnregisterControllerResponse, encodeUnregisterControllerResponse, decodeUnregisterControllerResponse, unregisterControllerResponseSchema } from './unregister-controller-response.ts';

/** Generic access to one message codec. Methods (not properties) so specific codecs are assignable. */
export interface MessageCodec<T = unknown> {
  encode(w: Writer, v: Input<T>, version: number): void;
  decode(r: Reader, version: number): T;
  readonly schema: MessageSchema;
}

/** Request body type by api key: `RequestTypes[typeof ApiKey.Produce]` is ProduceRequest. */
export interface RequestTypes {
  0: ProduceRequest;
  1: FetchRequest;
  2: ListOffsetsRequest;
  3: MetadataRequest;
  4: LeaderAndIsrRequest;
  5: StopReplicaRequest;
  6: UpdateMetadataRequest;
  7: ControlledShutdownRequest;
  8: OffsetCommitRequest;
  9: OffsetFetchRequest;
  10: FindCoordinatorRequest;
  11: JoinGroupRequest;
  12: HeartbeatRequest;
  13: LeaveGroupRequest;
  14: SyncGroupRequest;
  15: DescribeGroupsRequest;
  16: ListGroupsRequest;
  17: SaslHandshakeRequest;
  18: ApiVersionsRequest;
  19: CreateTopicsRequest;
  20: DeleteTopicsRequest;
  21: DeleteRecordsRequest;
  22: InitProducerIdRequest;
  23: OffsetForLeaderEpochRequest;
  24: AddPartitionsToTxnRequest;
  25: AddOffsetsToTxnRequest;
  26: EndTxnRequest;
  27: WriteTxnMarkersRequest;
  28: TxnOffsetCommitRequest;
  29: DescribeAclsRequest;
  30: CreateAclsRequest;
  31: DeleteAclsRequest;
  32: DescribeConfigsRequest;
  33: AlterConfigsRequest;
  34: AlterReplicaLogDirsRequest;
  35: DescribeLogDirsRequest;
  36: SaslAuthenticateRequest;
  37: CreatePartitionsRequest;
  38: CreateDelegationTokenRequest;
  39: RenewDelegationTokenRequest;
  40: ExpireDelegationTokenRequest;
  41: DescribeDelegationTokenRequest;
  42: DeleteGroupsRequest;
  43: ElectLeadersRequest;
  44: IncrementalAlterConfigsRequest;
  45: AlterPartitionReassignmentsRequest;
  46: ListPartitionReassignmentsRequest;
  47: OffsetDeleteRequest;
  48: DescribeClientQuotasRequest;
  49: AlterClientQuotasRequest;
  50: DescribeUserScramCredentialsRequest;
  51: AlterUserScramCredentialsRequest;
  52: VoteRequest;
  53: BeginQuorumEpochRequest;
  54: EndQuorumEpochRequest;
  55: DescribeQuorumRequest;
  56: AlterPartitionRequest;
  57: UpdateFeaturesRequest;
  58: EnvelopeRequest;
  59: FetchSnapshotRequest;
  60: DescribeClusterRequest;
  61: DescribeProducersRequest;
  62: BrokerRegistrationRequest;
  63: BrokerHeartbeatRequest;
  64: UnregisterBrokerRequest;
  65: DescribeTransactionsRequest;
  66: ListTransactionsRequest;
  67: AllocateProducerIdsRequest;
  68: ConsumerGroupHeartbeatRequest;
  69: ConsumerGroupDescribeRequest;
  70: ControllerRegistrationRequest;
  71: GetTelemetrySubscriptionsRequest;
  72: PushTelemetryRequest;
  73: AssignReplicasToDirsRequest;
  74: ListConfigResourcesRequest;
  75: DescribeTopicPartitionsRequest;
  76: ShareGroupHeartbeatRequest;
  77: ShareGroupDescribeRequest;
  78: ShareFetchRequest;
  79: ShareAcknowledgeRequest;
  80: AddRaftVoterRequest;
  81: RemoveRaftVoterRequest;
  82: UpdateRaftVoterRequest;
  83: InitializeShareGroupStateRequest;
  84: ReadShareGroupStateRequest;
  85: WriteShareGroupStateRequest;
  86: DeleteShareGroupStateRequest;
  87: ReadShareGroupStateSummaryRequest;
  88: StreamsGroupHeartbeatRequest;
  89: StreamsGroupDescribeRequest;
  90: DescribeShareGroupOffsetsRequest;
  91: AlterShareGroupOffsetsRequest;
  92: DeleteShareGroupOffsetsRequest;
  93: StreamsGroupTopologyDescriptionUpdateRequest;
  94: UnregisterControllerRequest;
}

/** Response body type by api key. */
export interface ResponseTypes {
  0: ProduceResponse;
  1: FetchResponse;
  2: ListOffsetsResponse;
  3: MetadataResponse;
  4: LeaderAndIsrResponse;
  5: StopReplicaResponse;
  6: UpdateMetadataResponse;
  7: ControlledShutdownResponse;
  8: OffsetCommitResponse;
  9: OffsetFetchResponse;
  10: FindCoordinatorResponse;
  11: JoinGroupResponse;
  12: HeartbeatResponse;
  13: LeaveGroupResponse;
  14: SyncGroupResponse;
  15: DescribeGroupsResponse;
  16: ListGroupsResponse;
  17: SaslHandshakeResponse;
  18: ApiVersionsResponse;
  19: CreateTopicsResponse;
  20: DeleteTopicsResponse;
  21: DeleteRecordsResponse;
  22: InitProducerIdResponse;
  23: OffsetForLeaderEpochResponse;
  24: AddPartitionsToTxnResponse;
  25: AddOffsetsToTxnResponse;
  26: EndTxnResponse;
  27: WriteTxnMarkersResponse;
  28: TxnOffsetCommitResponse;
  29: DescribeAclsResponse;
  30: CreateAclsResponse;
  31: DeleteAclsResponse;
  32: DescribeConfigsResponse;
  33: AlterConfigsResponse;
  34: AlterReplicaLogDirsResponse;
  35: DescribeLogDirsResponse;
  36: SaslAuthenticateResponse;
  37: CreatePartitionsResponse;
  38: CreateDelegationTokenResponse;
  39: RenewDelegationTokenResponse;
  40: ExpireDelegationTokenResponse;
  41: DescribeDelegationTokenResponse;
  42: DeleteGroupsResponse;
  43: ElectLeadersResponse;
  44: IncrementalAlterConfigsResponse;
  45: AlterPartitionReassignmentsResponse;
  46: ListPartitionReassignmentsResponse;
  47: OffsetDeleteResponse;
  48: DescribeClientQuotasResponse;
  49: AlterClientQuotasResponse;
  50: DescribeUserScramCredentialsResponse;
  51: AlterUserScramCredentialsResponse;
  52: VoteResponse;
  53: BeginQuorumEpochResponse;
  54: EndQuorumEpochResponse;
  55: DescribeQuorumResponse;
  56: AlterPartitionResponse;
  57: UpdateFeaturesResponse;
  58: EnvelopeResponse;
  59: FetchSnapshotResponse;
  60: DescribeClusterResponse;
  61: DescribeProducersResponse;
  62: BrokerRegistrationResponse;
  63: BrokerHeartbeatResponse;
  64: UnregisterBrokerResponse;
  65: DescribeTransactionsResponse;
  66: ListTransactionsResponse;
  67: AllocateProducerIdsResponse;
  68: ConsumerGroupHeartbeatResponse;
  69: ConsumerGroupDescribeResponse;
  70: ControllerRegistrationResponse;
  71: GetTelemetrySubscriptionsResponse;
  72: PushTelemetryResponse;
  73: AssignReplicasToDirsResponse;
  74: ListConfigResourcesResponse;
  75: DescribeTopicPartitionsResponse;
  76: ShareGroupHeartbeatResponse;
  77: ShareGroupDescribeResponse;
  78: ShareFetchResponse;
  79: ShareAcknowledgeResponse;
  80: AddRaftVoterResponse;
  81: RemoveRaftVoterResponse;
  82: UpdateRaftVoterResponse;
  83: InitializeShareGroupStateResponse;
  84: ReadShareGroupStateResponse;
  85: WriteShareGroupStateResponse;
  86: DeleteShareGroupStateResponse;
  87: ReadShareGroupStateSummaryResponse;
  88: StreamsGroupHeartbeatResponse;
  89: StreamsGroupDescribeResponse;
  90: DescribeShareGroupOffsetsResponse;
  91: AlterShareGroupOffsetsResponse;
  92: DeleteShareGroupOffsetsResponse;
  93: StreamsGroupTopologyDescriptionUpdateResponse;
  94: UnregisterControllerResponse;
}

export type RequestOf<K extends keyof RequestTypes> = RequestTypes[K];
export type ResponseOf<K extends keyof ResponseTypes> = ResponseTypes[K];

/** Request codecs indexed by api key. */
export const REQUEST_CODECS: { readonly [K in keyof RequestTypes]: MessageCodec<RequestTypes[K]> } & readonly MessageCodec[] = [
  { encode: encodeProduceRequest, decode: decodeProduceRequest, schema: produceRequestSchema },
  { encode: encodeFetchRequest, decode: decodeFetchRequest, schema: fetchRequestSchema },
  { encode: encodeListOffsetsRequest, decode: decodeListOffsetsRequest, schema: listOffsetsRequestSchema },
  { encode: encodeMetadataRequest, decode: decodeMetadataRequest, schema: metadataRequestSchema },
  { encode: encodeLeaderAndIsrRequest, decode: decodeLeaderAndIsrRequest, schema: leaderAndIsrRequestSchema },
  { encode: encodeStopReplicaRequest, decode: decodeStopReplicaRequest, schema: stopReplicaRequestSchema },
  { encode: encodeUpdateMetadataRequest, decode: decodeUpdateMetadataRequest, schema: updateMetadataRequestSchema },
  { encode: encodeControlledShutdownRequest, decode: decodeControlledShutdownRequest, schema: controlledShutdownRequestSchema },
  { encode: encodeOffsetCommitRequest, decode: decodeOffsetCommitRequest, schema: offsetCommitRequestSchema },
  { encode: encodeOffsetFetchRequest, decode: decodeOffsetFetchRequest, schema: offsetFetchRequestSchema },
  { encode: encodeFindCoordinatorRequest, decode: decodeFindCoordinatorRequest, schema: findCoordinatorRequestSchema },
  { encode: encodeJoinGroupRequest, decode: decodeJoinGroupRequest, schema: joinGroupRequestSchema },
  { encode: encodeHeartbeatRequest, decode: decodeHeartbeatRequest, schema: heartbeatRequestSchema },
  { encode: encodeLeaveGroupRequest, decode: decodeLeaveGroupRequest, schema: leaveGroupRequestSchema },
  { encode: encodeSyncGroupRequest, decode: decodeSyncGroupRequest, schema: syncGroupRequestSchema },
  { encode: encodeDescribeGroupsRequest, decode: decodeDescribeGroupsRequest, schema: describeGroupsRequestSchema },
  { encode: encodeListGroupsRequest, decode: decodeListGroupsRequest, schema: listGroupsRequestSchema },
  { encode: encodeSaslHandshakeRequest, decode: decodeSaslHandshakeRequest, schema: saslHandshakeRequestSchema },
  { encode: encodeApiVersionsRequest, decode: decodeApiVersionsRequest, schema: apiVersionsRequestSchema },
  { encode: encodeCreateTopicsRequest, decode: decodeCreateTopicsRequest, schema: createTopicsRequestSchema },
  { encode: encodeDeleteTopicsRequest, decode: decodeDeleteTopicsRequest, schema: deleteTopicsRequestSchema },
  { encode: encodeDeleteRecordsRequest, decode: decodeDeleteRecordsRequest, schema: deleteRecordsRequestSchema },
  { encode: encodeInitProducerIdRequest, decode: decodeInitProducerIdRequest, schema: initProducerIdRequestSchema },
  { encode: encodeOffsetForLeaderEpochRequest, decode: decodeOffsetForLeaderEpochRequest, schema: offsetForLeaderEpochRequestSchema },
  { encode: encodeAddPartitionsToTxnRequest, decode: decodeAddPartitionsToTxnRequest, schema: addPartitionsToTxnRequestSchema },
  { encode: encodeAddOffsetsToTxnRequest, decode: decodeAddOffsetsToTxnRequest, schema: addOffsetsToTxnRequestSchema },
  { encode: encodeEndTxnRequest, decode: decodeEndTxnRequest, schema: endTxnRequestSchema },
  { encode: encodeWriteTxnMarkersRequest, decode: decodeWriteTxnMarkersRequest, schema: writeTxnMarkersRequestSchema },
  { encode: encodeTxnOffsetCommitRequest, decode: decodeTxnOffsetCommitRequest, schema: txnOffsetCommitRequestSchema },
  { encode: encodeDescribeAclsRequest, decode: decodeDescribeAclsRequest, schema: describeAclsRequestSchema },
  { encode: encodeCreateAclsRequest, decode: decodeCreateAclsRequest, schema: createAclsRequestSchema },
  { encode: encodeDeleteAclsRequest, decode: decodeDeleteAclsRequest, schema: deleteAclsRequestSchema },
  { encode: encodeDescribeConfigsRequest, decode: decodeDescribeConfigsRequest, schema: describeConfigsRequestSchema },
  { encode: encodeAlterConfigsRequest, decode: decodeAlterConfigsRequest, schema: alterConfigsRequestSchema },
  { encode: encodeAlterReplicaLogDirsRequest, decode: decodeAlterReplicaLogDirsRequest, schema: alterReplicaLogDirsRequestSchema },
  { encode: encodeDescribeLogDirsRequest, decode: decodeDescribeLogDirsRequest, schema: describeLogDirsRequestSchema },
  { encode: encodeSaslAuthenticateRequest, decode: decodeSaslAuthenticateRequest, schema: saslAuthenticateRequestSchema },
  { encode: encodeCreatePartitionsRequest, decode: decodeCreatePartitionsRequest, schema: createPartitionsRequestSchema },
  { encode: encodeCreateDelegationTokenRequest, decode: decodeCreateDelegationTokenRequest, schema: createDelegationTokenRequestSchema },
  { encode: encodeRenewDelegationTokenRequest, decode: decodeRenewDelegationTokenRequest, schema: renewDelegationTokenRequestSchema },
  { encode: encodeExpireDelegationTokenRequest, decode: decodeExpireDelegationTokenRequest, schema: expireDelegationTokenRequestSchema },
  { encode: encodeDescribeDelegationTokenRequest, decode: decodeDescribeDelegationTokenRequest, schema: describeDelegationTokenRequestSchema },
  { encode: encodeDeleteGroupsRequest, decode: decodeDeleteGroupsRequest, schema: deleteGroupsRequestSchema },
  { encode: encodeElectLeadersRequest, decode: decodeElectLeadersRequest, schema: electLeadersRequestSchema },
  { encode: encodeIncrementalAlterConfigsRequest, decode: decodeIncrementalAlterConfigsRequest, schema: incrementalAlterConfigsRequestSchema },
  { encode: encodeAlterPartitionReassignmentsRequest, decode: decodeAlterPartitionReassignmentsRequest, schema: alterPartitionReassignmentsRequestSchema },
  { encode: encodeListPartitionReassignmentsRequest, decode: decodeListPartitionReassignmentsRequest, schema: listPartitionReassignmentsRequestSchema },
  { encode: encodeOffsetDeleteRequest, decode: decodeOffsetDeleteRequest, schema: offsetDeleteRequestSchema },
  { encode: encodeDescribeClientQuotasRequest, decode: decodeDescribeClientQuotasRequest, schema: describeClientQuotasRequestSchema },
  { encode: encodeAlterClientQuotasRequest, decode: decodeAlterClientQuotasRequest, schema: alterClientQuotasRequestSchema },
  { encode: encodeDescribeUserScramCredentialsRequest, decode: decodeDescribeUserScramCredentialsRequest, schema: describeUserScramCredentialsRequestSchema },
  { encode: encodeAlterUserScramCredentialsRequest, decode: decodeAlterUserScramCredentialsRequest, schema: alterUserScramCredentialsRequestSchema },
  { encode: encodeVoteRequest, decode: decodeVoteRequest, schema: voteRequestSchema },
  { encode: encodeBeginQuorumEpochRequest, decode: decodeBeginQuorumEpochRequest, schema: beginQuorumEpochRequestSchema },
  { encode: encodeEndQuorumEpochRequest, decode: decodeEndQuorumEpochRequest, schema: endQuorumEpochRequestSchema },
  { encode: encodeDescribeQuorumRequest, decode: decodeDescribeQuorumRequest, schema: describeQuorumRequestSchema },
  { encode: encodeAlterPartitionRequest, decode: decodeAlterPartitionRequest, schema: alterPartitionRequestSchema },
  { encode: encodeUpdateFeaturesRequest, decode: decodeUpdateFeaturesRequest, schema: updateFeaturesRequestSchema },
  { encode: encodeEnvelopeRequest, decode: decodeEnvelopeRequest, schema: envelopeRequestSchema },
  { encode: encodeFetchSnapshotRequest, decode: decodeFetchSnapshotRequest, schema: fetchSnapshotRequestSchema },
  { encode: encodeDescribeClusterRequest, decode: decodeDescribeClusterRequest, schema: describeClusterRequestSchema },
  { encode: encodeDescribeProducersRequest, decode: decodeDescribeProducersRequest, schema: describeProducersRequestSchema },
  { encode: encodeBrokerRegistrationRequest, decode: decodeBrokerRegistrationRequest, schema: brokerRegistrationRequestSchema },
  { encode: encodeBrokerHeartbeatRequest, decode: decodeBrokerHeartbeatRequest, schema: brokerHeartbeatRequestSchema },
  { encode: encodeUnregisterBrokerRequest, decode: decodeUnregisterBrokerRequest, schema: unregisterBrokerRequestSchema },
  { encode: encodeDescribeTransactionsRequest, decode: decodeDescribeTransactionsRequest, schema: describeTransactionsRequestSchema },
  { encode: encodeListTransactionsRequest, decode: decodeListTransactionsRequest, schema: listTransactionsRequestSchema },
  { encode: encodeAllocateProducerIdsRequest, decode: decodeAllocateProducerIdsRequest, schema: allocateProducerIdsRequestSchema },
  { encode: encodeConsumerGroupHeartbeatRequest, decode: decodeConsumerGroupHeartbeatRequest, schema: consumerGroupHeartbeatRequestSchema },
  { encode: encodeConsumerGroupDescribeRequest, decode: decodeConsumerGroupDescribeRequest, schema: consumerGroupDescribeRequestSchema },
  { encode: encodeControllerRegistrationRequest, decode: decodeControllerRegistrationRequest, schema: controllerRegistrationRequestSchema },
  { encode: encodeGetTelemetrySubscriptionsRequest, decode: decodeGetTelemetrySubscriptionsRequest, schema: getTelemetrySubscriptionsRequestSchema },
  { encode: encodePushTelemetryRequest, decode: decodePushTelemetryRequest, schema: pushTelemetryRequestSchema },
  { encode: encodeAssignReplicasToDirsRequest, decode: decodeAssignReplicasToDirsRequest, schema: assignReplicasToDirsRequestSchema },
  { encode: encodeListConfigResourcesRequest, decode: decodeListConfigResourcesRequest, schema: listConfigResourcesRequestSchema },
  { encode: encodeDescribeTopicPartitionsRequest, decode: decodeDescribeTopicPartitionsRequest, schema: describeTopicPartitionsRequestSchema },
  { encode: encodeShareGroupHeartbeatRequest, decode: decodeShareGroupHeartbeatRequest, schema: shareGroupHeartbeatRequestSchema },
  { encode: encodeShareGroupDescribeRequest, decode: decodeShareGroupDescribeRequest, schema: shareGroupDescribeRequestSchema },
  { encode: encodeShareFetchRequest, decode: decodeShareFetchRequest, schema: shareFetchRequestSchema },
  { encode: encodeShareAcknowledgeRequest, decode: decodeShareAcknowledgeRequest, schema: shareAcknowledgeRequestSchema },
  { encode: encodeAddRaftVoterRequest, decode: decodeAddRaftVoterRequest, schema: addRaftVoterRequestSchema },
  { encode: encodeRemoveRaftVoterRequest, decode: decodeRemoveRaftVoterRequest, schema: removeRaftVoterRequestSchema },
  { encode: encodeUpdateRaftVoterRequest, decode: decodeUpdateRaftVoterRequest, schema: updateRaftVoterRequestSchema },
  { encode: encodeInitializeShareGroupStateRequest, decode: decodeInitializeShareGroupStateRequest, schema: initializeShareGroupStateRequestSchema },
  { encode: encodeReadShareGroupStateRequest, decode: decodeReadShareGroupStateRequest, schema: readShareGroupStateRequestSchema },
  { encode: encodeWriteShareGroupStateRequest, decode: decodeWriteShareGroupStateRequest, schema: writeShareGroupStateRequestSchema },
  { encode: encodeDeleteShareGroupStateRequest, decode: decodeDeleteShareGroupStateRequest, schema: deleteShareGroupStateRequestSchema },
  { encode: encodeReadShareGroupStateSummaryRequest, decode: decodeReadShareGroupStateSummaryRequest, schema: readShareGroupStateSummaryRequestSchema },
  { encode: encodeStreamsGroupHeartbeatRequest, decode: decodeStreamsGroupHeartbeatRequest, schema: streamsGroupHeartbeatRequestSchema },
  { encode: encodeStreamsGroupDescribeRequest, decode: decodeStreamsGroupDescribeRequest, schema: streamsGroupDescribeRequestSchema },
  { encode: encodeDescribeShareGroupOffsetsRequest, decode: decodeDescribeShareGroupOffsetsRequest, schema: describeShareGroupOffsetsRequestSchema },
  { encode: encodeAlterShareGroupOffsetsRequest, decode: decodeAlterShareGroupOffsetsRequest, schema: alterShareGroupOffsetsRequestSchema },
  { encode: encodeDeleteShareGroupOffsetsRequest, decode: decodeDeleteShareGroupOffsetsRequest, schema: deleteShareGroupOffsetsRequestSchema },
  { encode: encodeStreamsGroupTopologyDescriptionUpdateRequest, decode: decodeStreamsGroupTopologyDescriptionUpdateRequest, schema: streamsGroupTopologyDescriptionUpdateRequestSchema },
  { encode: encodeUnregisterControllerRequest, decode: decodeUnregisterControllerRequest, schema: unregisterControllerRequestSchema },
] as unknown as { readonly [K in keyof RequestTypes]: MessageCodec<RequestTypes[K]> } & readonly MessageCodec[];

/** Response codecs indexed by api key. */
export const RESPONSE_CODECS: { readonly [K in keyof ResponseTypes]: MessageCodec<ResponseTypes[K]> } & readonly MessageCodec[] = [
  { encode: encodeProduceResponse, decode: decodeProduceResponse, schema: produceResponseSchema },
  { encode: encodeFetchResponse, decode: decodeFetchResponse, schema: fetchResponseSchema },
  { encode: encodeListOffsetsResponse, decode: decodeListOffsetsResponse, schema: listOffsetsResponseSchema },
  { encode: encodeMetadataResponse, decode: decodeMetadataResponse, schema: metadataResponseSchema },
  { encode: encodeLeaderAndIsrResponse, decode: decodeLeaderAndIsrResponse, schema: leaderAndIsrResponseSchema },
  { encode: encodeStopReplicaResponse, decode: decodeStopReplicaResponse, schema: stopReplicaResponseSchema },
  { encode: encodeUpdateMetadataResponse, decode: decodeUpdateMetadataResponse, schema: updateMetadataResponseSchema },
  { encode: encodeControlledShutdownResponse, decode: decodeControlledShutdownResponse, schema: controlledShutdownResponseSchema },
  { encode: encodeOffsetCommitResponse, decode: decodeOffsetCommitResponse, schema: offsetCommitResponseSchema },
  { encode: encodeOffsetFetchResponse, decode: decodeOffsetFetchResponse, schema: offsetFetchResponseSchema },
  { encode: encodeFindCoordinatorResponse, decode: decodeFindCoordinatorResponse, schema: findCoordinatorResponseSchema },
  { encode: encodeJoinGroupResponse, decode: decodeJoinGroupResponse, schema: joinGroupResponseSchema },
  { encode: encodeHeartbeatResponse, decode: decodeHeartbeatResponse, schema: heartbeatResponseSchema },
  { encode: encodeLeaveGroupResponse, decode: decodeLeaveGroupResponse, schema: leaveGroupResponseSchema },
  { encode: encodeSyncGroupResponse, decode: decodeSyncGroupResponse, schema: syncGroupResponseSchema },
  { encode: encodeDescribeGroupsResponse, decode: decodeDescribeGroupsResponse, schema: describeGroupsResponseSchema },
  { encode: encodeListGroupsResponse, decode: decodeListGroupsResponse, schema: listGroupsResponseSchema },
  { encode: encodeSaslHandshakeResponse, decode: decodeSaslHandshakeResponse, schema: saslHandshakeResponseSchema },
  { encode: encodeApiVersionsResponse, decode: decodeApiVersionsResponse, schema: apiVersionsResponseSchema },
  { encode: encodeCreateTopicsResponse, decode: decodeCreateTopicsResponse, schema: createTopicsResponseSchema },
  { encode: encodeDeleteTopicsResponse, decode: decodeDeleteTopicsResponse, schema: deleteTopicsResponseSchema },
  { encode: encodeDeleteRecordsResponse, decode: decodeDeleteRecordsResponse, schema: deleteRecordsResponseSchema },
  { encode: encodeInitProducerIdResponse, decode: decodeInitProducerIdResponse, schema: initProducerIdResponseSchema },
  { encode: encodeOffsetForLeaderEpochResponse, decode: decodeOffsetForLeaderEpochResponse, schema: offsetForLeaderEpochResponseSchema },
  { encode: encodeAddPartitionsToTxnResponse, decode: decodeAddPartitionsToTxnResponse, schema: addPartitionsToTxnResponseSchema },
  { encode: encodeAddOffsetsToTxnResponse, decode: decodeAddOffsetsToTxnResponse, schema: addOffsetsToTxnResponseSchema },
  { encode: encodeEndTxnResponse, decode: decodeEndTxnResponse, schema: endTxnResponseSchema },
  { encode: encodeWriteTxnMarkersResponse, decode: decodeWriteTxnMarkersResponse, schema: writeTxnMarkersResponseSchema },
  { encode: encodeTxnOffsetCommitResponse, decode: decodeTxnOffsetCommitResponse, schema: txnOffsetCommitResponseSchema },
  { encode: encodeDescribeAclsResponse, decode: decodeDescribeAclsResponse, schema: describeAclsResponseSchema },
  { encode: encodeCreateAclsResponse, decode: decodeCreateAclsResponse, schema: createAclsResponseSchema },
  { encode: encodeDeleteAclsResponse, decode: decodeDeleteAclsResponse, schema: deleteAclsResponseSchema },
  { encode: encodeDescribeConfigsResponse, decode: decodeDescribeConfigsResponse, schema: describeConfigsResponseSchema },
  { encode: encodeAlterConfigsResponse, decode: decodeAlterConfigsResponse, schema: alterConfigsResponseSchema },
  { encode: encodeAlterReplicaLogDirsResponse, decode: decodeAlterReplicaLogDirsResponse, schema: alterReplicaLogDirsResponseSchema },
  { encode: encodeDescribeLogDirsResponse, decode: decodeDescribeLogDirsResponse, schema: describeLogDirsResponseSchema },
  { encode: encodeSaslAuthenticateResponse, decode: decodeSaslAuthenticateResponse, schema: saslAuthenticateResponseSchema },
  { encode: encodeCreatePartitionsResponse, decode: decodeCreatePartitionsResponse, schema: createPartitionsResponseSchema },
  { encode: encodeCreateDelegationTokenResponse, decode: decodeCreateDelegationTokenResponse, schema: createDelegationTokenResponseSchema },
  { encode: encodeRenewDelegationTokenResponse, decode: decodeRenewDelegationTokenResponse, schema: renewDelegationTokenResponseSchema },
  { encode: encodeExpireDelegationTokenResponse, decode: decodeExpireDelegationTokenResponse, schema: expireDelegationTokenResponseSchema },
  { encode: encodeDescribeDelegationTokenResponse, decode: decodeDescribeDelegationTokenResponse, schema: describeDelegationTokenResponseSchema },
  { encode: encodeDeleteGroupsResponse, decode: decodeDeleteGroupsResponse, schema: deleteGroupsResponseSchema },
  { encode: encodeElectLeadersResponse, decode: decodeElectLeadersResponse, schema: electLeadersResponseSchema },
  { encode: encodeIncrementalAlterConfigsResponse, decode: decodeIncrementalAlterConfigsResponse, schema: incrementalAlterConfigsResponseSchema },
  { encode: encodeAlterPartitionReassignmentsResponse, decode: decodeAlterPartitionReassignmentsResponse, schema: alterPartitionReassignmentsResponseSchema },
  { encode: encodeListPartitionReassignmentsResponse, decode: decodeListPartitionReassignmentsResponse, schema: listPartitionReassignmentsResponseSchema },
  { encode: encodeOffsetDeleteResponse, decode: decodeOffsetDeleteResponse, schema: offsetDeleteResponseSchema },
  { encode: encodeDescribeClientQuotasResponse, decode: decodeDescribeClientQuotasResponse, schema: describeClientQuotasResponseSchema },
  { encode: encodeAlterClientQuotasResponse, decode: decodeAlterClientQuotasResponse, schema: alterClientQuotasResponseSchema },
  { encode: encodeDescribeUserScramCredentialsResponse, decode: decodeDescribeUserScramCredentialsResponse, schema: describeUserScramCredentialsResponseSchema },
  { encode: encodeAlterUserScramCredentialsResponse, decode: decodeAlterUserScramCredentialsResponse, schema: alterUserScramCredentialsResponseSchema },
  { encode: encodeVoteResponse, decode: decodeVoteResponse, schema: voteResponseSchema },
  { encode: encodeBeginQuorumEpochResponse, decode: decodeBeginQuorumEpochResponse, schema: beginQuorumEpochResponseSchema },
  { encode: encodeEndQuorumEpochResponse, decode: decodeEndQuorumEpochResponse, schema: endQuorumEpochResponseSchema },
  { encode: encodeDescribeQuorumResponse, decode: decodeDescribeQuorumResponse, schema: describeQuorumResponseSchema },
  { encode: encodeAlterPartitionResponse, decode: decodeAlterPartitionResponse, schema: alterPartitionResponseSchema },
  { encode: encodeUpdateFeaturesResponse, decode: decodeUpdateFeaturesResponse, schema: updateFeaturesResponseSchema },
  { encode: encodeEnvelopeResponse, decode: decodeEnvelopeResponse, schema: envelopeResponseSchema },
  { encode: encodeFetchSnapshotResponse, decode: decodeFetchSnapshotResponse, schema: fetchSnapshotResponseSchema },
  { encode: encodeDescribeClusterResponse, decode: decodeDescribeClusterResponse, schema: describeClusterResponseSchema },
  { encode: encodeDescribeProducersResponse, decode: decodeDescribeProducersResponse, schema: describeProducersResponseSchema },
  { encode: encodeBrokerRegistrationResponse, decode: decodeBrokerRegistrationResponse, schema: brokerRegistrationResponseSchema },
  { encode: encodeBrokerHeartbeatResponse, decode: decodeBrokerHeartbeatResponse, schema: brokerHeartbeatResponseSchema },
  { encode: encodeUnregisterBrokerResponse, decode: decodeUnregisterBrokerResponse, schema: unregisterBrokerResponseSchema },
  { encode: encodeDescribeTransactionsResponse, decode: decodeDescribeTransactionsResponse, schema: describeTransactionsResponseSchema },
  { encode: encodeListTransactionsResponse, decode: decodeListTransactionsResponse, schema: listTransactionsResponseSchema },
  { encode: encodeAllocateProducerIdsResponse, decode: decodeAllocateProducerIdsResponse, schema: allocateProducerIdsResponseSchema },
  { encode: encodeConsumerGroupHeartbeatResponse, decode: decodeConsumerGroupHeartbeatResponse, schema: consumerGroupHeartbeatResponseSchema },
  { encode: encodeConsumerGroupDescribeResponse, decode: decodeConsumerGroupDescribeResponse, schema: consumerGroupDescribeResponseSchema },
  { encode: encodeControllerRegistrationResponse, decode: decodeControllerRegistrationResponse, schema: controllerRegistrationResponseSchema },
  { encode: encodeGetTelemetrySubscriptionsResponse, decode: decodeGetTelemetrySubscriptionsResponse, schema: getTelemetrySubscriptionsResponseSchema },
  { encode: encodePushTelemetryResponse, decode: decodePushTelemetryResponse, schema: pushTelemetryResponseSchema },
  { encode: encodeAssignReplicasToDirsResponse, decode: decodeAssignReplicasToDirsResponse, schema: assignReplicasToDirsResponseSchema },
  { encode: encodeListConfigResourcesResponse, decode: decodeListConfigResourcesResponse, schema: listConfigResourcesResponseSchema },
  { encode: encodeDescribeTopicPartitionsResponse, decode: decodeDescribeTopicPartitionsResponse, schema: describeTopicPartitionsResponseSchema },
  { encode: encodeShareGroupHeartbeatResponse, decode: decodeShareGroupHeartbeatResponse, schema: shareGroupHeartbeatResponseSchema },
  { encode: encodeShareGroupDescribeResponse, decode: decodeShareGroupDescribeResponse, schema: shareGroupDescribeResponseSchema },
  { encode: encodeShareFetchResponse, decode: decodeShareFetchResponse, schema: shareFetchResponseSchema },
  { encode: encodeShareAcknowledgeResponse, decode: decodeShareAcknowledgeResponse, schema: shareAcknowledgeResponseSchema },
  { encode: encodeAddRaftVoterResponse, decode: decodeAddRaftVoterResponse, schema: addRaftVoterResponseSchema },
  { encode: encodeRemoveRaftVoterResponse, decode: decodeRemoveRaftVoterResponse, schema: removeRaftVoterResponseSchema },
  { encode: encodeUpdateRaftVoterResponse, decode: decodeUpdateRaftVoterResponse, schema: updateRaftVoterResponseSchema },
  { encode: encodeInitializeShareGroupStateResponse, decode: decodeInitializeShareGroupStateResponse, schema: initializeShareGroupStateResponseSchema },
  { encode: encodeReadShareGroupStateResponse, decode: decodeReadShareGroupStateResponse, schema: readShareGroupStateResponseSchema },
  { encode: encodeWriteShareGroupStateResponse, decode: decodeWriteShareGroupStateResponse, schema: writeShareGroupStateResponseSchema },
  { encode: encodeDeleteShareGroupStateResponse, decode: decodeDeleteShareGroupStateResponse, schema: deleteShareGroupStateResponseSchema },
  { encode: encodeReadShareGroupStateSummaryResponse, decode: decodeReadShareGroupStateSummaryResponse, schema: readShareGroupStateSummaryResponseSchema },
  { encode: encodeStreamsGroupHeartbeatResponse, decode: decodeStreamsGroupHeartbeatResponse, schema: streamsGroupHeartbeatResponseSchema },
  { encode: encodeStreamsGroupDescribeResponse, decode: decodeStreamsGroupDescribeResponse, schema: streamsGroupDescribeResponseSchema },
  { encode: encodeDescribeShareGroupOffsetsResponse, decode: decodeDescribeShareGroupOffsetsResponse, schema: describeShareGroupOffsetsResponseSchema },
  { encode: encodeAlterShareGroupOffsetsResponse, decode: decodeAlterShareGroupOffsetsResponse, schema: alterShareGroupOffsetsResponseSchema },
  { encode: encodeDeleteShareGroupOffsetsResponse, decode: decodeDeleteShareGroupOffsetsResponse, schema: deleteShareGroupOffsetsResponseSchema },
  { encode: encodeStreamsGroupTopologyDescriptionUpdateResponse, decode: decodeStreamsGroupTopologyDescriptionUpdateResponse, schema: streamsGroupTopologyDescriptionUpdateResponseSchema },
  { encode: encodeUnregisterControllerResponse, decode: decodeUnregisterControllerResponse, schema: unregisterControllerResponseSchema },
] as unknown as { readonly [K in keyof ResponseTypes]: MessageCodec<ResponseTypes[K]> } & readonly MessageCodec[];
