/**
 * Runs async tasks one at a time, in call order: the partition log's mutations (append, roll,
 * truncate, retention) must not interleave, while reads and fsyncs run beside them.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private pending = 0;

  run<T>(task: () => Promise<T>): Promise<T> {
    if (this.pending++ === 0) {
      // Idle: start in the caller's tick rather than a microtask later. The tail is in place
      // first, so that a task queued from inside this one waits for it.
      let done!: () => void;
      this.tail = new Promise<void>((resolve) => (done = resolve));
      let result: Promise<T>;
      try {
        result = task();
      } catch (e) {
        result = Promise.reject(e);
      }
      const finished = (): void => {
        this.pending--;
        done();
      };
      result.then(finished, finished);
      return result;
    }
    const result = this.tail.then(task);
    this.tail = result.then(this.settle, this.settle);
    return result;
  }

  private readonly settle = (): void => {
    this.pending--;
  };
}
