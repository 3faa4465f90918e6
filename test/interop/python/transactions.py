"""Transactions with confluent-kafka-python (librdkafka): commit, abort, fencing of an older
producer instance, and a read_committed consumer. Prints one JSON object with what happened."""
import json
import sys
from confluent_kafka import Consumer, KafkaException, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic

bootstrap = sys.argv[1]
a = AdminClient({'bootstrap.servers': bootstrap})
for f in a.create_topics([NewTopic('txn-data', 2, 1), NewTopic('txn-aborted', 1, 1)]).values():
    f.result()

def producer():
    return Producer({'bootstrap.servers': bootstrap, 'transactional.id': 'txn-py', 'transaction.timeout.ms': 20000})

out = {}
p1 = producer()
p1.init_transactions(30)
p1.begin_transaction()
for i in range(5):
    p1.produce('txn-data', value=b'c%d' % i, partition=i % 2)
p1.produce('txn-aborted', value=b'k1', partition=0)
p1.commit_transaction(30)

p1.begin_transaction()
p1.produce('txn-aborted', value=b'aborted', partition=0)
p1.flush(30)  # the record reaches the broker before the abort
p1.abort_transaction(30)

p2 = producer()
p2.init_transactions(30)  # a new instance with the same transactional.id fences p1
try:
    p1.begin_transaction()
    p1.produce('txn-data', value=b'zombie', partition=0)
    p1.commit_transaction(30)
    out['fenced'] = None
except KafkaException as e:
    out['fenced'] = e.args[0].name()

p2.begin_transaction()
p2.produce('txn-data', value=b'last', partition=1)
p2.produce('txn-aborted', value=b'k2', partition=0)
p2.commit_transaction(30)

c = Consumer({'bootstrap.servers': bootstrap, 'group.id': 'txn-reader', 'auto.offset.reset': 'earliest',
              'isolation.level': 'read_committed', 'enable.partition.eof': True})
lo, hi = c.get_watermark_offsets(TopicPartition('txn-aborted', 0), timeout=10)
out['abortedTopicWatermarks'] = [lo, hi]
c.subscribe(['txn-data'])
got, eof = [], set()
while len(eof) < 2:
    m = c.poll(15)
    if m is None:
        break
    if m.error():
        eof.add(m.partition())
        continue
    got.append(m.value().decode())
c.close()
out['committed'] = sorted(got)

def read_all(topic, isolation):
    c = Consumer({'bootstrap.servers': bootstrap, 'group.id': 'txn-reader-' + isolation, 'auto.offset.reset': 'earliest',
                  'isolation.level': isolation, 'enable.partition.eof': True})
    c.assign([TopicPartition(topic, 0, 0)])
    got = []
    while True:
        m = c.poll(15)
        if m is None or m.error():
            break
        got.append(m.value().decode())
    c.close()
    return got

# The aborted record sits between two committed ones in one partition: read_committed drops it
# using the fetch response's aborted transactions, read_uncommitted shows it.
out['abortedCommitted'] = read_all('txn-aborted', 'read_committed')
out['abortedUncommitted'] = read_all('txn-aborted', 'read_uncommitted')

# Consume-transform-produce: a group member reads txn-data, the producer writes results and commits
# the member's offsets in the same transaction (send_offsets_to_transaction: AddOffsetsToTxn, then
# TxnOffsetCommit with the member's generation); a second round is aborted and must leave the
# group's offsets where the first put them.
c = Consumer({'bootstrap.servers': bootstrap, 'group.id': 'ctp', 'auto.offset.reset': 'earliest', 'enable.auto.commit': False,
              'isolation.level': 'read_committed', 'enable.partition.eof': True})
c.subscribe(['txn-data'])
positions, eof = {}, set()
while len(eof) < 2:
    m = c.poll(15)
    if m is None:
        break
    if m.error():
        eof.add(m.partition())
        continue
    positions[m.partition()] = m.offset() + 1
p2.begin_transaction()
p2.produce('txn-aborted', value=b'derived', partition=0)
p2.send_offsets_to_transaction([TopicPartition('txn-data', p, o) for p, o in sorted(positions.items())], c.consumer_group_metadata(), 30)
p2.commit_transaction(30)
out['ctpPositions'] = [positions.get(0), positions.get(1)]
out['ctpCommitted'] = [tp.offset for tp in c.committed([TopicPartition('txn-data', 0), TopicPartition('txn-data', 1)], timeout=10)]
p2.begin_transaction()
p2.send_offsets_to_transaction([TopicPartition('txn-data', 0, 1), TopicPartition('txn-data', 1, 1)], c.consumer_group_metadata(), 30)
p2.abort_transaction(30)
out['ctpAfterAbort'] = [tp.offset for tp in c.committed([TopicPartition('txn-data', 0), TopicPartition('txn-data', 1)], timeout=10)]
c.close()
print(json.dumps(out))
