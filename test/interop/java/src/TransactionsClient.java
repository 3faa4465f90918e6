// Exactly-once with the Java client (compiled at test time, see java-tools.ts): a
// consume-transform-produce loop in transactions, the way Kafka Streams and every EOS application
// runs it. With transaction.version 2 finalized by the broker the 4.4 client uses Transactions V2
// (KIP-890): EndTxn v5 bumping the epoch each time, partitions added by Produce v12 and
// TxnOffsetCommit v5 instead of AddPartitionsToTxn / AddOffsetsToTxn.
//
//   run <bootstrap> <in-topic> <out-topic> <group> <transactional-id>
//     stdout: one "key value" line per fact, then "done".
//   hang <bootstrap> <topic> <transactional-id> [transaction-timeout-ms]
//     begins a transaction, writes one record to partition 0, prints "open <offset>" and waits
//     (the test kills it): a hanging transaction for kafka-transactions.sh abort.
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

public class TransactionsClient {
  static String bootstrap;

  public static void main(String[] a) throws Exception {
    bootstrap = a[1];
    if (a[0].equals("hang")) {
      try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
        admin.createTopics(List.of(new NewTopic(a[2], 1, (short) 1))).all().get();
      }
      KafkaProducer<String, String> p = producer(a[3], a.length > 4 ? a[4] : "30000");
      p.initTransactions();
      p.beginTransaction();
      long offset = p.send(new ProducerRecord<>(a[2], 0, "k", "open")).get().offset();
      System.out.println("open " + offset);
      System.out.flush();
      Thread.sleep(600_000);
      return;
    }
    String in = a[2], out = a[3], group = a[4], txnId = a[5];
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
      admin.createTopics(List.of(new NewTopic(in, 2, (short) 1), new NewTopic(out, 2, (short) 1))).all().get();
    }
    try (KafkaProducer<String, String> plain = producer(null)) {
      for (int i = 0; i < 10; i++) plain.send(new ProducerRecord<>(in, i % 2, "k" + i, "v" + i)).get();
    }
    KafkaProducer<String, String> p = producer(txnId);
    p.initTransactions();
    KafkaConsumer<String, String> c = consumer(group, "read_committed");
    c.subscribe(List.of(in));
    // Round 1: transform the 10 input records, commit them with the consumed offsets.
    round(p, c, out, 10, true);
    System.out.println("committedAfterRound1 " + committed(c, in));
    // Round 2: 6 more input records, transformed, then aborted: output and offsets are dropped.
    try (KafkaProducer<String, String> plain = producer(null)) {
      for (int i = 10; i < 16; i++) plain.send(new ProducerRecord<>(in, i % 2, "k" + i, "v" + i)).get();
    }
    round(p, c, out, 6, false);
    System.out.println("committedAfterAbort " + committed(c, in));
    // Back to the committed position, as an application does after an abort, and again, committed.
    for (TopicPartition tp : c.assignment()) {
      OffsetAndMetadata o = c.committed(Set.of(tp)).get(tp);
      c.seek(tp, o == null ? 0 : o.offset());
    }
    round(p, c, out, 6, true);
    System.out.println("committedAfterRound3 " + committed(c, in));
    // A second instance with the same transactional id fences the first.
    KafkaProducer<String, String> p2 = producer(txnId);
    p2.initTransactions();
    try {
      p.beginTransaction();
      p.send(new ProducerRecord<>(out, 0, "zombie", "zombie")).get();
      p.commitTransaction();
      System.out.println("fenced none");
    } catch (Exception e) {
      Throwable t = e;
      while (t.getCause() != null && !(t instanceof ProducerFencedException)) t = t.getCause();
      System.out.println("fenced " + t.getClass().getSimpleName());
    }
    p.close(Duration.ofSeconds(5));
    p2.beginTransaction();
    p2.send(new ProducerRecord<>(out, 1, "last", "last")).get();
    p2.commitTransaction();
    p2.close();
    c.close();
    System.out.println("readCommitted " + readAll(out, "read_committed"));
    System.out.println("readUncommitted " + readAll(out, "read_uncommitted"));
    System.out.println("done");
  }

  static void round(KafkaProducer<String, String> p, KafkaConsumer<String, String> c, String out, int expected, boolean commit) {
    List<ConsumerRecord<String, String>> got = new ArrayList<>();
    long deadline = System.currentTimeMillis() + 30_000;
    while (got.size() < expected && System.currentTimeMillis() < deadline) for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(200))) got.add(r);
    if (got.size() != expected) throw new IllegalStateException("consumed " + got.size() + " of " + expected);
    p.beginTransaction();
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    for (ConsumerRecord<String, String> r : got) {
      p.send(new ProducerRecord<>(out, r.partition(), r.key(), r.value().toUpperCase() + (commit ? "" : "-aborted")));
      offsets.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
    }
    p.sendOffsetsToTransaction(offsets, c.groupMetadata());
    if (commit) {
      p.commitTransaction();
    } else {
      // abortTransaction() drops batches not yet sent: flush first, so the aborted records are in
      // the log for read_uncommitted to see (how fast the offsets went decided that before).
      p.flush();
      p.abortTransaction();
    }
  }

  static String committed(KafkaConsumer<String, String> c, String topic) {
    Map<TopicPartition, OffsetAndMetadata> m = c.committed(Set.of(new TopicPartition(topic, 0), new TopicPartition(topic, 1)));
    OffsetAndMetadata a = m.get(new TopicPartition(topic, 0)), b = m.get(new TopicPartition(topic, 1));
    return (a == null ? -1 : a.offset()) + "," + (b == null ? -1 : b.offset());
  }

  static String readAll(String topic, String isolation) {
    try (KafkaConsumer<String, String> c = consumer(null, isolation)) {
      List<TopicPartition> tps = List.of(new TopicPartition(topic, 0), new TopicPartition(topic, 1));
      c.assign(tps);
      c.seekToBeginning(tps);
      Map<TopicPartition, Long> end = c.endOffsets(tps);
      List<String> values = new ArrayList<>();
      long deadline = System.currentTimeMillis() + 20_000;
      while (System.currentTimeMillis() < deadline && tps.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
        for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(200))) values.add(r.value());
      }
      values.sort(null);
      return String.join(",", values);
    }
  }

  static KafkaProducer<String, String> producer(String txnId) {
    return producer(txnId, "30000");
  }

  static KafkaProducer<String, String> producer(String txnId, String timeoutMs) {
    Properties p = new Properties();
    p.put("bootstrap.servers", bootstrap);
    p.put("key.serializer", StringSerializer.class.getName());
    p.put("value.serializer", StringSerializer.class.getName());
    p.put("linger.ms", "5");
    if (txnId != null) {
      p.put("transactional.id", txnId);
      p.put("transaction.timeout.ms", timeoutMs);
    }
    return new KafkaProducer<>(p);
  }

  static KafkaConsumer<String, String> consumer(String group, String isolation) {
    Properties p = new Properties();
    p.put("bootstrap.servers", bootstrap);
    if (group != null) p.put("group.id", group);
    p.put("isolation.level", isolation);
    p.put("enable.auto.commit", "false");
    p.put("auto.offset.reset", "earliest");
    p.put("key.deserializer", StringDeserializer.class.getName());
    p.put("value.deserializer", StringDeserializer.class.getName());
    return new KafkaConsumer<>(p);
  }
}
