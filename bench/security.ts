/**
 * `npm run bench:security [-- --quick] [-- --targets kafka,samsa-fsync]`
 *
 * The security benchmark of issue 13: produce and consume throughput over PLAINTEXT and over
 * SASL_SSL (TLS 1.3 + SCRAM-SHA-512), Apache Kafka 4.4 and Samsa side by side in one run, with
 * Kafka's own perf tools (kafka-producer-perf-test: 1 KiB records, acks=1, as fast as it can;
 * kafka-consumer-perf-test reading them back). Each broker gets the same server.properties lines:
 * a SASL_SSL listener with a PEM keystore and SCRAM credentials added by kafka-configs. It prints
 * MB/s per path and the SASL_SSL cost (SASL_SSL ÷ PLAINTEXT) per broker; it never fails on time.
 * The cost of encryption at rest has its own benchmark (bench:encryption).
 * Needs java 17+, the interop kit's Maven jars and openssl.
 */
import os from 'node:os';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { javaClasspath, KafkaTool, runJavaOk } from '../test/interop/java-tools.ts';
import { freePort } from '../test/interop/free-port.ts';
import { makeTestCerts } from '../test/security/certs.ts';
import { consumerPerf, producerPerf } from './broker/java-perf.ts';
import { createTopics, startTarget, TARGET_LABELS, type TargetName } from './broker/targets.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    targets: { type: 'string', default: 'kafka,samsa-fsync' },
  },
});
const targets = values.targets.split(',').map((t) => t.trim()) as TargetName[];
for (const t of targets) {
  if (!(t in TARGET_LABELS)) {
    console.error(`unknown target "${t}": use a comma-separated list of ${Object.keys(TARGET_LABELS).join(', ')}`);
    process.exit(1);
  }
}
const RECORDS = values.quick ? 100_000 : 1_000_000;
const RECORD_BYTES = 1024;
const PARTITIONS = 6;
const log = (line: string): void => console.error(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

javaClasspath();
const certs = makeTestCerts();
const clientConfig = join(certs.dir, 'sasl-ssl-client.properties');
writeFileSync(
  clientConfig,
  [
    'security.protocol=SASL_SSL',
    'ssl.truststore.type=PEM',
    `ssl.truststore.location=${certs.caPem}`,
    'sasl.mechanism=SCRAM-SHA-512',
    'sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="bench" password="bench-secret";',
  ].join('\n') + '\n',
);

type Path = 'PLAINTEXT' | 'SASL_SSL';
const results = new Map<TargetName, Record<string, number>>();
for (const name of targets) {
  const port = await freePort();
  log(`starting ${TARGET_LABELS[name]}`);
  const target = await startTarget(name, {
    properties: {
      'ssl.keystore.type': 'PEM',
      'ssl.keystore.location': certs.serverPem,
      'listener.name.sasl_ssl.sasl.enabled.mechanisms': 'SCRAM-SHA-512',
      'listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config': 'org.apache.kafka.common.security.scram.ScramLoginModule required;',
    },
    extraListeners: [{ name: 'SASL_SSL', protocol: 'SASL_SSL', port }],
  });
  try {
    await runJavaOk(KafkaTool.configs, ['--bootstrap-server', target.bootstrap, '--alter', '--add-config', 'SCRAM-SHA-512=[iterations=8192,password=bench-secret]', '--entity-type', 'users', '--entity-name', 'bench'], { timeoutMs: 60_000 });
    const figures: Record<string, number> = {};
    for (const path of ['PLAINTEXT', 'SASL_SSL'] as Path[]) {
      const topic = `security-bench-${path.toLowerCase()}`;
      await createTopics(target.bootstrap, [topic], PARTITIONS);
      const bootstrap = path === 'PLAINTEXT' ? target.bootstrap : `127.0.0.1:${port}`;
      const config = path === 'PLAINTEXT' ? undefined : clientConfig;
      log(`${TARGET_LABELS[name]} ${path}: produce ${RECORDS} × ${RECORD_BYTES} B`);
      const p = await producerPerf(bootstrap, topic, RECORDS, RECORD_BYTES, config);
      log(`${TARGET_LABELS[name]} ${path}: consume`);
      const c = await consumerPerf(bootstrap, topic, RECORDS, config);
      figures[`produce ${path} MB/s`] = (p.recordsPerSec * RECORD_BYTES) / 1e6;
      figures[`consume ${path} MB/s`] = (c.recordsPerSec * RECORD_BYTES) / 1e6;
      log(`  produce ${figures[`produce ${path} MB/s`]!.toFixed(1)} MB/s (p99 ${p.p99LatencyMs} ms), consume ${figures[`consume ${path} MB/s`]!.toFixed(1)} MB/s`);
    }
    results.set(name, figures);
  } finally {
    const problems = target.problems();
    if (problems.length > 0) log(`${TARGET_LABELS[name]} logged warnings:\n${problems.join('\n')}`);
    await target.stop();
  }
}

const metrics = Object.keys([...results.values()][0]!);
const rows: string[][] = [['metric', ...targets.map((t) => TARGET_LABELS[t]), ...(results.has('kafka') ? targets.filter((t) => t !== 'kafka').map((t) => `${TARGET_LABELS[t]} vs Kafka`) : [])]];
for (const m of metrics) {
  const row = [m, ...targets.map((t) => results.get(t)![m]!.toFixed(1))];
  if (results.has('kafka')) for (const t of targets.filter((x) => x !== 'kafka')) row.push(`${(results.get(t)![m]! / results.get('kafka')![m]!).toFixed(2)}×`);
  rows.push(row);
}
for (const op of ['produce', 'consume']) {
  const row = [`${op} SASL_SSL ÷ PLAINTEXT`, ...targets.map((t) => `${(results.get(t)![`${op} SASL_SSL MB/s`]! / results.get(t)![`${op} PLAINTEXT MB/s`]!).toFixed(2)}`)];
  while (row.length < rows[0]!.length) row.push('');
  rows.push(row);
}
console.log(`\nmachine: ${os.cpus()[0]?.model ?? '?'} × ${os.cpus().length}; ${RECORDS.toLocaleString('en-US')} records of ${RECORD_BYTES} B, ${PARTITIONS} partitions, MB = 10^6 bytes of payload`);
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const [i, r] of rows.entries()) {
  console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
console.log(`\nload average at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
