/**
 * The brokers the benchmark compares, started through the interop kit's launchers:
 * - Apache Kafka 4.x (test/interop/kafka-reference.ts): one KRaft broker, default settings, 1 GiB
 *   heap as kafka-server-start.sh gives it;
 * - Samsa (samsa-process.ts) with its default flush policy (fsync before acknowledging,
 *   group commit; RELIABILITY.md rule 9) and with flushing off, Kafka's default
 *   (log.flush.interval.messages = Long.MAX_VALUE: the OS writes pages back when it likes).
 * Each target knows its broker's pid so the benchmark can read its CPU and RSS from /proc.
 */
import { dirname, join } from 'node:path';
import kafkajs from 'kafkajs';
import { startKafkaReference } from '../../test/interop/kafka-reference.ts';
import type { ExtraListener } from '../../test/interop/samsa-broker.ts';
import { findProcessByCommandLine } from './process-stats.ts';
import { startSamsaProcess } from './samsa-process.ts';

export type TargetName = 'kafka' | 'samsa-fsync' | 'samsa-noflush';

export const TARGET_LABELS: Record<TargetName, string> = {
  kafka: 'Kafka 4.4',
  'samsa-fsync': 'Samsa fsync',
  'samsa-noflush': 'Samsa no-flush',
};

export interface BenchTarget {
  name: TargetName;
  bootstrap: string;
  pid: number;
  startMs: number;
  stop(): Promise<void>;
  /** Warnings and errors the broker logged (Samsa only; Kafka's log is not read). */
  problems(): string[];
}

export interface StartOptions {
  /** Samsa only: write a V8 CPU profile (node --cpu-prof) into this folder when the broker exits. */
  cpuProfileDir?: string;
  /** Extra broker properties (Kafka's names), for both brokers. */
  properties?: Record<string, string>;
  /** Listeners beside the PLAINTEXT one clients bootstrap to. */
  extraListeners?: readonly ExtraListener[];
}

/** Kafka's Long.MAX_VALUE: flush.messages that is never reached, i.e. no fsync on the produce path. */
const NEVER_FLUSH = '9223372036854775807';

export async function startTarget(name: TargetName, opts: StartOptions = {}): Promise<BenchTarget> {
  if (name === 'kafka') {
    // As kafka-server-start.sh starts it: 1 GiB heap, G1 (kafka-run-class.sh's flags), default settings.
    const ref = await startKafkaReference({ heap: '1g', jvm: 'kafka-scripts', properties: opts.properties, extraListeners: opts.extraListeners });
    const pid = findProcessByCommandLine(join(dirname(ref.dataDir), 'server.properties'));
    return { name, bootstrap: ref.bootstrap, pid, startMs: ref.startMs, stop: () => ref.stop(), problems: () => [] };
  }
  const properties: Record<string, string> = { ...opts.properties };
  if (name === 'samsa-noflush') properties['log.flush.interval.messages'] = NEVER_FLUSH;
  const nodeArgs = opts.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${opts.cpuProfileDir}`] : [];
  const broker = await startSamsaProcess({ properties, nodeArgs, extraListeners: opts.extraListeners });
  return {
    name, bootstrap: broker.bootstrap, pid: broker.pid, startMs: broker.startMs,
    stop: () => broker.stop(), problems: () => broker.problems(),
  };
}

/** Creates the benchmark's topics (replication factor 1) through kafkajs's admin client. */
export async function createTopics(bootstrap: string, topics: string[], partitions: number): Promise<void> {
  const kafka = new kafkajs.Kafka({ brokers: [bootstrap], clientId: 'samsa-bench', logLevel: kafkajs.logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.createTopics({
      waitForLeaders: true,
      topics: topics.map((topic) => ({ topic, numPartitions: partitions, replicationFactor: 1 })),
    });
  } finally {
    await admin.disconnect();
  }
}
