/**
 * The topics a classic consumer group's members subscribe to, as Kafka's ClassicGroup keeps them: a
 * snapshot taken when a generation starts (and when a group is loaded), read from each member's
 * ConsumerProtocolSubscription at version 0, the prefix every later version keeps, so a version or
 * tail this broker does not know never hides the topics. OffsetDelete (KIP-496) and offset expiry
 * (KIP-211) ask it.
 */
import { Reader } from '../../protocol/reader.ts';
import { decodeConsumerProtocolSubscription } from '../../protocol/generated/consumer-protocol-subscription.ts';
import type { ClassicGroup } from './classic-group.ts';

/**
 * null when unknown: not a consumer group, no protocol chosen yet, or metadata that does not parse.
 * An Empty consumer group subscribes to nothing.
 */
export function computeSubscribedTopics(group: ClassicGroup): Set<string> | null {
  if (!group.usesConsumerProtocol()) return null;
  if (group.members.size === 0) return new Set();
  if (group.protocolName === null) return null;
  const topics = new Set<string>();
  for (const m of group.members.values()) {
    try {
      const r = new Reader(group.metadataFor(m, group.protocolName));
      r.int16(); // the version: every version starts with version 0's fields
      for (const t of decodeConsumerProtocolSubscription(r, 0).topics) topics.add(t);
    } catch {
      return null;
    }
  }
  return topics;
}
