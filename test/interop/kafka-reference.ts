/**
 * Apache Kafka as the reference: one real Kafka 4.x KRaft broker (combined broker + controller,
 * node.id 1) on loopback, run from the Maven jars in test/interop/java/target/lib.
 *
 * Steps: write server.properties into a temp dir, format the storage with kafka.tools.StorageTool
 * (static quorum: controller.quorum.voters, so no --standalone), start kafka.Kafka, wait until a
 * Metadata request lists the broker. Start took 4-6 s on an idle 2-core machine and up to 17 s
 * with other suites running (two JVM starts: format, then the broker); `startMs` reports it.
 *
 * `advertisedPort` lets tools/capture put its recording proxy in front: clients bootstrap to the
 * proxy and Metadata sends them back to it for every later connection.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitForBroker } from './broker-probe.ts';
import { extraListenerProps, type ExtraListener } from './samsa-broker.ts';
import { freePort } from './free-port.ts';
import { baseJvmArgs, javaClasspath, kafkaScriptJvmArgs, KafkaTool, runJavaOk } from './java-tools.ts';

export interface KafkaReference {
  /** host:port clients bootstrap to (the advertised address). */
  bootstrap: string;
  /** The port Kafka itself listens on for clients. */
  port: number;
  dataDir: string;
  /** Milliseconds from the call to "ready" (format + JVM start + first Metadata). */
  startMs: number;
  /** Stops the broker (SIGTERM, then SIGKILL after 15 s) and removes its data. */
  stop(): Promise<void>;
  /** SIGKILL, data kept: for crash tests, followed by restart(). */
  kill9(): Promise<void>;
  /** Stops (gracefully unless already dead) and starts again on the same ports and data. */
  restart(): Promise<void>;
}

export interface KafkaReferenceOptions {
  /** Advertise this port instead of the listening one (a proxy in front). */
  advertisedPort?: number;
  /** Extra server.properties entries, e.g. { 'auto.create.topics.enable': 'false' }. */
  properties?: Record<string, string>;
  heap?: string;
  /**
   * 'kafka-scripts': the JVM flags kafka-server-start.sh uses (G1, heap as given, Xms = Xmx), for
   * benchmarks. Default 'test': serial GC and a quick start, enough for the interop suites.
   */
  jvm?: 'test' | 'kafka-scripts';
  startTimeoutMs?: number;
  /** Listeners beside the PLAINTEXT one clients bootstrap to (security tests). */
  extraListeners?: readonly ExtraListener[];
  /** Extra JVM flags for the broker (system properties). */
  jvmArgs?: readonly string[];
}

/**
 * Kafka's cluster ids are 16 random bytes in base64url without padding. Like Kafka's own
 * Uuid.randomUuid, never one starting with '-': the storage tool would take it for an option.
 */
function clusterId(): string {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

export async function startKafkaReference(opts: KafkaReferenceOptions = {}): Promise<KafkaReference> {
  const started = Date.now();
  const classpath = javaClasspath();
  const dir = mkdtempSync(join(tmpdir(), 'samsa-kafka-ref-'));
  const dataDir = join(dir, 'data');
  const port = await freePort();
  const controllerPort = await freePort();
  const advertised = opts.advertisedPort ?? port;
  const extra = extraListenerProps(opts.extraListeners ?? []);
  const props: Record<string, string> = {
    'process.roles': 'broker,controller',
    'node.id': '1',
    'controller.quorum.voters': `1@127.0.0.1:${controllerPort}`,
    listeners: `PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}${extra.listeners}`,
    'advertised.listeners': `PLAINTEXT://127.0.0.1:${advertised}${extra.listeners}`,
    'controller.listener.names': 'CONTROLLER',
    'inter.broker.listener.name': 'PLAINTEXT',
    'listener.security.protocol.map': `PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT${extra.map}`,
    'log.dirs': dataDir,
    'num.partitions': '1',
    'offsets.topic.replication.factor': '1',
    'offsets.topic.num.partitions': '3',
    'transaction.state.log.replication.factor': '1',
    'transaction.state.log.min.isr': '1',
    'share.coordinator.state.topic.replication.factor': '1',
    'share.coordinator.state.topic.min.isr': '1',
    'group.initial.rebalance.delay.ms': '0',
    ...opts.properties,
  };
  const propsFile = join(dir, 'server.properties');
  writeFileSync(propsFile, Object.entries(props).map(([k, v]) => `${k}=${v}`).join('\n') + '\n');

  await runJavaOk(KafkaTool.storage, ['format', '-t', clusterId(), '-c', propsFile], { timeoutMs: 60_000 }).catch((e: unknown) => {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  });

  const heap = opts.heap ?? '512m';
  const timeoutMs = opts.startTimeoutMs ?? 90_000;
  const jvm = opts.jvm ?? 'test';
  let proc = launch(classpath, propsFile, heap, jvm, opts.jvmArgs ?? []);
  await proc.ready(port, timeoutMs).catch(async (e: unknown) => {
    await proc.stop(false);
    rmSync(dir, { recursive: true, force: true });
    throw e;
  });
  const ref: KafkaReference = {
    bootstrap: `127.0.0.1:${advertised}`,
    port,
    dataDir,
    startMs: Date.now() - started,
    async stop() {
      await proc.stop(false);
      rmSync(dir, { recursive: true, force: true });
    },
    async kill9() {
      await proc.stop(true);
    },
    async restart() {
      await proc.stop(false);
      proc = launch(classpath, propsFile, heap, jvm, opts.jvmArgs ?? []);
      await proc.ready(port, timeoutMs);
    },
  };
  return ref;
}

interface KafkaProcess {
  ready(port: number, timeoutMs: number): Promise<void>;
  /** SIGKILL at once when `kill9`, else SIGTERM then SIGKILL after 15 s. No-op once exited. */
  stop(kill9: boolean): Promise<void>;
}

function launch(classpath: string, propsFile: string, heap: string, jvm: 'test' | 'kafka-scripts', extraJvmArgs: readonly string[]): KafkaProcess {
  const jvmArgs =
    jvm === 'kafka-scripts'
      ? kafkaScriptJvmArgs(heap, { initialHeap: true })
      : [...baseJvmArgs().filter((a) => !a.startsWith('-Xm') && !a.startsWith('-XX:TieredStop')), `-Xms${heap}`, `-Xmx${heap}`, '-Djava.awt.headless=true'];
  const child: ChildProcess = spawn(
    'java',
    [
      ...jvmArgs,
      ...extraJvmArgs,
      '-cp',
      classpath,
      KafkaTool.broker,
      propsFile,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  // Never outlive the test process, even when it dies of an uncaught error.
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);
  child.on('exit', () => process.removeListener('exit', killOnExit));
  let stderr = '';
  child.stderr?.on('data', (b: Buffer) => {
    stderr = (stderr + b.toString()).slice(-4000);
  });
  let exited: string | null = null;
  const exitPromise = new Promise<void>((resolve) => {
    child.on('exit', (code, signal) => {
      exited = `Kafka exited early (code ${code}, signal ${signal}): ${stderr}`;
      resolve();
    });
  });
  return {
    ready: (port, timeoutMs) => waitForBroker('127.0.0.1', port, timeoutMs, () => exited),
    async stop(kill9) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(kill9 ? 'SIGKILL' : 'SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exitPromise;
      clearTimeout(timer);
    },
  };
}
