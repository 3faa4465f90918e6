/**
 * The client scenarios against the reference Apache Kafka 4.x (one KRaft broker from the Maven
 * jars, shared by every test in this file). Needs Java 17+ and the jars:
 * `cd test/interop/java && mvn -q dependency:copy-dependencies -DoutputDirectory=target/lib`.
 */
import { after, before } from 'node:test';
import { startKafkaReference, type KafkaReference } from '../interop/kafka-reference.ts';
import { groupScenarios } from './group-scenarios.ts';
import { adminScenarios, consumerScenarios, interopScenarios, producerScenarios } from './scenarios.ts';

let kafka: KafkaReference;
before(async () => {
  kafka = await startKafkaReference({ properties: { 'auto.create.topics.enable': 'false' } });
});
after(async () => {
  await kafka?.stop();
});

const bootstrap = (): string => kafka.bootstrap;
producerScenarios(bootstrap);
consumerScenarios(bootstrap);
interopScenarios(bootstrap);
adminScenarios(bootstrap);
groupScenarios(bootstrap);
