/**
 * Load process of bench/groups.ts: sends OffsetCommit requests pipelined on several connections
 * from its own process, so the client's work does not share the broker's event loop.
 * argv: port total connections window; prints {"seconds": n} when done.
 */
import { ApiKey } from '../../src/protocol/generated/api-keys.ts';
import { encodeRequest } from '../../src/protocol/request-codec.ts';
import { TestClient } from '../../test/broker/broker-harness.ts';

const [port, total, connections, window] = process.argv.slice(2).map(Number) as [number, number, number, number];
const clients = await Promise.all(Array.from({ length: connections }, () => TestClient.connect(port)));
let sent = 0;
const t0 = Date.now();
await Promise.all(
  clients.map(async (c, ci) => {
    const inFlight = new Set<Promise<unknown>>();
    while (sent < total) {
      const n = sent++;
      const corr = c.nextCorrelationId();
      const frame = encodeRequest({ apiKey: ApiKey.OffsetCommit, apiVersion: 8, correlationId: corr, clientId: 'bench' }, {
        groupId: `commit-group-${ci}`, generationIdOrMemberEpoch: -1, memberId: '', groupInstanceId: null,
        topics: [{ name: 'bench', partitions: [{ partitionIndex: n % 10, committedOffset: BigInt(n), committedLeaderEpoch: -1, committedMetadata: null }] }],
      });
      const p = c.send(frame, corr, 60_000).finally(() => inFlight.delete(p));
      inFlight.add(p);
      if (inFlight.size >= window) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  }),
);
const seconds = (Date.now() - t0) / 1000;
for (const c of clients) c.close();
console.log(JSON.stringify({ seconds }));
