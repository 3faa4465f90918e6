"""confluent-kafka-python (librdkafka) side of the interop kit; run with Debian's /usr/bin/python3.

  produce <bootstrap> <topic> <codec> <acks> <idempotent>
      stdin: record lines "partition<TAB>timestamp<TAB>key<TAB>value<TAB>k=v,k=v" (-1 = client decides)
      stdout: "ack <line> <partition> <offset>" per delivered record, then "done <n>"
  consume <bootstrap> <topic> <from> <count> <timeout_s>
      from: beginning | offset:<partition>:<offset> | timestamp:<ms>; count 0 = up to the end offsets
      stdout: JSON lines {p,o,t,k,v,h}
  admin <bootstrap> <command> <json args>   stdout: one JSON result
"""
import base64
import json
import sys
import time

from confluent_kafka import Consumer, Producer, TopicPartition, OFFSET_BEGINNING
from confluent_kafka.admin import AdminClient, ConfigResource, NewPartitions, NewTopic


def b64(v):
    return None if v is None else base64.b64encode(v).decode()


def produce(bootstrap, topic, codec, acks, idempotent):
    failed = []
    p = Producer({
        'bootstrap.servers': bootstrap, 'compression.type': codec, 'acks': acks,
        'enable.idempotence': idempotent == 'true', 'linger.ms': 5, 'message.timeout.ms': 120000,
    })
    n = 0
    for line in sys.stdin:
        line = line.rstrip('\n')
        if not line:
            continue
        part, ts, key, value, headers = line.split('\t')
        hdrs = [tuple(h.split('=', 1)) for h in headers.split(',')] if headers else []

        def on_delivery(err, msg, line_no=n):
            if err is not None:
                failed.append(line_no)
                print('send failed for line %d: %s' % (line_no, err), file=sys.stderr)
            else:
                print('ack %d %d %d' % (line_no, msg.partition(), msg.offset()), flush=True)

        kwargs = {'key': key.encode(), 'value': value.encode(), 'headers': hdrs, 'on_delivery': on_delivery}
        if int(part) >= 0:
            kwargs['partition'] = int(part)
        if int(ts) >= 0:
            kwargs['timestamp'] = int(ts)
        while True:
            try:
                p.produce(topic, **kwargs)
                break
            except BufferError:
                p.poll(0.1)
        p.poll(0)
        n += 1
    left = p.flush(120)
    print('done %d' % n, flush=True)
    sys.exit(0 if not failed and left == 0 else 1)


def consume(bootstrap, topic, frm, count, timeout_s):
    c = Consumer({'bootstrap.servers': bootstrap, 'group.id': 'interop-%f' % time.time(),
                  'enable.auto.commit': False, 'auto.offset.reset': 'earliest'})
    parts = list(c.list_topics(topic, timeout=30).topics[topic].partitions.keys())
    if frm == 'beginning':
        assign = [TopicPartition(topic, p, OFFSET_BEGINNING) for p in parts]
    elif frm.startswith('offset:'):
        _, p, o = frm.split(':')
        assign = [TopicPartition(topic, int(p), int(o))]
    else:
        ts = int(frm.split(':')[1])
        found = c.offsets_for_times([TopicPartition(topic, p, ts) for p in parts], timeout=30)
        assign = [tp for tp in found if tp.offset >= 0]
    c.assign(assign)
    marks = {tp.partition: c.get_watermark_offsets(tp, timeout=30) for tp in assign} if count == 0 else None
    last = {}

    def caught_up():
        return all(hi <= lo or last.get(p, lo - 1) + 1 >= hi for p, (lo, hi) in marks.items())

    got = 0
    deadline = time.time() + timeout_s
    while (got < count if marks is None else not caught_up()) and time.time() < deadline:
        m = c.poll(0.2)
        if m is None:
            continue
        if m.error():
            print('consume error: %s' % m.error(), file=sys.stderr)
            continue
        last[m.partition()] = m.offset()
        print(json.dumps({'p': m.partition(), 'o': m.offset(), 't': m.timestamp()[1], 'k': b64(m.key()),
                          'v': b64(m.value()), 'h': [[k, b64(v)] for k, v in (m.headers() or [])]}))
        got += 1
    c.close()


def admin(bootstrap, command, args):
    a = AdminClient({'bootstrap.servers': bootstrap})
    if command == 'create-topic':
        fs = a.create_topics([NewTopic(args['topic'], args['partitions'], 1, config=args.get('config', {}))])
        fs[args['topic']].result(30)
        return {'ok': True}
    if command == 'delete-topic':
        a.delete_topics([args['topic']])[args['topic']].result(30)
        return {'ok': True}
    if command == 'list-topics':
        return sorted(a.list_topics(timeout=30).topics.keys())
    if command == 'partitions':
        return len(a.list_topics(args['topic'], timeout=30).topics[args['topic']].partitions)
    if command == 'create-partitions':
        a.create_partitions([NewPartitions(args['topic'], args['count'])])[args['topic']].result(30)
        return {'ok': True}
    if command == 'describe-configs':
        res = ConfigResource(args['type'], args['name'])
        entries = a.describe_configs([res])[res].result(30)
        return {k: e.value for k, e in entries.items()}
    if command == 'alter-configs':
        res = ConfigResource(args['type'], args['name'], set_config=args['config'])
        a.alter_configs([res])[res].result(30)
        return {'ok': True}
    if command == 'offsets':
        c = Consumer({'bootstrap.servers': bootstrap, 'group.id': 'interop-offsets'})
        out = {}
        for p in range(args['partitions']):
            lo, hi = c.get_watermark_offsets(TopicPartition(args['topic'], p), timeout=30)
            out[p] = [lo, hi]
        if 'timestamp' in args:
            found = c.offsets_for_times([TopicPartition(args['topic'], p, args['timestamp']) for p in range(args['partitions'])], timeout=30)
            out['for_timestamp'] = {tp.partition: tp.offset for tp in found}
        c.close()
        return out
    raise SystemExit('unknown admin command ' + command)


if __name__ == '__main__':
    cmd = sys.argv[1]
    if cmd == 'produce':
        produce(*sys.argv[2:7])
    elif cmd == 'consume':
        consume(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), float(sys.argv[6]))
    elif cmd == 'admin':
        print(json.dumps(admin(sys.argv[2], sys.argv[3], json.loads(sys.argv[4]))))
    else:
        raise SystemExit(__doc__)
