/**
 * Runs Java from the interop kit: Apache Kafka's command-line tools (they are plain Java main
 * classes, so no Kafka distribution is needed) and our own small Java programs in java/src.
 *
 * The jars come from Maven Central: `mvn dependency:copy-dependencies -DoutputDirectory=target/lib`
 * in test/interop/java (.ci/run does it). The classpath is java/target/lib/*. runJava waits for a
 * program to end; startJava leaves it running and watches its output lines.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const JAVA_DIR = fileURLToPath(new URL('./java/', import.meta.url));
const LIB_DIR = join(JAVA_DIR, 'target', 'lib');
const CLASSES_DIR = join(JAVA_DIR, 'target', 'classes');
const SRC_DIR = join(JAVA_DIR, 'src');

/** Main classes of Kafka's tools (the kafka-*.sh scripts are thin wrappers around these). */
export const KafkaTool = {
  topics: 'org.apache.kafka.tools.TopicCommand',
  configs: 'org.apache.kafka.tools.ConfigCommand',
  consoleProducer: 'org.apache.kafka.tools.ConsoleProducer',
  consoleConsumer: 'org.apache.kafka.tools.consumer.ConsoleConsumer',
  deleteRecords: 'org.apache.kafka.tools.DeleteRecordsCommand',
  getOffsets: 'org.apache.kafka.tools.GetOffsetShell',
  consumerGroups: 'org.apache.kafka.tools.consumer.group.ConsumerGroupCommand',
  producerPerf: 'org.apache.kafka.tools.ProducerPerformance',
  consumerPerf: 'org.apache.kafka.tools.ConsumerPerformance',
  endToEndLatency: 'org.apache.kafka.tools.EndToEndLatency',
  storage: 'kafka.tools.StorageTool',
  logDirs: 'org.apache.kafka.tools.LogDirsCommand',
  reassignPartitions: 'org.apache.kafka.tools.reassign.ReassignPartitionsCommand',
  transactions: 'org.apache.kafka.tools.TransactionsCommand',
  acls: 'org.apache.kafka.tools.AclCommand',
  broker: 'kafka.Kafka',
} as const;

export interface JavaResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface JavaRunOptions {
  /** Written to the program's stdin, which is then closed. */
  input?: string | Buffer;
  timeoutMs?: number;
  /** Extra JVM flags (heap, system properties). */
  jvmArgs?: string[];
}

/** Fails with what to install when java or the Maven jars are missing. */
export function javaClasspath(): string {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0) {
    throw new Error('java not found: install a JDK 17+ (apt-get install -y openjdk-17-jdk-headless)');
  }
  if (!existsSync(LIB_DIR) || !readdirSync(LIB_DIR).some((f) => f.startsWith('kafka-clients-'))) {
    throw new Error(
      `Kafka jars missing in ${LIB_DIR}: run \`mvn -q dependency:copy-dependencies ` +
        '-DoutputDirectory=target/lib` in test/interop/java (needs maven; .ci/run does it)',
    );
  }
  return existsSync(CLASSES_DIR) ? `${CLASSES_DIR}:${LIB_DIR}/*` : `${LIB_DIR}/*`;
}

/** JVM flags every run gets: small heap, quick start, quiet logs. */
export function baseJvmArgs(): string[] {
  return [
    '-Xms64m',
    '-Xmx256m',
    '-XX:+UseSerialGC',
    '-XX:TieredStopAtLevel=1',
    `-Dlog4j.configuration=file:${join(JAVA_DIR, 'log4j.properties')}`,
  ];
}

/**
 * The JVM flags Kafka's own scripts (kafka-run-class.sh) start every tool and the broker with, for
 * benchmarks that mean to run them as a user would: G1 with short pauses, `heap` as
 * kafka-server-start.sh (1 GiB) or the perf-test scripts (512 MiB) set it. Logging as baseJvmArgs.
 */
export function kafkaScriptJvmArgs(heap: string, opts: { initialHeap?: boolean } = {}): string[] {
  return [
    ...(opts.initialHeap ? [`-Xms${heap}`] : []),
    `-Xmx${heap}`,
    '-server',
    '-XX:+UseG1GC',
    '-XX:MaxGCPauseMillis=20',
    '-XX:InitiatingHeapOccupancyPercent=35',
    '-XX:+ExplicitGCInvokesConcurrent',
    '-Djava.awt.headless=true',
    `-Dlog4j.configuration=file:${join(JAVA_DIR, 'log4j.properties')}`,
  ];
}

/** Runs `java -cp <kit classpath> <mainClass> args...` and collects its output. */
export function runJava(mainClass: string, args: string[], opts: JavaRunOptions = {}): Promise<JavaResult> {
  const cp = javaClasspath();
  const child = spawn('java', [...baseJvmArgs(), ...(opts.jvmArgs ?? []), '-cp', cp, mainClass, ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => out.push(b));
  child.stderr.on('data', (b: Buffer) => err.push(b));
  child.stdin.on('error', () => {}); // the tool may exit before reading all of its input
  child.stdin.end(opts.input ?? '');
  const timeoutMs = opts.timeoutMs ?? 60_000;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(
          `${mainClass} ${args.join(' ')} timed out after ${timeoutMs} ms\n` +
            `stdout: ${Buffer.concat(out).toString().slice(-2000)}\nstderr: ${Buffer.concat(err).toString().slice(-2000)}`,
        ),
      );
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() });
    });
  });
}

/** Like runJava but throws (with the tool's output) unless it exits 0. */
export async function runJavaOk(mainClass: string, args: string[], opts: JavaRunOptions = {}): Promise<string> {
  const r = await runJava(mainClass, args, opts);
  if (r.code !== 0) {
    throw new Error(`${mainClass} ${args.join(' ')} exited ${r.code}\nstdout: ${r.stdout.slice(-3000)}\nstderr: ${r.stderr.slice(-3000)}`);
  }
  return r.stdout;
}

/**
 * Compiles java/src/*.java into java/target/classes when a source is newer than its class file.
 * Our programs sit on the classpath before the jars (see javaClasspath).
 */
export function compileJavaPrograms(): void {
  const cp = javaClasspath();
  const sources = readdirSync(SRC_DIR).filter((f) => f.endsWith('.java'));
  const stale = sources.filter((f) => {
    const cls = join(CLASSES_DIR, f.replace(/\.java$/, '.class'));
    return !existsSync(cls) || statSync(cls).mtimeMs < statSync(join(SRC_DIR, f)).mtimeMs;
  });
  if (stale.length === 0) return;
  mkdirSync(CLASSES_DIR, { recursive: true });
  const r = spawnSync('javac', ['-nowarn', '-cp', cp, '-d', CLASSES_DIR, ...sources.map((f) => join(SRC_DIR, f))], {
    encoding: 'utf8',
  });
  if (r.error) throw new Error('javac not found: install a JDK 17+ (apt-get install -y openjdk-17-jdk-headless)');
  if (r.status !== 0) throw new Error(`javac failed:\n${r.stderr}`);
}

/** A Java program left running, its stdout lines kept as they come (see startJava). */
export interface RunningJava {
  child: ChildProcessWithoutNullStreams;
  /** Every complete stdout line so far. */
  lines: string[];
  /** The end of stderr (Kafka's WARN/ERROR logs): its last 8 KB unless told otherwise. */
  stderrTail(): string;
  exited: Promise<number | null>;
  /** Resolves with the first line (already printed or to come) matching `re`; rejects on timeout or exit. */
  waitFor(re: RegExp, ms: number): Promise<RegExpExecArray>;
  /** Closes stdin (our long-running programs stop on it), then SIGKILL after `ms`. */
  end(ms: number): Promise<number | null>;
}

/** Starts `java -cp <kit classpath> <mainClass> args...` with stdin open, for long-running programs. */
export function startJava(mainClass: string, args: string[], opts: { jvmArgs?: string[]; stderrTailBytes?: number } = {}): RunningJava {
  const child = spawn('java', [...baseJvmArgs(), ...(opts.jvmArgs ?? []), '-cp', javaClasspath(), mainClass, ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const watchers = new Set<() => void>();
  let buf = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => {
    buf += d.toString();
    const parts = buf.split('\n');
    buf = parts.pop()!;
    lines.push(...parts);
    for (const w of watchers) w();
  });
  child.stderr.on('data', (d: Buffer) => {
    err = (err + d.toString()).slice(-(opts.stderrTailBytes ?? 8192));
  });
  child.stdin.on('error', () => {}); // it may be gone already
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  process.once('exit', killOnExit); // never outlive the test process
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      process.removeListener('exit', killOnExit);
      resolve(code);
    }),
  );
  const last = () => lines.slice(-5).join(' | ');
  const waitFor = (re: RegExp, ms: number) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      let from = 0;
      const done = (f: () => void) => {
        watchers.delete(check);
        clearTimeout(timer);
        f();
      };
      const check = () => {
        for (; from < lines.length; from++) {
          const m = re.exec(lines[from]!);
          if (m) return done(() => resolve(m));
        }
      };
      const timer = setTimeout(() => done(() => reject(new Error(`${mainClass}: no line matching ${re} within ${ms} ms; last lines: ${last()}`))), ms);
      watchers.add(check);
      void exited.then(() =>
        setTimeout(() => {
          if (watchers.has(check)) done(() => reject(new Error(`${mainClass} exited without ${re}; last lines: ${last()}`)));
        }, 50),
      );
      check();
    });
  const end = async (ms: number) => {
    child.stdin.end();
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    const code = await exited;
    clearTimeout(timer);
    return code;
  };
  return { child, lines, stderrTail: () => err, exited, waitFor, end };
}
