/**
 * The client scenarios against Samsa's own broker (started as a child process, as users run it):
 * the same scenarios that kafka.test.ts runs against Apache Kafka.
 */
import { after, before } from 'node:test';
import { startSamsaBroker, type SamsaBroker } from '../interop/samsa-broker.ts';
import { groupScenarios } from './group-scenarios.ts';
import { adminScenarios, consumerScenarios, interopScenarios, producerScenarios } from './scenarios.ts';

let broker: SamsaBroker;
before(async () => {
  broker = await startSamsaBroker({ properties: { 'auto.create.topics.enable': 'false' } });
});
after(async () => {
  await broker?.stop();
});

const bootstrap = (): string => broker.bootstrap;
producerScenarios(bootstrap);
consumerScenarios(bootstrap);
interopScenarios(bootstrap);
adminScenarios(bootstrap);
groupScenarios(bootstrap);
