// What `npm test` needs beyond node_modules, installed the ordinary way before the tests run:
// Debian packages for the interop suites (kcat, the Python clients and their codecs, a JDK, Maven,
// unshare) and the Maven jars of test/interop/java (Kafka's client, tools and reference broker).
// Quick when everything is there (a few probes, no network). As root with apt-get it installs what
// is missing; otherwise it stops at once with one line naming what to install and the command.
// SAMSA_TEST_SETUP=0 skips it (the suites that need a missing tool then fail and say so).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Debian package → how to tell it is installed. */
export const PACKAGES = [
  { pkg: 'kcat', probe: { command: 'kcat' } },
  { pkg: 'python3-confluent-kafka', probe: { python: 'confluent_kafka' } },
  { pkg: 'python3-kafka', probe: { python: 'kafka' } },
  // kafka-python's optional codecs come as separate Debian modules.
  { pkg: 'python3-snappy', probe: { python: 'snappy' } },
  { pkg: 'python3-lz4', probe: { python: 'lz4.frame' } },
  { pkg: 'python3-zstandard', probe: { python: 'zstandard' } },
  // The Java client, Kafka's tools and the reference broker need a JDK 17+; Maven fetches them.
  { pkg: 'openjdk-17-jdk-headless', probe: { command: 'javac' } },
  { pkg: 'maven', probe: { command: 'mvn' } },
  // The disk-full test mounts a tmpfs in a private namespace.
  { pkg: 'util-linux', probe: { command: 'unshare' } },
  // The TLS tests make their certificates; the current-librdkafka venv needs venv + pip.
  { pkg: 'openssl', probe: { command: 'openssl' } },
  { pkg: 'python3-venv', probe: { python: 'ensurepip' } },
];

/** confluent-kafka from PyPI (its wheel bundles a current librdkafka), for test/interop/current-librdkafka.ts. */
export const CURRENT_LIBRDKAFKA = { venv: join('test', 'interop', 'python', '.venv-current'), pip: 'confluent-kafka==2.16.2' };

export const JAVA_DIR = join('test', 'interop', 'java');
const LIB_DIR = join(JAVA_DIR, 'target', 'lib');
const STAMP = join(LIB_DIR, '.pom.sha256');

/**
 * What to do, from what the machine has: `has(probe)` for each package probe, `root` and `apt`
 * (can we install), `jarsCurrent` (target/lib was filled from this pom), `venvCurrent` (the
 * current-librdkafka venv has the pinned package). Pure, so it is tested.
 * Steps: { apt: [...packages] } first, then { maven: true }, { venv: true }; or { stop: 'one line' }.
 */
export function planSetup({ has, root, apt, jarsCurrent, venvCurrent = true }) {
  const missing = PACKAGES.filter((p) => !has(p.probe)).map((p) => p.pkg);
  const steps = [];
  if (missing.length > 0) {
    if (!root || !apt) {
      const how = apt ? `sudo apt-get install -y ${missing.join(' ')}` : `install the Debian packages ${missing.join(', ')} (or their equivalents)`;
      return { steps: [], stop: `npm test needs ${missing.join(', ')} for the interop suites: ${how} (or SAMSA_TEST_SETUP=0 to run without them)` };
    }
    steps.push({ apt: missing });
  }
  if (!jarsCurrent) steps.push({ maven: true });
  if (!venvCurrent) steps.push({ venv: true });
  return { steps, stop: null };
}

function commandExists(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

function pythonHas(module) {
  return spawnSync('/usr/bin/python3', ['-c', `import ${module}`], { stdio: 'ignore' }).status === 0;
}

function has(probe) {
  return probe.command ? commandExists(probe.command) : pythonHas(probe.python);
}

function pomHash() {
  return createHash('sha256').update(readFileSync(join(JAVA_DIR, 'pom.xml'))).digest('hex');
}

function jarsCurrent() {
  if (!existsSync(STAMP)) return false;
  if (readFileSync(STAMP, 'utf8').trim() !== pomHash()) return false;
  return readdirSync(LIB_DIR).some((f) => f.endsWith('.jar'));
}

const VENV_STAMP = join(CURRENT_LIBRDKAFKA.venv, '.installed');

function venvCurrent() {
  return existsSync(VENV_STAMP) && readFileSync(VENV_STAMP, 'utf8').trim() === CURRENT_LIBRDKAFKA.pip;
}

function run(cmd, args, opts = {}) {
  console.error(`test set-up: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], ...opts });
  return r.status === 0;
}

/** Returns true when the machine is ready; prints one line and returns false when it is not. */
export function setUp() {
  if (process.env.SAMSA_TEST_SETUP === '0') return true;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const { steps, stop } = planSetup({ has, root, apt: commandExists('apt-get'), jarsCurrent: existsSync(join(JAVA_DIR, 'pom.xml')) ? jarsCurrent() : true, venvCurrent: venvCurrent() });
  if (stop) {
    console.error(stop);
    return false;
  }
  for (const step of steps) {
    if (step.apt) {
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      run('apt-get', ['update', '-qq'], { env }); // a stale index may still install; the next step says
      if (!run('apt-get', ['install', '-y', '-qq', ...step.apt], { env })) {
        console.error(`test set-up: apt-get could not install ${step.apt.join(' ')}; install them and run npm test again`);
        return false;
      }
    }
    if (step.maven) {
      if (!run('mvn', ['-q', '-B', 'dependency:copy-dependencies', '-DoutputDirectory=target/lib'], { cwd: JAVA_DIR })) {
        console.error(`test set-up: Maven could not fetch the Kafka jars; run \`mvn -q dependency:copy-dependencies -DoutputDirectory=target/lib\` in ${JAVA_DIR}`);
        return false;
      }
      writeFileSync(STAMP, pomHash() + '\n');
    }
    if (step.venv) {
      const py = join(CURRENT_LIBRDKAFKA.venv, 'bin', 'python');
      if (!run('/usr/bin/python3', ['-m', 'venv', CURRENT_LIBRDKAFKA.venv]) || !run(py, ['-m', 'pip', 'install', '-q', '--disable-pip-version-check', CURRENT_LIBRDKAFKA.pip])) {
        console.error(`test set-up: could not make the venv with ${CURRENT_LIBRDKAFKA.pip}; run \`python3 -m venv ${CURRENT_LIBRDKAFKA.venv} && ${py} -m pip install ${CURRENT_LIBRDKAFKA.pip}\``);
        return false;
      }
      writeFileSync(VENV_STAMP, CURRENT_LIBRDKAFKA.pip + '\n');
    }
  }
  return true;
}
