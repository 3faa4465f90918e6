import assert from 'node:assert/strict';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { test } from 'node:test';
import { CaptureProxy } from '../../../tools/capture/capture-proxy.ts';

const frame = (payload: Buffer): Buffer => {
  const size = Buffer.alloc(4);
  size.writeInt32BE(payload.length);
  return Buffer.concat([size, payload]);
};

function requestPayload(apiKey: number, version: number, correlationId: number, body: Buffer): Buffer {
  const h = Buffer.alloc(8);
  h.writeInt16BE(apiKey, 0);
  h.writeInt16BE(version, 2);
  h.writeInt32BE(correlationId, 4);
  return Buffer.concat([h, body]);
}

/** ApiVersions response v3: correlation id, errorCode, compact array of (key, min, max, no tags), throttle, no tags. */
function apiVersionsV3(correlationId: number, entries: [number, number, number][]): Buffer {
  const parts = [Buffer.alloc(4), Buffer.from([0, 0, entries.length + 1])];
  parts[0]!.writeInt32BE(correlationId);
  for (const [k, min, max] of entries) {
    const e = Buffer.alloc(7);
    e.writeInt16BE(k, 0);
    e.writeInt16BE(min, 2);
    e.writeInt16BE(max, 4);
    parts.push(e); // last byte 0: no tagged fields
  }
  parts.push(Buffer.from([0, 0, 0, 0, 0]));
  return Buffer.concat(parts);
}

/** An upstream that answers each request frame with `answer(payload)`. */
async function upstream(answer: (payload: Buffer) => Buffer): Promise<{ server: Server; port: number }> {
  const server = createServer((s: Socket) => {
    let pending = Buffer.alloc(0);
    s.on('data', (b: Buffer) => {
      pending = Buffer.concat([pending, b]);
      while (pending.length >= 4 && pending.length >= 4 + pending.readInt32BE(0)) {
        const payload = pending.subarray(4, 4 + pending.readInt32BE(0));
        pending = pending.subarray(4 + payload.length);
        s.write(frame(answer(payload)));
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const a = server.address();
  return { server, port: typeof a === 'object' && a ? a.port : 0 };
}

/** Sends frames in awkward chunks and collects `expected` bytes of answer. */
function exchange(port: number, bytes: Buffer, expected: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const s = connect({ host: '127.0.0.1', port }, () => {
      for (let i = 0; i < bytes.length; i += 3) s.write(bytes.subarray(i, i + 3));
    });
    let got = Buffer.alloc(0);
    s.on('data', (b: Buffer) => {
      got = Buffer.concat([got, b]);
      if (got.length >= expected) {
        s.destroy();
        resolve(got);
      }
    });
    s.on('error', reject);
  });
}

test('records request and response frames split across chunks, matched by correlation id', async () => {
  const up = await upstream((p) => Buffer.concat([p.subarray(4, 8), Buffer.from('answer')]));
  const proxy = await CaptureProxy.start(up.port);
  try {
    proxy.label = 'client/step';
    const r1 = requestPayload(3, 12, 41, Buffer.from('metadata body'));
    const r2 = requestPayload(0, 9, 42, Buffer.from('produce body'));
    const answers = await exchange(proxy.port, Buffer.concat([frame(r1), frame(r2)]), 2 * (4 + 10));
    assert.equal(answers.length, 28, 'client gets both answers through the proxy');
    assert.equal(proxy.exchanges.length, 2);
    const [a, b] = proxy.exchanges;
    assert.deepEqual([a!.apiKey, a!.apiVersion, a!.correlationId, a!.label], [3, 12, 41, 'client/step']);
    assert.deepEqual(a!.request, r1);
    assert.equal(a!.response?.readInt32BE(0), 41);
    assert.deepEqual([b!.apiKey, b!.apiVersion, b!.correlationId], [0, 9, 42]);
    assert.equal(b!.response?.subarray(4).toString(), 'answer');
  } finally {
    await proxy.close();
    up.server.close();
  }
});

test('versionCaps lowers max versions in ApiVersions v3 responses and leaves the rest as sent', async () => {
  const up = await upstream((p) => apiVersionsV3(p.readInt32BE(4), [[0, 0, 13], [1, 4, 18], [18, 0, 4]]));
  const proxy = await CaptureProxy.start(up.port);
  proxy.versionCaps = new Map([[0, 11], [1, 17], [18, 4]]);
  try {
    const expected = apiVersionsV3(7, [[0, 0, 11], [1, 4, 17], [18, 0, 4]]);
    const got = await exchange(proxy.port, frame(requestPayload(18, 3, 7, Buffer.from([0, 0, 0]))), 4 + expected.length);
    assert.deepEqual(got.subarray(4), expected);
    assert.equal(got.readInt32BE(0), expected.length, 'frame size unchanged');
  } finally {
    await proxy.close();
    up.server.close();
  }
});
