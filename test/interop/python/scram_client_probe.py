"""kafka-python's SCRAM client (Debian's python3-kafka 2.0.2, kafka/scram.py: what its
KafkaClient uses for SASL/SCRAM) over stdin/stdout, so a test can put a server of ours on the
other side without a network; run with /usr/bin/python3.

  scram_client_probe.py <mechanism> <user> <password>
    stdout: one base64 line per client token (client-first, client-final); stdin: one base64 line
    per server token; then "complete" once the client has checked the server's signature, or
    "error <message>" (exit 1).
"""
import base64
import sys

from kafka.scram import ScramClient


def send(text):
    print(base64.b64encode(text.encode()).decode(), flush=True)


def receive():
    line = sys.stdin.readline()
    if not line:
        raise ValueError("no server token")
    return base64.b64decode(line.strip()).decode()


def main():
    mechanism, user, password = sys.argv[1:4]
    client = ScramClient(user, password, mechanism)
    try:
        send(client.first_message())
        client.process_server_first_message(receive())
        send(client.final_message())
        client.process_server_final_message(receive())
    except ValueError as e:
        print("error %s" % e, flush=True)
        sys.exit(1)
    print("complete", flush=True)


if __name__ == "__main__":
    main()
