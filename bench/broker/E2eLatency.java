/*
 * End-to-end latency at a fixed rate, for bench/broker.ts (a Java file, so it is named after its
 * class rather than in kebab-case). One JVM runs a producer that sends `rate` records per second
 * on a fixed schedule (acks=1, linger.ms=0, so a record leaves as soon as it is sent) and a
 * consumer that is assigned every partition of the topic from its end. Each value starts with
 * System.nanoTime() at send(); the consumer's latency is nanoTime() at poll return minus that,
 * which needs no clock sync because both sides share the JVM's clock. The first `warmupSec`
 * seconds are not counted. Kafka's own EndToEndLatency tool sends one record at a time and waits
 * for it, so it cannot hold a rate; this can.
 *
 * Usage: E2eLatency <bootstrap> <topic> <rate/s> <seconds> <recordBytes> <warmupSec>
 * Prints one line: sent=N received=M p50=<ms> p99=<ms> p999=<ms> max=<ms>
 */
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

public class E2eLatency {
  public static void main(String[] args) throws Exception {
    String bootstrap = args[0];
    String topic = args[1];
    int rate = Integer.parseInt(args[2]);
    int seconds = Integer.parseInt(args[3]);
    int size = Math.max(8, Integer.parseInt(args[4]));
    int warmupSec = Integer.parseInt(args[5]);

    Properties cp = new Properties();
    cp.put("bootstrap.servers", bootstrap);
    cp.put("key.deserializer", ByteArrayDeserializer.class.getName());
    cp.put("value.deserializer", ByteArrayDeserializer.class.getName());
    cp.put("enable.auto.commit", "false");
    KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(cp);
    List<TopicPartition> partitions = new ArrayList<>();
    for (PartitionInfo p : consumer.partitionsFor(topic)) partitions.add(new TopicPartition(topic, p.partition()));
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    for (TopicPartition tp : partitions) consumer.position(tp); // resolve the end offsets now

    long total = (long) rate * seconds;
    long warmup = (long) rate * warmupSec;
    long[] latencies = new long[(int) Math.max(1, total - warmup)];
    AtomicBoolean producing = new AtomicBoolean(true);
    final long[] received = {0, 0}; // all received, counted after warm-up

    Thread reader = new Thread(() -> {
      long idleSince = 0;
      while (true) {
        ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(100));
        long now = System.nanoTime();
        for (ConsumerRecord<byte[], byte[]> r : records) {
          long seq = ByteBuffer.wrap(r.value()).getLong(8);
          long sentAt = ByteBuffer.wrap(r.value()).getLong(0);
          received[0]++;
          if (seq >= warmup && received[1] < latencies.length) latencies[(int) received[1]++] = now - sentAt;
        }
        if (received[0] >= total) break;
        if (!producing.get()) {
          if (records.isEmpty()) {
            if (idleSince == 0) idleSince = now;
            else if (now - idleSince > 5_000_000_000L) break; // gave up on the stragglers
          } else idleSince = 0;
        }
      }
    });
    reader.start();

    Properties pp = new Properties();
    pp.put("bootstrap.servers", bootstrap);
    pp.put("acks", "1");
    pp.put("linger.ms", "0");
    pp.put("key.serializer", ByteArraySerializer.class.getName());
    pp.put("value.serializer", ByteArraySerializer.class.getName());
    long sent = 0;
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(pp)) {
      long start = System.nanoTime();
      long intervalNs = 1_000_000_000L / rate;
      for (long i = 0; i < total; i++) {
        long due = start + i * intervalNs;
        long wait;
        while ((wait = due - System.nanoTime()) > 0) LockSupport.parkNanos(wait);
        byte[] value = new byte[Math.max(16, size)];
        ByteBuffer.wrap(value).putLong(0, System.nanoTime()).putLong(8, i);
        producer.send(new ProducerRecord<>(topic, value));
        sent++;
      }
      producer.flush();
    }
    producing.set(false);
    reader.join();
    consumer.close();

    int n = (int) received[1];
    long[] sorted = Arrays.copyOf(latencies, n);
    Arrays.sort(sorted);
    System.out.printf(Locale.ROOT, "sent=%d received=%d p50=%.3f p99=%.3f p999=%.3f max=%.3f%n", sent, received[0],
        pct(sorted, 0.50), pct(sorted, 0.99), pct(sorted, 0.999), n == 0 ? Double.NaN : sorted[n - 1] / 1e6);
  }

  private static double pct(long[] sorted, double q) {
    if (sorted.length == 0) return Double.NaN;
    int at = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
    return sorted[Math.max(0, at)] / 1e6;
  }
}
