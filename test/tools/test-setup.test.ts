/** tools/test-setup.mjs: what `npm test` installs, or the one line it stops with. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
// @ts-expect-error -- a plain .mjs tool without types
import { PACKAGES, planSetup } from '../../tools/test-setup.mjs';

type Probe = { command?: string; python?: string };
const hasAll = () => true;
const lacks = (...names: string[]) => (p: Probe) => !names.includes(p.command ?? p.python ?? '');

test('everything present: nothing to do', () => {
  assert.deepEqual(planSetup({ has: hasAll, root: false, apt: true, jarsCurrent: true }), { steps: [], stop: null });
});

test('missing packages as root with apt: install exactly those, then fetch the jars if stale', () => {
  const plan = planSetup({ has: lacks('kcat', 'zstandard'), root: true, apt: true, jarsCurrent: false });
  assert.deepEqual(plan, { steps: [{ apt: ['kcat', 'python3-zstandard'] }, { maven: true }], stop: null });
});

test('missing packages without root: one line naming them and the command, nothing run', () => {
  const plan = planSetup({ has: lacks('javac', 'mvn'), root: false, apt: true, jarsCurrent: false });
  assert.deepEqual(plan.steps, []);
  assert.equal(plan.stop.split('\n').length, 1);
  assert.match(plan.stop, /openjdk-17-jdk-headless, maven/);
  assert.match(plan.stop, /sudo apt-get install -y openjdk-17-jdk-headless maven/);
});

test('no apt-get: names the packages without an apt command', () => {
  const plan = planSetup({ has: lacks('unshare'), root: true, apt: false, jarsCurrent: true });
  assert.match(plan.stop, /util-linux/);
  assert.doesNotMatch(plan.stop, /apt-get/);
});

test('only the jars are stale: Maven alone', () => {
  assert.deepEqual(planSetup({ has: hasAll, root: false, apt: false, jarsCurrent: false }), { steps: [{ maven: true }], stop: null });
});

test('every package has one probe, a command or a Python module', () => {
  for (const p of PACKAGES as { pkg: string; probe: Probe }[]) assert.ok(Boolean(p.probe.command) !== Boolean(p.probe.python), p.pkg);
});

test('the current-librdkafka venv is made after the packages and jars when it lacks the pinned package', () => {
  const plan = planSetup({ has: lacks('openssl'), root: true, apt: true, jarsCurrent: true, venvCurrent: false });
  assert.deepEqual(plan, { steps: [{ apt: ['openssl'] }, { venv: true }], stop: null });
});
