/**
 * Runs async tasks one at a time, in call order: the partition log's mutations (append, roll,
 * truncate, retention) must not interleave, while reads and fsyncs run beside them.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
