import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SerialQueue } from '../../src/storage/log/serial-queue.ts';

const tick = () => new Promise((r) => setImmediate(r));

test('SerialQueue runs tasks one at a time in call order, a failure not stopping the next', async () => {
  const q = new SerialQueue();
  const events: string[] = [];
  const task = (name: string, fail = false) => async () => {
    events.push(`start ${name}`);
    await tick();
    events.push(`end ${name}`);
    if (fail) throw new Error(name);
    return name;
  };
  const a = q.run(task('a'));
  const b = q.run(task('b', true));
  const c = q.run(task('c'));
  assert.equal(await a, 'a');
  await assert.rejects(b, /b/);
  assert.equal(await c, 'c');
  assert.deepEqual(events, ['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
});

test('SerialQueue starts a task on an idle queue at once, and one queued from inside a task after it', async () => {
  const q = new SerialQueue();
  const events: string[] = [];
  let inner: Promise<void> | null = null;
  const outer = q.run(async () => {
    events.push('outer starts');
    inner = q.run(async () => void events.push('inner runs'));
    await tick();
    events.push('outer ends');
  });
  assert.deepEqual(events, ['outer starts'], 'an idle queue starts the task in the caller’s tick');
  await outer;
  await inner;
  assert.deepEqual(events, ['outer starts', 'outer ends', 'inner runs']);
  // Idle again: the next task starts at once too.
  void q.run(async () => void events.push('later'));
  assert.equal(events.at(-1), 'later');
});

test('SerialQueue: a task that throws before returning a promise rejects its run and frees the queue', async () => {
  const q = new SerialQueue();
  await assert.rejects(
    q.run(() => {
      throw new Error('sync failure');
    }),
    /sync failure/,
  );
  assert.equal(await q.run(async () => 'next'), 'next');
});
