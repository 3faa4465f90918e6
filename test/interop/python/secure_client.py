"""Produce COUNT records to TOPIC and read them back, over a secured listener.

usage: secure_client.py confluent|kafka-python BOOTSTRAP TOPIC COUNT CONFIG_JSON
CONFIG_JSON holds the client's own security settings (confluent-kafka's dotted keys, or
kafka-python's keyword arguments). Prints one line per record read ("value"), then "done".
Exit 2 with the client's error on stderr when it cannot connect or authenticate.
"""
import json
import sys
import time

lib, bootstrap, topic, count, config = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), json.loads(sys.argv[5])
values = ['%s-%d' % (topic, i) for i in range(count)]
deadline = time.time() + 60

if lib == 'confluent':
    from confluent_kafka import Consumer, KafkaException, Producer

    errors = []
    common = dict(config, **{'bootstrap.servers': bootstrap, 'error_cb': lambda e: errors.append(str(e))})
    p = Producer(dict(common, **{'linger.ms': 5}))
    for v in values:
        p.produce(topic, value=v.encode(), partition=0)
    left = p.flush(30)
    if left or errors:
        print('produce failed: %d unsent; %s' % (left, '; '.join(errors)), file=sys.stderr)
        sys.exit(2)
    c = Consumer(dict(common, **{'group.id': 'secure-' + topic, 'auto.offset.reset': 'earliest', 'enable.auto.commit': False}))
    c.subscribe([topic])
    got = []
    while len(got) < count and time.time() < deadline:
        m = c.poll(1.0)
        if m is None:
            continue
        if m.error():
            print('consume error: %s' % m.error(), file=sys.stderr)
            sys.exit(2)
        got.append(m.value().decode())
    c.close()
else:
    from kafka import KafkaConsumer, KafkaProducer

    try:
        p = KafkaProducer(bootstrap_servers=bootstrap, **config)
        for v in values:
            p.send(topic, value=v.encode(), partition=0)
        p.flush(30)
        p.close()
        c = KafkaConsumer(topic, bootstrap_servers=bootstrap, group_id='secure-' + topic,
                          auto_offset_reset='earliest', enable_auto_commit=False, consumer_timeout_ms=20000, **config)
        got = []
        for m in c:
            got.append(m.value.decode())
            if len(got) >= count:
                break
        c.close()
    except Exception as e:  # the client's own error, for the test to show
        print('kafka-python failed: %r' % (e,), file=sys.stderr)
        sys.exit(2)

for v in got:
    print(v)
print('done')
