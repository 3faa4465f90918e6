// Exactly-once under faults with the Java client (compiled at test time, see java-tools.ts).
//
//   fill <bootstrap> <topic> <partitions> <records>
//     creates the topic and writes records "r<i>" (key "k<i>") to partition i % partitions.
//   copy <bootstrap> <in> <out> <group> <transactional-id> <abort-probability> <seed>
//     a transactional copier: read_committed consumer in <group>, each poll's records copied to the
//     same partition of <out> with the consumed offsets in one transaction, committed, or aborted at
//     random (then the consumer goes back to the committed offsets). Prints "progress <n>" after each
//     commit and "done" once the group's committed offsets reach the input's end. Any error ends the
//     process with code 3 (the test starts it again: a copier restart).
//   verify <bootstrap> <in> <out> <partitions>
//     prints "partition <p> in=<n> out=<n> equal=<bool>" comparing the input partition with what a
//     read_committed consumer reads of the output partition, and "uncommitted <n>": what
//     read_uncommitted sees of the output (aborted copies included).
//   dump <bootstrap> <topic> <isolation>
//     prints "values v1,v2,..." of partition 0 as a consumer with that isolation level reads them.
//   zombie <bootstrap> <topic> <transactional-id> <prefix>
//     commits one record "<prefix><i>" per transaction, printing "committed <i>", until fenced:
//     then prints "fenced <exception>" and exits 0.
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

public class EosCopier {
  static String bootstrap;

  public static void main(String[] a) throws Exception {
    bootstrap = a[1];
    try {
      switch (a[0]) {
        case "fill" -> fill(a[2], Integer.parseInt(a[3]), Integer.parseInt(a[4]));
        case "copy" -> copy(a[2], a[3], a[4], a[5], Double.parseDouble(a[6]), Long.parseLong(a[7]));
        case "verify" -> verify(a[2], a[3], Integer.parseInt(a[4]));
        case "zombie" -> zombie(a[2], a[3], a[4]);
        case "dump" -> System.out.println("values " + String.join(",", values(new TopicPartition(a[2], 0), a[3])));
        default -> throw new IllegalArgumentException(a[0]);
      }
    } catch (Exception e) {
      System.out.println("error " + e);
      System.out.flush();
      System.exit(3);
    }
    System.exit(0);
  }

  static void fill(String topic, int partitions, int n) throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
      admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
    }
    try (KafkaProducer<String, String> p = new KafkaProducer<>(props(null))) {
      for (int i = 0; i < n; i++) p.send(new ProducerRecord<>(topic, i % partitions, "k" + i, "r" + i));
      p.flush();
    }
    System.out.println("filled " + n);
  }

  static void copy(String in, String out, String group, String txnId, double abortP, long seed) throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
      admin.createTopics(List.of(new NewTopic(out, partitionsOf(in), (short) 1))).all().get();
    } catch (java.util.concurrent.ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) throw e;
    }
    Random random = new Random(seed);
    KafkaProducer<String, String> p = new KafkaProducer<>(props(txnId));
    p.initTransactions();
    KafkaConsumer<String, String> c = consumer(group, "read_committed");
    List<TopicPartition> tps = new ArrayList<>();
    for (int i = 0; i < partitionsOf(in); i++) tps.add(new TopicPartition(in, i));
    c.assign(tps);
    Map<TopicPartition, Long> end = c.endOffsets(tps);
    rewind(c, tps);
    long copied = 0;
    while (true) {
      Map<TopicPartition, OffsetAndMetadata> committed = c.committed(new java.util.HashSet<>(tps));
      boolean finished = tps.stream().allMatch(tp -> committed.get(tp) != null && committed.get(tp).offset() >= end.get(tp));
      if (finished) break;
      List<ConsumerRecord<String, String>> batch = new ArrayList<>();
      for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(500))) batch.add(r);
      if (batch.isEmpty()) continue;
      p.beginTransaction();
      Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
      for (ConsumerRecord<String, String> r : batch) {
        p.send(new ProducerRecord<>(out, r.partition(), r.key(), r.value()));
        offsets.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
      }
      p.sendOffsetsToTransaction(offsets, c.groupMetadata());
      if (random.nextDouble() < abortP) {
        p.flush(); // the aborted copies reach the log (an abort drops what is still unsent)
        p.abortTransaction();
        rewind(c, tps);
        System.out.println("aborted " + batch.size());
      } else {
        p.commitTransaction();
        copied += batch.size();
        System.out.println("progress " + copied);
      }
      System.out.flush();
    }
    p.close();
    c.close();
    System.out.println("done");
  }

  /** The consumer goes back to the group's committed offsets (the start when none). */
  static void rewind(KafkaConsumer<String, String> c, List<TopicPartition> tps) {
    Map<TopicPartition, OffsetAndMetadata> committed = c.committed(new java.util.HashSet<>(tps));
    for (TopicPartition tp : tps) c.seek(tp, committed.get(tp) == null ? 0 : committed.get(tp).offset());
  }

  static void verify(String in, String out, int partitions) {
    for (int i = 0; i < partitions; i++) {
      List<String> a = values(new TopicPartition(in, i), "read_committed");
      List<String> b = values(new TopicPartition(out, i), "read_committed");
      System.out.println("partition " + i + " in=" + a.size() + " out=" + b.size() + " equal=" + a.equals(b));
    }
    long uncommitted = 0;
    for (int i = 0; i < partitions; i++) uncommitted += values(new TopicPartition(out, i), "read_uncommitted").size();
    System.out.println("uncommitted " + uncommitted);
  }

  static List<String> values(TopicPartition tp, String isolation) {
    try (KafkaConsumer<String, String> c = consumer(null, isolation)) {
      c.assign(List.of(tp));
      c.seekToBeginning(List.of(tp));
      long end = c.endOffsets(List.of(tp)).get(tp);
      List<String> out = new ArrayList<>();
      long deadline = System.currentTimeMillis() + 60_000;
      while (c.position(tp) < end && System.currentTimeMillis() < deadline) for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(300))) out.add(r.value());
      return out;
    }
  }

  static void zombie(String topic, String txnId, String prefix) throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
      admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
    } catch (java.util.concurrent.ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) throw e;
    }
    KafkaProducer<String, String> p = new KafkaProducer<>(props(txnId));
    p.initTransactions();
    for (int i = 0; ; i++) {
      try {
        p.beginTransaction();
        p.send(new ProducerRecord<>(topic, 0, prefix, prefix + i)).get();
        p.commitTransaction();
      } catch (Exception e) {
        Throwable t = e instanceof java.util.concurrent.ExecutionException && e.getCause() != null ? e.getCause() : e;
        System.out.println("fenced " + t.getClass().getSimpleName());
        return;
      }
      System.out.println("committed " + i);
      System.out.flush();
      Thread.sleep(50);
    }
  }

  static int partitionsOf(String topic) throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
      return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
    }
  }

  static Properties props(String txnId) {
    Properties p = new Properties();
    p.put("bootstrap.servers", bootstrap);
    p.put("key.serializer", StringSerializer.class.getName());
    p.put("value.serializer", StringSerializer.class.getName());
    p.put("linger.ms", "5");
    p.put("delivery.timeout.ms", "30000");
    p.put("request.timeout.ms", "10000");
    p.put("max.block.ms", "30000");
    if (txnId != null) {
      p.put("transactional.id", txnId);
      p.put("transaction.timeout.ms", "20000");
    }
    return p;
  }

  static KafkaConsumer<String, String> consumer(String group, String isolation) {
    Properties p = new Properties();
    p.put("bootstrap.servers", bootstrap);
    if (group != null) p.put("group.id", group);
    p.put("isolation.level", isolation);
    p.put("enable.auto.commit", "false");
    p.put("auto.offset.reset", "earliest");
    p.put("max.poll.records", "2000");
    p.put("key.deserializer", StringDeserializer.class.getName());
    p.put("value.deserializer", StringDeserializer.class.getName());
    p.put("request.timeout.ms", "10000");
    p.put("default.api.timeout.ms", "30000");
    return new KafkaConsumer<>(p);
  }
}
