/** The staged request path (src/broker/stages/): stages run in order, and one that answers ends it. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runStages } from '../../src/broker/stages/stage.ts';

test('stages run in order, then the handler', async () => {
  const seen: string[] = [];
  const stage = (name: string) => (_req: unknown, next: () => Promise<unknown>) => {
    seen.push(name);
    return next();
  };
  const refuse = () => 'refused';
  const req = { handler: {} as never, body: null, ctx: {} as never };
  assert.equal(await runStages([stage('a'), stage('b')], req, async () => 'handled'), 'handled');
  assert.deepEqual(seen, ['a', 'b']);
  // A stage that answers ends the path: later stages and the handler never run.
  seen.length = 0;
  assert.equal(await runStages([stage('a'), refuse, stage('c')], req, async () => 'handled'), 'refused');
  assert.deepEqual(seen, ['a']);
});
