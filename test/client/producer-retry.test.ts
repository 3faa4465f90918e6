/**
 * Idempotent retries against a scripted broker (real codecs, fault injected per request): the
 * first of two pipelined batches fails with NOT_LEADER_OR_FOLLOWER, so the broker rejects the
 * second with OUT_OF_ORDER_SEQUENCE_NUMBER (KIP-98). The producer must resend both, unchanged and in
 * sequence order, and every send() must resolve with the offset the broker finally gave.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Socket } from 'node:net';
import { ApiKey } from '../../src/protocol/generated/api-keys.ts';
import { readFrame } from '../../src/protocol/frame.ts';
import { decodeRequestBody, decodeRequestHeader, encodeResponse } from '../../src/protocol/request-codec.ts';
import { readBatchHeader } from '../../src/protocol/record-batch/batch-header.ts';
import { Producer } from '../../src/client/producer.ts';
import { KafkaError } from '../../src/client/kafka-error.ts';

const RANGES: Array<[number, number, number]> = [
  [ApiKey.ApiVersions, 0, 3],
  [ApiKey.Metadata, 0, 12],
  [ApiKey.InitProducerId, 0, 4],
  [ApiKey.Produce, 3, 11],
];

interface ProduceCall {
  socket: Socket;
  version: number;
  correlationId: number;
  baseSequence: number;
}

/** A one-partition broker; `decide` answers each Produce (error code) or holds it (null). */
async function scriptedBroker(decide: (call: ProduceCall, log: number[]) => number | null) {
  const log: number[] = []; // base sequences appended, in order
  const held: ProduceCall[] = [];
  let port = 0;
  const answer = (c: ProduceCall, errorCode: number): void => {
    const offset = errorCode === 0 ? log.push(c.baseSequence) - 1 : -1;
    c.socket.write(encodeResponse(ApiKey.Produce, c.version, c.correlationId, { responses: [{ name: 't', partitionResponses: [{ index: 0, errorCode, baseOffset: BigInt(offset), logAppendTimeMs: -1n, logStartOffset: 0n }] }] }));
  };
  const server = createServer((socket) => {
    let buf = Buffer.alloc(0);
    socket.on('error', () => {});
    socket.on('data', (b) => {
      buf = Buffer.concat([buf, b]);
      for (let f = readFrame(buf, 0, 1 << 20); f !== null; f = readFrame(buf, 0, 1 << 20)) {
        buf = buf.subarray(f.next);
        const { header, bodyOffset } = decodeRequestHeader(f.payload);
        const v = header.requestApiVersion;
        const id = header.correlationId;
        switch (header.requestApiKey) {
          case ApiKey.ApiVersions:
            socket.write(encodeResponse(ApiKey.ApiVersions, v, id, { apiKeys: RANGES.map(([apiKey, minVersion, maxVersion]) => ({ apiKey, minVersion, maxVersion })) }));
            break;
          case ApiKey.Metadata:
            socket.write(encodeResponse(ApiKey.Metadata, v, id, {
              brokers: [{ nodeId: 1, host: '127.0.0.1', port }],
              controllerId: 1,
              topics: [{ name: 't', topicId: 'AAAAAAAAAAAAAAAAAAAAAQ', partitions: [{ partitionIndex: 0, leaderId: 1, leaderEpoch: 0, replicaNodes: [1], isrNodes: [1] }] }],
            }));
            break;
          case ApiKey.InitProducerId:
            socket.write(encodeResponse(ApiKey.InitProducerId, v, id, { producerId: 7n, producerEpoch: 0 }));
            break;
          case ApiKey.Produce: {
            const body = decodeRequestBody(ApiKey.Produce, v, f.payload, bodyOffset);
            const records = body.topicData[0]!.partitionData[0]!.records!;
            const call = { socket, version: v, correlationId: id, baseSequence: readBatchHeader(records).baseSequence };
            const code = decide(call, log);
            if (code === null) held.push(call);
            else answer(call, code);
            break;
          }
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
  return { port, log, held, answer, close: () => server.close() };
}

test('a failed batch and the out-of-order one behind it are resent in sequence order; every send resolves', async () => {
  let calls = 0;
  const broker = await scriptedBroker((c, log) => {
    calls++;
    if (calls === 1) return 0; // warm-up record, sequence 0
    if (calls === 2) return null; // sequence 1: hold until sequence 2 is in flight too
    if (calls === 3) {
      const first = broker.held.shift()!;
      broker.answer(first, 6); // NOT_LEADER_OR_FOLLOWER for sequence 1 ...
      return 45; // ... so sequence 2 is OUT_OF_ORDER_SEQUENCE_NUMBER
    }
    // Kafka's rule: accept only the next sequence.
    return c.baseSequence === log.length ? 0 : 45;
  });
  const producer = new Producer({ bootstrap: `127.0.0.1:${broker.port}`, lingerMs: 0, batchSize: 1, retryBackoffMs: 5 });
  try {
    assert.equal((await producer.send({ topic: 't', value: 'r0' })).offset, 0);
    const [a, b] = await Promise.all([producer.send({ topic: 't', value: 'r1' }), producer.send({ topic: 't', value: 'r2' })]);
    assert.deepEqual([a.offset, b.offset], [1, 2]);
    assert.deepEqual(broker.log, [0, 1, 2]);
    assert.ok(calls >= 5, `the broker saw the retries (${calls} produce requests)`);
  } finally {
    await producer.close();
    broker.close();
  }
});

test('a non-retriable error fails only the records of that batch, with the broker\'s error', async () => {
  const broker = await scriptedBroker((c) => (c.baseSequence === 1 ? 10 : 0)); // MESSAGE_TOO_LARGE
  const producer = new Producer({ bootstrap: `127.0.0.1:${broker.port}`, lingerMs: 0, batchSize: 1, maxInFlight: 1 });
  try {
    assert.equal((await producer.send({ topic: 't', value: 'ok' })).offset, 0);
    await assert.rejects(producer.send({ topic: 't', value: 'big' }), (e: unknown) => e instanceof KafkaError && e.type === 'MESSAGE_TOO_LARGE' && !e.retriable);
  } finally {
    await producer.close();
    broker.close();
  }
});
