/**
 * Interop: confluent-kafka-python (Debian's python3-confluent-kafka 1.7 on librdkafka 2.0.2) against
 * the broker under test, driven through test/interop/python/confluent_client.py.
 * Its AdminClient (1.7) has no DeleteRecords or ListOffsets calls: offsets are listed through the
 * consumer (watermarks, offsets_for_times). Needs: apt-get install -y python3-confluent-kafka.
 */
import { pythonSuite } from './python-suite.ts';

pythonSuite({
  name: 'confluent-kafka-python',
  script: 'confluent_client.py',
  topicPrefix: 'confluent',
  idempotence: true,
  adminClass: 'AdminClient',
  imports: 'confluent_kafka',
  install: 'install python3-confluent-kafka (apt-get install -y python3-confluent-kafka)',
});
