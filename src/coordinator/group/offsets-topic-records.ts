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
 * (v1 with an explicit expiry) and GroupMetadataValue v3, as Kafka 3.x/4.x do.
 */
import { Reader } from '../../protocol/reader.ts';
import { Writer } from '../../protocol/writer.ts';
import { ProtocolError } from '../../protocol/protocol-error.ts';
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

export function encodeOffsetCommitKey(group: string, topic: string, partition: number): Buffer {
  return new Writer(64).int16(1).string(group).string(topic).int32(partition).finish();
}

export function encodeGroupMetadataKey(group: string): Buffer {
  return new Writer(32).int16(2).string(group).finish();
}

export function decodeOffsetsTopicKey(key: Buffer): OffsetsTopicKey {
  const r = new Reader(key);
  const version = r.int16();
  if (version === 0 || version === 1) {
    return { type: 'offset', group: r.string(), topic: r.string(), partition: r.int32() };
  }
  if (version === 2) return { type: 'group', group: r.string() };
  return { type: 'other' };
}

export function encodeOffsetCommitValue(o: CommittedOffset): Buffer {
  const w = new Writer(64);
  if (o.expireTimestamp !== null) {
    w.int16(1).int64(o.offset).string(o.metadata).int64(BigInt(o.commitTimestamp)).int64(BigInt(o.expireTimestamp));
  } else {
    w.int16(3).int64(o.offset).int32(o.leaderEpoch).string(o.metadata).int64(BigInt(o.commitTimestamp));
  }
  return w.finish();
}

function skipTaggedFields(r: Reader): void {
  const n = r.uvarint();
  for (let i = 0; i < n; i++) {
    r.uvarint();
    r.raw(r.uvarint(), 'tagged field');
  }
}

export function decodeOffsetCommitValue(value: Buffer): CommittedOffset {
  const r = new Reader(value);
  const version = r.int16();
  if (version < 0 || version > 4) throw new ProtocolError('UNSUPPORTED_VERSION', `OffsetCommitValue version ${version}`);
  const flexible = version >= 4;
  const offset = r.int64();
  const leaderEpoch = version >= 3 ? r.int32() : -1;
  const metadata = flexible ? r.compactString() : r.string();
  const commitTimestamp = Number(r.int64());
  const expire = version === 1 ? Number(r.int64()) : -1;
  if (flexible) skipTaggedFields(r);
  return { offset, leaderEpoch, metadata, commitTimestamp, expireTimestamp: expire === -1 ? null : expire };
}

export function encodeGroupMetadataValue(g: StoredGroup): Buffer {
  const w = new Writer(256);
  w.int16(3).string(g.protocolType).int32(g.generation).nullableString(g.protocol).nullableString(g.leader);
  w.int64(BigInt(g.currentStateTimestamp ?? -1));
  w.int32(g.members.length);
  for (const m of g.members) {
    w.string(m.memberId).nullableString(m.groupInstanceId).string(m.clientId).string(m.clientHost);
    w.int32(m.rebalanceTimeoutMs).int32(m.sessionTimeoutMs).bytes(m.subscription).bytes(m.assignment);
  }
  return w.finish();
}

export function decodeGroupMetadataValue(value: Buffer): StoredGroup {
  const r = new Reader(value);
  const version = r.int16();
  if (version < 0 || version > 4) throw new ProtocolError('UNSUPPORTED_VERSION', `GroupMetadataValue version ${version}`);
  const flex = version >= 4;
  const str = () => (flex ? r.compactString() : r.string());
  const nstr = () => (flex ? r.compactNullableString() : r.nullableString());
  const bytes = () => (flex ? r.compactBytes() : r.bytes());
  const protocolType = str();
  const generation = r.int32();
  const protocol = nstr();
  const leader = nstr();
  const ts = version >= 2 ? Number(r.int64()) : -1;
  const count = flex ? r.compactArrayLength(8) : r.arrayLength(8);
  const members: StoredMember[] = [];
  for (let i = 0; i < (count ?? 0); i++) {
    const memberId = str();
    const groupInstanceId = version >= 3 ? nstr() : null;
    const clientId = str();
    const clientHost = str();
    const rebalanceTimeoutMs = version >= 1 ? r.int32() : -1;
    const sessionTimeoutMs = r.int32();
    const subscription = bytes();
    const assignment = bytes();
    if (flex) skipTaggedFields(r);
    members.push({ memberId, groupInstanceId, clientId, clientHost, rebalanceTimeoutMs, sessionTimeoutMs, subscription, assignment });
  }
  if (flex) skipTaggedFields(r);
  return {
    protocolType,
    generation,
    protocol,
    leader,
    currentStateTimestamp: ts === -1 ? null : ts,
    members: members.map((m) => ({ ...m, rebalanceTimeoutMs: m.rebalanceTimeoutMs === -1 ? m.sessionTimeoutMs : m.rebalanceTimeoutMs })),
  };
}
