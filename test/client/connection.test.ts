/**
 * Connection behaviour against a scripted fake broker on loopback (the request/response codecs are
 * the real ones): version negotiation, pipelining with out-of-order answers, timeouts, drops.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server, type Socket } from 'node:net';
import { ApiKey } from '../../src/protocol/generated/api-keys.ts';
import { readFrame } from '../../src/protocol/frame.ts';
import { decodeRequestHeader, encodeResponse } from '../../src/protocol/request-codec.ts';
import { Connection } from '../../src/client/connection.ts';
import { Cluster } from '../../src/client/cluster.ts';
import { KafkaError } from '../../src/client/kafka-error.ts';

interface Req {
  apiKey: number;
  apiVersion: number;
  correlationId: number;
  socket: Socket;
}

async function fakeBroker(onRequest: (r: Req) => void, ranges: Array<[number, number, number]>): Promise<{ server: Server; port: number }> {
  const server = createServer((socket) => {
    let buf = Buffer.alloc(0);
    socket.on('data', (b) => {
      buf = Buffer.concat([buf, b]);
      for (;;) {
        const f = readFrame(buf, 0, 1 << 20);
        if (f === null) break;
        buf = buf.subarray(f.next);
        const { header } = decodeRequestHeader(f.payload);
        const r = { apiKey: header.requestApiKey, apiVersion: header.requestApiVersion, correlationId: header.correlationId, socket };
        if (r.apiKey === ApiKey.ApiVersions) {
          socket.write(encodeResponse(ApiKey.ApiVersions, r.apiVersion, r.correlationId, { errorCode: 0, apiKeys: ranges.map(([apiKey, minVersion, maxVersion]) => ({ apiKey, minVersion, maxVersion })) }));
        } else onRequest(r);
      }
    });
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as { port: number }).port };
}

function metadataAnswer(r: Req, clusterId: string): Buffer {
  return encodeResponse(ApiKey.Metadata, r.apiVersion, r.correlationId, { brokers: [{ nodeId: 1, host: '127.0.0.1', port: 1 }], clusterId, controllerId: 1, topics: [] });
}

test('negotiates the highest common version and matches pipelined answers by correlation id', async () => {
  const held: Req[] = [];
  const seenVersions: number[] = [];
  const { server, port } = await fakeBroker((r) => {
    seenVersions.push(r.apiVersion);
    held.push(r);
    if (held.length === 3) {
      // Answer in reverse order, each with a cluster id naming its correlation id.
      for (const h of held.reverse()) h.socket.write(metadataAnswer(h, `c${h.correlationId}`));
    }
  }, [[ApiKey.ApiVersions, 0, 3], [ApiKey.Metadata, 1, 5]]);
  const conn = await Connection.connect({ host: '127.0.0.1', port });
  try {
    assert.equal(conn.version(ApiKey.Metadata), 5);
    const answers = await Promise.all([1, 2, 3].map(() => conn.send(ApiKey.Metadata, { topics: [] })));
    assert.deepEqual(seenVersions, [5, 5, 5]);
    const ids = answers.map((a) => Number(a.clusterId!.slice(1)));
    assert.deepEqual(ids, [...ids].sort((a, b) => a - b), 'each caller got the answer to its own request');
    assert.throws(() => conn.version(ApiKey.Produce), (e: unknown) => e instanceof KafkaError && e.type === 'UNSUPPORTED_VERSION');
  } finally {
    conn.close();
    server.close();
  }
});

test('a request without an answer times out with REQUEST_TIMED_OUT and the connection closes', async () => {
  const { server, port } = await fakeBroker(() => {}, [[ApiKey.ApiVersions, 0, 3], [ApiKey.Metadata, 0, 12]]);
  const conn = await Connection.connect({ host: '127.0.0.1', port, requestTimeoutMs: 150 });
  try {
    await assert.rejects(conn.send(ApiKey.Metadata, { topics: [] }), (e: unknown) => e instanceof KafkaError && e.type === 'REQUEST_TIMED_OUT');
    assert.equal(conn.closed, true);
    await assert.rejects(conn.send(ApiKey.Metadata, { topics: [] }), (e: unknown) => e instanceof KafkaError && e.type === 'NETWORK_EXCEPTION' && e.retriable);
  } finally {
    server.close();
  }
});

test('a dropped connection fails every in-flight request with retriable NETWORK_EXCEPTION', async () => {
  let n = 0;
  const { server, port } = await fakeBroker((r) => {
    if (++n === 2) r.socket.destroy();
  }, [[ApiKey.ApiVersions, 0, 3], [ApiKey.Metadata, 0, 12]]);
  const conn = await Connection.connect({ host: '127.0.0.1', port });
  try {
    const results = await Promise.allSettled([conn.send(ApiKey.Metadata, { topics: [] }), conn.send(ApiKey.Metadata, { topics: [] })]);
    for (const r of results) {
      assert.equal(r.status, 'rejected');
      const e = (r as PromiseRejectedResult).reason as KafkaError;
      assert.equal(e.type, 'NETWORK_EXCEPTION');
      assert.equal(e.retriable, true);
    }
  } finally {
    server.close();
  }
});

test('an unreachable bootstrap server is a NETWORK_EXCEPTION naming the address; bad addresses are rejected', async () => {
  const { server, port } = await fakeBroker(() => {}, []);
  server.close();
  await new Promise((r) => setTimeout(r, 20));
  const cluster = new Cluster({ bootstrap: `127.0.0.1:${port}`, retries: 0 });
  await assert.rejects(cluster.refresh([]), (e: unknown) => e instanceof KafkaError && e.type === 'NETWORK_EXCEPTION' && e.message.includes(`127.0.0.1:${port}`));
  await cluster.close();
  assert.throws(() => new Cluster({ bootstrap: 'localhost' }), /host:port/);
});

test('Cluster.retry retries retriable errors with backoff and gives up on others', async () => {
  const cluster = new Cluster({ bootstrap: '127.0.0.1:9', retries: 3, retryBackoffMs: 1 });
  let calls = 0;
  const v = await cluster.retry(async () => {
    if (++calls < 3) throw new KafkaError(6, 'not leader');
    return 'ok';
  });
  assert.equal(v, 'ok');
  assert.equal(calls, 3);
  calls = 0;
  await assert.rejects(cluster.retry(async () => {
    calls++;
    throw new KafkaError(36, 'exists');
  }), (e: unknown) => e instanceof KafkaError && e.type === 'TOPIC_ALREADY_EXISTS');
  assert.equal(calls, 1);
  await cluster.close();
});
