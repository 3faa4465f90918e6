/**
 * Interop: kafka-python (Debian's python3-kafka 2.0.2, pure Python) against the broker under test,
 * driven through test/interop/python/kafka_python_client.py. kafka-python picks its protocol
 * versions by inferring the broker's release from ApiVersions, so this suite also checks that our
 * advertised ranges look like a real Kafka's. 2.0.2 has no idempotent producer (so no restart
 * scenario) and no DeleteRecords; offsets are listed through the consumer.
 * Needs: apt-get install -y python3-kafka python3-snappy python3-lz4 python3-zstandard.
 */
import { pythonSuite } from './python-suite.ts';

pythonSuite({
  name: 'kafka-python',
  script: 'kafka_python_client.py',
  topicPrefix: 'kpy',
  idempotence: false,
  adminClass: 'KafkaAdminClient',
  imports: 'kafka, snappy, lz4.frame, zstandard',
  install: 'install kafka-python and its codecs (apt-get install -y python3-kafka python3-snappy python3-lz4 python3-zstandard)',
});
