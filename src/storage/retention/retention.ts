/**
 * Retention (cleanup.policy=delete), Kafka's rules, whole segments only, oldest first:
 *  - a segment wholly below the log start offset (moved by DeleteRecords) goes, whatever the policy;
 *  - retention.ms: a segment whose newest timestamp is older than now - retention.ms goes; when even
 *    the active segment has expired it is rolled first so that it can go too (the log then ends in an
 *    empty segment at the same log end offset);
 *  - retention.bytes: the oldest segments go while the log would still be at least that big without
 *    them.
 * Deleted segments are renamed `.deleted` and removed after file.delete.delay.ms (partition-log.ts).
 */
import type { PartitionLog } from '../log/partition-log.ts';

export async function applyRetention(log: PartitionLog, now: number): Promise<number> {
  return log.exclusive(async () => {
    let deleted = await log.deleteSegmentsLocked((_s, next) => next !== undefined && next.baseOffset <= log.logStartOffset, 'log start offset');
    const config = log.config;
    if (!config.cleanupPolicy.includes('delete')) return deleted;

    if (config.retentionMs >= 0) {
      const expired = (maxTimestamp: number) => now - maxTimestamp > config.retentionMs;
      for (const seg of log.segments) await seg.loadTimestampSummary();
      const active = log.active;
      if (log.segments.every((s) => s.size === 0 || expired(s.maxTimestamp)) && active.size > 0 && expired(active.maxTimestamp)) {
        await log.roll(now);
      }
      deleted += await log.deleteSegmentsLocked((s) => expired(s.maxTimestamp), `retention.ms ${config.retentionMs}`);
    }

    if (config.retentionBytes >= 0) {
      let excess = log.sizeInBytes() - config.retentionBytes;
      deleted += await log.deleteSegmentsLocked((s) => {
        if (excess - s.size < 0) return false;
        excess -= s.size;
        return true;
      }, `retention.bytes ${config.retentionBytes}`);
    }
    return deleted;
  });
}
