/*
 * Transactional load for bench/transactions.ts (a Java file, so named after its class).
 *
 * TxnPerf produce <bootstrap> <topic> <partitions> <recordsPerTxn> <txns> <recordBytes>
 *   One transactional producer (a fresh transactional.id, acks=all and idempotence as transactions
 *   require, linger.ms=5, batch.size=65536) runs `txns` transactions of `recordsPerTxn` records,
 *   spread round-robin over the partitions, each ended by commitTransaction(). The commit latency is
 *   the time commitTransaction() takes (it flushes what is still buffered, then EndTxn); throughput
 *   is records over the whole loop, commits included. A warm-up transaction is not counted.
 *   Prints: records=N seconds=S commitP50=<ms> commitP99=<ms> commitMax=<ms>
 *
 * TxnPerf consume <bootstrap> <topic> <expectedRecords>
 *   A read_committed consumer assigned every partition from the beginning polls until it has
 *   `expectedRecords` records (more, or nothing for 30 s, is an error). Time runs from the first
 *   poll to the last record. Prints: records=N seconds=S
 */
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

public class TxnPerf {
  public static void main(String[] args) throws Exception {
    if (args[0].equals("produce")) {
      produce(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]), Integer.parseInt(args[5]), Integer.parseInt(args[6]));
    } else {
      consume(args[1], args[2], Long.parseLong(args[3]));
    }
  }

  static void produce(String bootstrap, String topic, int partitions, int perTxn, int txns, int size) {
    Properties p = new Properties();
    p.put("bootstrap.servers", bootstrap);
    p.put("transactional.id", "txn-perf-" + UUID.randomUUID());
    p.put("linger.ms", "5");
    p.put("batch.size", "65536");
    p.put("key.serializer", ByteArraySerializer.class.getName());
    p.put("value.serializer", ByteArraySerializer.class.getName());
    byte[] value = new byte[size];
    Arrays.fill(value, (byte) 'x');
    double[] commits = new double[txns];
    long sent = 0;
    long start = 0;
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p)) {
      producer.initTransactions();
      for (int t = -1; t < txns; t++) {
        if (t == 0) start = System.nanoTime();
        producer.beginTransaction();
        for (int i = 0; i < perTxn; i++) producer.send(new ProducerRecord<>(topic, i % partitions, null, value));
        long c = System.nanoTime();
        producer.commitTransaction();
        if (t >= 0) {
          commits[t] = (System.nanoTime() - c) / 1e6;
          sent += perTxn;
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Arrays.sort(commits);
    System.out.println(String.format(Locale.ROOT, "records=%d seconds=%.3f commitP50=%.2f commitP99=%.2f commitMax=%.2f",
        sent, seconds, pct(commits, 0.50), pct(commits, 0.99), commits[commits.length - 1]));
  }

  static double pct(double[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
  }

  static void consume(String bootstrap, String topic, long expected) {
    Properties c = new Properties();
    c.put("bootstrap.servers", bootstrap);
    c.put("isolation.level", "read_committed");
    c.put("enable.auto.commit", "false");
    c.put("max.partition.fetch.bytes", Integer.toString(4 << 20));
    c.put("key.deserializer", ByteArrayDeserializer.class.getName());
    c.put("value.deserializer", ByteArrayDeserializer.class.getName());
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(c)) {
      List<TopicPartition> tps = new ArrayList<>();
      for (PartitionInfo pi : consumer.partitionsFor(topic)) tps.add(new TopicPartition(topic, pi.partition()));
      consumer.assign(tps);
      consumer.seekToBeginning(tps);
      long got = 0;
      long start = System.nanoTime();
      long last = start;
      long idleSince = start;
      while (got < expected) {
        ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(200));
        long now = System.nanoTime();
        if (records.isEmpty()) {
          if (now - idleSince > 30_000_000_000L) throw new IllegalStateException("no record for 30 s after " + got + " of " + expected);
          continue;
        }
        got += records.count();
        last = now;
        idleSince = now;
      }
      ConsumerRecords<byte[], byte[]> extra = consumer.poll(Duration.ofMillis(500));
      if (!extra.isEmpty() || got != expected) throw new IllegalStateException("read " + (got + extra.count()) + " records, expected " + expected);
      System.out.println(String.format(Locale.ROOT, "records=%d seconds=%.3f", got, (last - start) / 1e9));
    }
  }
}
