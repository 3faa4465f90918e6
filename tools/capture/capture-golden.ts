/**
 * Captures golden bytes: what real Kafka clients send, recorded through CaptureProxy in front of
 * the reference Apache Kafka, written to test/fixtures/golden/.
 *
 *   npx tsx tools/capture/capture-golden.ts            (needs kcat, java + the Maven jars, and
 *                                                       ../shared/kafka-protocol for API names)
 *
 * Each client produces 3 records (keys, headers, explicit timestamps where the client can set
 * them) once per compression codec it supports, then consumes them. For every client one
 * exchange of each (API, version) is kept, one Produce per codec. The proxy caps the versions
 * Kafka advertises to those our schemas describe (Kafka 4.1 knows e.g. Produce v13, Fetch v18). Files: <client>/<api>-v<version>[-<codec>].req.bin (request payload: header +
 * body, without the int32 size) and .resp.bin (response payload). index.json lists them with the
 * records each Produce carried, for test/protocol/golden/golden.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startKafkaReference } from '../../test/interop/kafka-reference.ts';
import { CaptureProxy, type CapturedExchange } from './capture-proxy.ts';
import { captureClients, type GoldenRecord } from './golden-clients.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const OUT = join(REPO, 'test', 'fixtures', 'golden');

export interface GoldenEntry {
  client: string;
  clientVersion: string;
  apiKey: number;
  api: string;
  version: number;
  codec: string | null;
  request: string;
  response: string | null;
  /** For Produce: the records the client was asked to send (timestamp null = client's clock). */
  topic?: string;
  records?: GoldenRecord[];
}

/** Api names and the highest version each schema describes. */
function apiNames(): { names: Map<number, string>; maxVersions: Map<number, number> } {
  const dir = process.env.SAMSA_KAFKA_PROTOCOL_DIR ?? join(REPO, '..', 'shared', 'kafka-protocol');
  const names = new Map<number, string>();
  const maxVersions = new Map<number, number>();
  for (const f of readdirSync(join(dir, 'messages')).filter((n) => n.endsWith('Request.json'))) {
    const text = readFileSync(join(dir, 'messages', f), 'utf8')
      .split('\n')
      .filter((l) => !l.trim().startsWith('//'))
      .join('\n');
    const key = /"apiKey":\s*(\d+)/.exec(text);
    const valid = /"validVersions":\s*"(\d+)(?:-(\d+))?"/.exec(text);
    if (key) names.set(Number(key[1]), f.replace(/Request\.json$/, ''));
    if (key && valid) maxVersions.set(Number(key[1]), Number(valid[2] ?? valid[1]));
  }
  return { names, maxVersions };
}

const kebab = (s: string): string => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

async function main(): Promise<void> {
  const { names, maxVersions } = apiNames();
  const proxy = await CaptureProxy.start();
  // Clients see the versions our schemas (and so Samsa) know, not Kafka 4.1's newer ones.
  proxy.versionCaps = maxVersions;
  const kafka = await startKafkaReference({ advertisedPort: proxy.port });
  proxy.upstreamPort = kafka.port;
  console.log(`reference Kafka ready in ${kafka.startMs} ms; proxy on ${proxy.port}`);
  let runs;
  try {
    runs = await captureClients(proxy, kafka.bootstrap);
  } finally {
    await proxy.close();
    await kafka.stop();
  }

  rmSync(OUT, { recursive: true, force: true });
  const entries: GoldenEntry[] = [];
  const byClient = new Map<string, CapturedExchange[]>();
  for (const ex of proxy.exchanges) {
    const client = ex.label.split('/')[0];
    if (!client) continue;
    byClient.set(client, [...(byClient.get(client) ?? []), ex]);
  }
  for (const [client, exchanges] of byClient) {
    const run = runs.get(client)!;
    const chosen = new Map<string, CapturedExchange>();
    for (const ex of exchanges) {
      const codec = ex.apiKey === 0 ? ex.label.split('/')[1] ?? 'none' : '';
      const id = `${ex.apiKey}/${ex.apiVersion}/${codec}`;
      const prev = chosen.get(id);
      // Produce: the largest request (all records of the step; a first one may carry only part).
      // Fetch: the largest response (it carries records). Others: the last, which succeeded
      // (first attempts may meet COORDINATOR_NOT_AVAILABLE or MEMBER_ID_REQUIRED).
      if (ex.apiKey === 0) {
        if (!prev || ex.request.length > prev.request.length) chosen.set(id, ex);
      } else if (ex.apiKey === 1) {
        if (!prev || (ex.response?.length ?? 0) > (prev.response?.length ?? 0)) chosen.set(id, ex);
      } else chosen.set(id, ex);
    }
    mkdirSync(join(OUT, client), { recursive: true });
    for (const [id, ex] of [...chosen].sort((a, b) => a[1].apiKey - b[1].apiKey || a[1].apiVersion - b[1].apiVersion)) {
      const codec = id.split('/')[2] || null;
      const api = names.get(ex.apiKey) ?? `api-${ex.apiKey}`;
      const base = `${client}/${kebab(api)}-v${ex.apiVersion}${codec ? `-${codec}` : ''}`;
      writeFileSync(join(OUT, `${base}.req.bin`), ex.request);
      if (ex.response) writeFileSync(join(OUT, `${base}.resp.bin`), ex.response);
      const entry: GoldenEntry = {
        client,
        clientVersion: run.version,
        apiKey: ex.apiKey,
        api,
        version: ex.apiVersion,
        codec,
        request: `${base}.req.bin`,
        response: ex.response ? `${base}.resp.bin` : null,
      };
      if (ex.apiKey === 0 && codec) {
        entry.topic = run.topic;
        entry.records = run.produced.get(codec);
      }
      entries.push(entry);
    }
  }
  writeFileSync(join(OUT, 'index.json'), JSON.stringify(entries, null, 1) + '\n');
  const du = spawnSync('du', ['-sh', OUT], { encoding: 'utf8' }).stdout.trim();
  console.log(`${entries.length} fixtures written (${du})`);
}

await main();
