"""A consumer group member for the interop tests (issue 5), with confluent-kafka (librdkafka) or
kafka-python. Prints each record's value on stdout and ASSIGN/REVOKE events on stderr, one per
line, flushed; exits after `count` records (0 = until killed) or `timeout` seconds, closing the
consumer (which commits and leaves the group).

usage: group_consumer.py confluent|kafka-python BOOTSTRAP TOPIC GROUP ASSIGNOR INSTANCE_ID|- COUNT TIMEOUT_S
"""
import sys
import time


def log(*parts):
    print(*parts, file=sys.stderr, flush=True)


def run_confluent(bootstrap, topic, group, assignor, instance_id, count, timeout):
    from confluent_kafka import Consumer

    conf = {
        'bootstrap.servers': bootstrap,
        'group.id': group,
        'auto.offset.reset': 'earliest',
        'partition.assignment.strategy': assignor,
        'session.timeout.ms': 10000 if instance_id is None else 30000,
        'heartbeat.interval.ms': 300,
        'auto.commit.interval.ms': 200,
    }
    if instance_id is not None:
        conf['group.instance.id'] = instance_id
    c = Consumer(conf)
    c.subscribe([topic],
                on_assign=lambda _c, ps: log('ASSIGN', ','.join(str(p.partition) for p in ps)),
                on_revoke=lambda _c, ps: log('REVOKE', ','.join(str(p.partition) for p in ps)))
    n = 0
    end = time.time() + timeout
    try:
        while time.time() < end and (count == 0 or n < count):
            m = c.poll(0.2)
            if m is None or m.error():
                continue
            print(m.value().decode(), flush=True)
            n += 1
    finally:
        c.close()


def run_kafka_python(bootstrap, topic, group, assignor, instance_id, count, timeout):
    from kafka import KafkaConsumer
    from kafka.coordinator.assignors.range import RangePartitionAssignor
    from kafka.coordinator.assignors.roundrobin import RoundRobinPartitionAssignor

    assignors = {'range': RangePartitionAssignor, 'roundrobin': RoundRobinPartitionAssignor}
    c = KafkaConsumer(bootstrap_servers=bootstrap, group_id=group, auto_offset_reset='earliest',
                      partition_assignment_strategy=[assignors[assignor]], session_timeout_ms=10000,
                      heartbeat_interval_ms=300, auto_commit_interval_ms=200,
                      # kafka-python 2.0's version probe (ApiVersions v0 + Metadata v0) predates
                      # Kafka 4's removal of old versions; name the version instead of probing.
                      api_version=(2, 5, 0))
    c.subscribe([topic])
    n = 0
    end = time.time() + timeout
    try:
        while time.time() < end and (count == 0 or n < count):
            for records in c.poll(timeout_ms=200).values():
                for m in records:
                    print(m.value.decode(), flush=True)
                    n += 1
    finally:
        c.close()


if __name__ == '__main__':
    client, bootstrap, topic, group, assignor, instance, count, timeout = sys.argv[1:9]
    fn = run_confluent if client == 'confluent' else run_kafka_python
    fn(bootstrap, topic, group, assignor, None if instance == '-' else instance, int(count), float(timeout))
