"""kafka-python (Debian's python3-kafka 2.0.2) side of the interop kit; run with /usr/bin/python3.

Same command line as confluent_client.py:
  produce <bootstrap> <topic> <codec> <acks> <idempotent>   (2.0.2 has no idempotent producer:
      "true" is refused rather than silently ignored)
  consume <bootstrap> <topic> <from> <count> <timeout_s>   (count 0 = up to the end offsets)
  admin <bootstrap> <command> <json args>
"""
import base64
import json
import sys
import threading
import time

from kafka import KafkaConsumer, KafkaProducer, TopicPartition
from kafka.admin import ConfigResource, ConfigResourceType, KafkaAdminClient, NewPartitions, NewTopic


def b64(v):
    return None if v is None else base64.b64encode(v).decode()


def produce(bootstrap, topic, codec, acks, idempotent):
    if idempotent == 'true':
        raise SystemExit('kafka-python 2.0.2 has no idempotent producer')
    p = KafkaProducer(bootstrap_servers=bootstrap, compression_type=None if codec == 'none' else codec,
                      acks='all' if acks in ('all', '-1') else int(acks), linger_ms=5, retries=2147483647,
                      max_in_flight_requests_per_connection=1, request_timeout_ms=30000)
    lock = threading.Lock()
    failed = []
    n = 0
    for line in sys.stdin:
        line = line.rstrip('\n')
        if not line:
            continue
        part, ts, key, value, headers = line.split('\t')
        hdrs = [(h.split('=', 1)[0], h.split('=', 1)[1].encode()) for h in headers.split(',')] if headers else []
        fut = p.send(topic, value=value.encode(), key=key.encode(), headers=hdrs,
                     partition=int(part) if int(part) >= 0 else None,
                     timestamp_ms=int(ts) if int(ts) >= 0 else None)

        def ok(md, line_no=n):
            with lock:
                print('ack %d %d %d' % (line_no, md.partition, md.offset), flush=True)

        def err(e, line_no=n):
            failed.append(line_no)
            print('send failed for line %d: %r' % (line_no, e), file=sys.stderr)

        fut.add_callback(ok)
        fut.add_errback(err)
        n += 1
    p.flush(120)
    p.close(30)
    print('done %d' % n, flush=True)
    sys.exit(0 if not failed else 1)


def consume(bootstrap, topic, frm, count, timeout_s):
    c = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, group_id=None,
                      auto_offset_reset='earliest')
    parts = [TopicPartition(topic, p) for p in sorted(c.partitions_for_topic(topic) or [])]
    if frm == 'beginning':
        c.assign(parts)
        c.seek_to_beginning(*parts)
    elif frm.startswith('offset:'):
        _, p, o = frm.split(':')
        tp = TopicPartition(topic, int(p))
        c.assign([tp])
        c.seek(tp, int(o))
    else:
        ts = int(frm.split(':')[1])
        found = c.offsets_for_times({tp: ts for tp in parts})
        hit = [tp for tp in parts if found.get(tp) is not None]
        c.assign(hit)
        for tp in hit:
            c.seek(tp, found[tp].offset)
    end = c.end_offsets(list(c.assignment())) if count == 0 else None

    def caught_up():
        return all(c.position(tp) >= off for tp, off in end.items())

    got = 0
    deadline = time.time() + timeout_s
    while (got < count if end is None else not caught_up()) and time.time() < deadline:
        for tp, msgs in c.poll(timeout_ms=200).items():
            for m in msgs:
                print(json.dumps({'p': m.partition, 'o': m.offset, 't': m.timestamp, 'k': b64(m.key),
                                  'v': b64(m.value), 'h': [[k, b64(v)] for k, v in (m.headers or [])]}))
                got += 1
    c.close()


def admin(bootstrap, command, args):
    a = KafkaAdminClient(bootstrap_servers=bootstrap)
    try:
        if command == 'create-topic':
            a.create_topics([NewTopic(args['topic'], args['partitions'], 1, topic_configs=args.get('config', {}))])
            return {'ok': True}
        if command == 'delete-topic':
            a.delete_topics([args['topic']])
            return {'ok': True}
        if command == 'list-topics':
            return sorted(a.list_topics())
        if command == 'partitions':
            return len(a.describe_topics([args['topic']])[0]['partitions'])
        if command == 'create-partitions':
            a.create_partitions({args['topic']: NewPartitions(args['count'])})
            return {'ok': True}
        if command == 'describe-configs':
            rtype = ConfigResourceType.TOPIC if args['type'] == 'topic' else ConfigResourceType.BROKER
            resp = a.describe_configs([ConfigResource(rtype, args['name'])])[0]
            (_err, _msg, _type, _name, entries) = resp.resources[0]
            return {e[0]: e[1] for e in entries}
        if command == 'alter-configs':
            a.alter_configs([ConfigResource(ConfigResourceType.TOPIC, args['name'], configs=args['config'])])
            return {'ok': True}
        if command == 'offsets':
            c = KafkaConsumer(bootstrap_servers=bootstrap, group_id=None)
            tps = [TopicPartition(args['topic'], p) for p in range(args['partitions'])]
            lo, hi = c.beginning_offsets(tps), c.end_offsets(tps)
            out = {tp.partition: [lo[tp], hi[tp]] for tp in tps}
            if 'timestamp' in args:
                found = c.offsets_for_times({tp: args['timestamp'] for tp in tps})
                out['for_timestamp'] = {tp.partition: (found[tp].offset if found[tp] else -1) for tp in tps}
            c.close()
            return out
        raise SystemExit('unknown admin command ' + command)
    finally:
        a.close()


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
