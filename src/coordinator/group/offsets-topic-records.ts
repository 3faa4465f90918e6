/**
 * The records of the __consumer_offsets topic, byte for byte as Kafka writes them
 * (records/group-coordinator/*.json in Kafka's schemas), so a log written by Samsa reads like
 * Kafka's and the other way round. Every record key and value starts with an int16 version.
 *
 *   key v0/v1  OffsetCommitKey      group:string topic:string partition:int32
 *   key v2     GroupMetadataKey     group:string
 *   key v3+    KIP-848 consumer/share group records: not ours (classic groups only), skipped
 *
 *   OffsetCommitValue   v0: offset:int64 metadata:string commitTimestamp:int64
 *                       v1: v0 + expireTimestamp:int64 (written only when a retention was asked, KIP-211)
 *                       v2: as v0          v3: offset leaderEpoch:int32 metadata commitTimestamp
 *                       v4: v3, flexible (compact string, tagged fields)
 *   GroupMetadataValue  protocolType:string generation:int32 protocol:string? leader:string?
 *                       currentStateTimestamp:int64 (v2+) members:[MemberMetadata]
 *     MemberMetadata    memberId:string groupInstanceId:string?(v3+) clientId:string clientHost:string
 *                       rebalanceTimeout:int32 (v1+) sessionTimeout:int32 subscription:bytes assignment:bytes
 *
 * A null value is a tombstone: compaction then drops the key. We write OffsetCommitValue v3
 * (v1 with an explicit expiry) and GroupMetadataValue v3, as Kafka 3.x/4.x do. The field codecs
 * are the generated ones (protocol/generated/records); this file picks versions and maps types.
 */
import { Reader } from '../../protocol/reader.ts';
import { Writer } from '../../protocol/writer.ts';
import { decodeGroupMetadataKey, encodeGroupMetadataKey as encodeGroupKey } from '../../protocol/generated/records/group-metadata-key.ts';
import { decodeGroupMetadataValue as decodeGroupValue, encodeGroupMetadataValue as encodeGroupValue } from '../../protocol/generated/records/group-metadata-value.ts';
import { decodeOffsetCommitKey, encodeOffsetCommitKey as encodeOffsetKey } from '../../protocol/generated/records/offset-commit-key.ts';
import { decodeOffsetCommitValue as decodeOffsetValue, encodeOffsetCommitValue as encodeOffsetValue } from '../../protocol/generated/records/offset-commit-value.ts';
import type { CommittedOffset } from './classic-group.ts';

export interface StoredMember {
  memberId: string;
  groupInstanceId: string | null;
  clientId: string;
  clientHost: string;
  rebalanceTimeoutMs: number;
  sessionTimeoutMs: number;
  subscription: Buffer;
  assignment: Buffer;
}

export interface StoredGroup {
  protocolType: string;
  generation: number;
  protocol: string | null;
  leader: string | null;
  currentStateTimestamp: number | null;
  members: StoredMember[];
}

export type OffsetsTopicKey =
  | { type: 'offset'; group: string; topic: string; partition: number }
  | { type: 'group'; group: string }
  | { type: 'other' };

const OFFSET_KEY_VERSION = 1;
const GROUP_KEY_VERSION = 2;

export function encodeOffsetCommitKey(group: string, topic: string, partition: number): Buffer {
  const w = new Writer(64).int16(OFFSET_KEY_VERSION);
  encodeOffsetKey(w, { group, topic, partition }, OFFSET_KEY_VERSION);
  return w.finish();
}

export function encodeGroupMetadataKey(group: string): Buffer {
  const w = new Writer(32).int16(GROUP_KEY_VERSION);
  encodeGroupKey(w, { group }, GROUP_KEY_VERSION);
  return w.finish();
}

export function decodeOffsetsTopicKey(key: Buffer): OffsetsTopicKey {
  const r = new Reader(key);
  const version = r.int16();
  if (version === 0 || version === 1) return { type: 'offset', ...decodeOffsetCommitKey(r, version) };
  if (version === 2) return { type: 'group', group: decodeGroupMetadataKey(r, version).group };
  return { type: 'other' };
}

export function encodeOffsetCommitValue(o: CommittedOffset): Buffer {
  // KIP-211: v1 is the only version with an explicit expiry.
  const version = o.expireTimestamp !== null ? 1 : 3;
  const w = new Writer(64).int16(version);
  encodeOffsetValue(
    w,
    {
      offset: o.offset,
      leaderEpoch: o.leaderEpoch,
      metadata: o.metadata,
      commitTimestamp: BigInt(o.commitTimestamp),
      expireTimestamp: BigInt(o.expireTimestamp ?? -1),
    },
    version,
  );
  return w.finish();
}

export function decodeOffsetCommitValue(value: Buffer): CommittedOffset {
  const r = new Reader(value);
  const v = decodeOffsetValue(r, r.int16());
  const expire = Number(v.expireTimestamp);
  return {
    offset: v.offset,
    leaderEpoch: v.leaderEpoch,
    metadata: v.metadata,
    commitTimestamp: Number(v.commitTimestamp),
    expireTimestamp: expire === -1 ? null : expire,
  };
}

const GROUP_VALUE_VERSION = 3;

export function encodeGroupMetadataValue(g: StoredGroup): Buffer {
  const w = new Writer(256).int16(GROUP_VALUE_VERSION);
  encodeGroupValue(
    w,
    {
      protocolType: g.protocolType,
      generation: g.generation,
      protocol: g.protocol,
      leader: g.leader,
      currentStateTimestamp: BigInt(g.currentStateTimestamp ?? -1),
      members: g.members.map((m) => ({
        memberId: m.memberId,
        groupInstanceId: m.groupInstanceId,
        clientId: m.clientId,
        clientHost: m.clientHost,
        rebalanceTimeout: m.rebalanceTimeoutMs,
        sessionTimeout: m.sessionTimeoutMs,
        subscription: m.subscription,
        assignment: m.assignment,
      })),
    },
    GROUP_VALUE_VERSION,
  );
  return w.finish();
}

export function decodeGroupMetadataValue(value: Buffer): StoredGroup {
  const r = new Reader(value);
  const v = decodeGroupValue(r, r.int16());
  const ts = Number(v.currentStateTimestamp);
  return {
    protocolType: v.protocolType,
    generation: v.generation,
    protocol: v.protocol,
    leader: v.leader,
    currentStateTimestamp: ts === -1 ? null : ts,
    members: v.members.map((m) => ({
      memberId: m.memberId,
      groupInstanceId: m.groupInstanceId,
      clientId: m.clientId,
      clientHost: m.clientHost,
      // v0 has no rebalance timeout: Kafka used the session timeout for both.
      rebalanceTimeoutMs: m.rebalanceTimeout === -1 ? m.sessionTimeout : m.rebalanceTimeout,
      sessionTimeoutMs: m.sessionTimeout,
      subscription: m.subscription,
      assignment: m.assignment,
    })),
  };
}
