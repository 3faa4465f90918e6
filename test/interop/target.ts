/**
 * The broker an interop test talks to: Samsa (default) or, with SAMSA_INTEROP_TARGET=kafka, the
 * reference Apache Kafka. Every scenario runs unchanged against both, so a scenario that passes
 * against Kafka and fails against Samsa points at Samsa, never at the test.
 *
 * SAMSA_INTEROP_RECORDS sets the records produced per codec (default 10,000 as issue 4 asks;
 * lower it for a quick local run).
 */
import { startKafkaReference } from './kafka-reference.ts';
import { startSamsaBroker, type ExtraListener } from './samsa-broker.ts';

export type TargetName = 'samsa' | 'kafka';

export interface InteropBroker {
  name: TargetName;
  bootstrap: string;
  stop(): Promise<void>;
  kill9(): Promise<void>;
  restart(): Promise<void>;
}

export function targetName(): TargetName {
  const t = process.env.SAMSA_INTEROP_TARGET ?? 'samsa';
  if (t !== 'samsa' && t !== 'kafka') throw new Error(`SAMSA_INTEROP_TARGET must be samsa or kafka, not ${t}`);
  return t;
}

export function recordsPerCodec(): number {
  const n = Number(process.env.SAMSA_INTEROP_RECORDS ?? 10_000);
  if (!Number.isInteger(n) || n < 1) throw new Error('SAMSA_INTEROP_RECORDS must be a positive integer');
  return n;
}

/** Starts the selected broker. `properties` use Kafka's names and go to either. */
export async function startTarget(properties: Record<string, string> = {}, extraListeners: readonly ExtraListener[] = [], kafkaJvmArgs: readonly string[] = []): Promise<InteropBroker> {
  const name = targetName();
  const b = name === 'kafka' ? await startKafkaReference({ properties, extraListeners, jvmArgs: kafkaJvmArgs }) : await startSamsaBroker({ properties, extraListeners });
  return { name, bootstrap: b.bootstrap, stop: b.stop, kill9: b.kill9, restart: b.restart };
}
