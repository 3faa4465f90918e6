/**
 * Produce requests of one partition reach its log in the order they arrived, even when a check
 * before the append waits (the transaction coordinator's verification, decompressing a compacted
 * topic's batches to find keyless records). Kafka reads one request per connection at a time, so a
 * producer's pipelined batches can never overtake each other there; Samsa handles a connection's
 * requests concurrently, and without this a batch could be appended ahead of an earlier one still
 * being verified, which a producer sees as OUT_OF_ORDER_SEQUENCE_NUMBER for a batch that was in
 * order. `prepare` runs after the previous request's `prepare` for the same partition has settled;
 * it should start its append (appendAsLeader queues it before it first waits) and return without
 * waiting for it.
 */
const tails = new WeakMap<object, Promise<unknown>>();

export function inPartitionOrder<T>(partition: object, prepare: () => Promise<T>): Promise<T> {
  const previous = tails.get(partition);
  const run = previous ? previous.then(prepare, prepare) : prepare();
  const tail = run.then(
    () => undefined,
    () => undefined,
  );
  tails.set(partition, tail);
  void tail.then(() => {
    if (tails.get(partition) === tail) tails.delete(partition);
  });
  return run;
}
