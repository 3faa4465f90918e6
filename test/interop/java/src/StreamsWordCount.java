// Kafka Streams word count with processing.guarantee=exactly_once_v2 (KIP-447), for
// streams-eos-java.test.ts (compiled at test time, see java-tools.ts).
//
//   produce <bootstrap> <in> <in-partitions> <out> <out-partitions>
//     creates both topics (replication 1) and sends each line of stdin as a value (no key) to <in>
//     with an idempotent producer (acks=all); prints "produced <n>".
//   run <bootstrap> <application-id> <in> <out> <state-dir> <threads>
//     the app: lines of <in> split on spaces, grouped by word, counted; every count update goes to
//     <out> as (word, Long). The record cache is off, so each input word gives one output record
//     and a word's committed updates are exactly 1, 2, ..., n. Prints "state <old> -> <new>" on
//     each state change, "uncaught <exception>" when a stream thread dies (it is replaced), and
//     "processed <n>" each second it moved: count updates so far, reprocessed ones included.
//     Runs until stdin closes, then closes Streams and prints "closed".
//   watch <bootstrap> <out>
//     a read_committed consumer of <out> from the beginning; prints "seen <sum of the last count of
//     each word> records <n>" when it changes: how many input words have been committed.
//     Runs until stdin closes.
//   dump <bootstrap> <out> <isolation>
//     prints "<partition> <word> <count>" for each record of <out>, in offset order per partition,
//     as a consumer with that isolation level reads them, then "end <records>".
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Produced;

public class StreamsWordCount {
  public static void main(String[] a) throws Exception {
    try {
      switch (a[0]) {
        case "produce" -> produce(a[1], a[2], Integer.parseInt(a[3]), a[4], Integer.parseInt(a[5]));
        case "run" -> run(a[1], a[2], a[3], a[4], a[5], Integer.parseInt(a[6]));
        case "watch" -> watch(a[1], a[2]);
        case "dump" -> dump(a[1], a[2], a[3]);
        default -> throw new IllegalArgumentException(a[0]);
      }
    } catch (Exception e) {
      System.out.println("error " + e);
      System.out.flush();
      System.exit(3);
    }
    System.exit(0);
  }

  static void produce(String bootstrap, String in, int inPartitions, String out, int outPartitions) throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
      for (NewTopic t : List.of(new NewTopic(in, inPartitions, (short) 1), new NewTopic(out, outPartitions, (short) 1))) {
        try {
          admin.createTopics(List.of(t)).all().get();
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) throw e;
        }
      }
    }
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    long n = 0;
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(p);
        BufferedReader r = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isEmpty()) continue;
        producer.send(new ProducerRecord<>(in, null, line));
        n++;
      }
      producer.flush();
    }
    System.out.println("produced " + n);
  }

  static void run(String bootstrap, String appId, String in, String out, String stateDir, int threads) throws Exception {
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, appId);
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "150");
    p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, "1");
    p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir);
    p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, String.valueOf(threads));
    // No record cache: every count update is forwarded, so the committed updates of a word are
    // exactly 1..n and any double-processed record shows as a repeated or lower count.
    p.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, "0");
    p.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.StringSerde.class.getName());
    p.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, Serdes.StringSerde.class.getName());
    p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
    // A stream thread fenced while it has no coordinator (just after a broker restart) rejoins
    // under a new member id without leaving: the rebalance then waits for its old member's session
    // to expire, 45 s by default (the same against Kafka). 10 s keeps the test short.
    p.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), "10000");
    p.put(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), "2000");
    // Streams' producer lingers 100 ms by default; with 5 ms the next transaction is open on the
    // broker almost as soon as the last one committed, so a broker kill rarely falls between two.
    p.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), "5");

    AtomicLong processed = new AtomicLong();
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(in, Consumed.with(Serdes.String(), Serdes.String()))
        .flatMapValues(line -> Arrays.asList(line.split(" ")))
        .groupBy((k, word) -> word, Grouped.with("words", Serdes.String(), Serdes.String()))
        .count(Materialized.as("counts"))
        .toStream()
        .peek((word, count) -> processed.incrementAndGet())
        .to(out, Produced.with(Serdes.String(), Serdes.Long()));

    KafkaStreams streams = new KafkaStreams(builder.build(), p);
    streams.setStateListener((now, old) -> {
      System.out.println("state " + old + " -> " + now);
      System.out.flush();
    });
    streams.setUncaughtExceptionHandler(e -> {
      System.out.println("uncaught " + e);
      System.out.flush();
      return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
    });
    streams.start();
    Thread progress = new Thread(() -> {
      long printed = 0;
      while (true) {
        try {
          Thread.sleep(1000);
        } catch (InterruptedException e) {
          return;
        }
        long n = processed.get();
        if (n != printed) System.out.println("processed " + n);
        System.out.flush();
        printed = n;
      }
    });
    progress.setDaemon(true);
    progress.start();
    waitForStdinEnd();
    streams.close(Duration.ofSeconds(30));
    System.out.println("closed");
  }

  static void watch(String bootstrap, String out) throws Exception {
    Thread stop = new Thread(() -> {
      waitForStdinEnd();
      System.exit(0);
    });
    stop.setDaemon(true);
    stop.start();
    try (KafkaConsumer<String, Long> c = consumer(bootstrap, "read_committed")) {
      List<TopicPartition> tps = partitions(c, out);
      c.assign(tps);
      c.seekToBeginning(tps);
      Map<String, Long> last = new HashMap<>();
      long seen = 0;
      long records = 0;
      long printed = -1;
      while (true) {
        for (ConsumerRecord<String, Long> r : c.poll(Duration.ofMillis(200))) {
          records++;
          Long before = last.put(r.key(), r.value());
          seen += r.value() - (before == null ? 0 : before);
        }
        if (records != printed) {
          System.out.println("seen " + seen + " records " + records);
          System.out.flush();
          printed = records;
        }
      }
    }
  }

  static void dump(String bootstrap, String out, String isolation) {
    StringBuilder text = new StringBuilder();
    long records = 0;
    try (KafkaConsumer<String, Long> c = consumer(bootstrap, isolation)) {
      for (TopicPartition tp : partitions(c, out)) {
        c.assign(List.of(tp));
        c.seekToBeginning(List.of(tp));
        long end = c.endOffsets(List.of(tp)).get(tp);
        long deadline = System.currentTimeMillis() + 60_000;
        while (c.position(tp) < end && System.currentTimeMillis() < deadline) {
          for (ConsumerRecord<String, Long> r : c.poll(Duration.ofMillis(300))) {
            text.append(tp.partition()).append(' ').append(r.key()).append(' ').append(r.value()).append('\n');
            records++;
          }
        }
        if (c.position(tp) < end) throw new IllegalStateException(tp + ": stuck at " + c.position(tp) + " of " + end);
      }
    }
    System.out.print(text);
    System.out.println("end " + records);
  }

  static KafkaConsumer<String, Long> consumer(String bootstrap, String isolation) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, LongDeserializer.class.getName());
    return new KafkaConsumer<>(p);
  }

  static List<TopicPartition> partitions(KafkaConsumer<String, Long> c, String topic) {
    List<TopicPartition> tps = new ArrayList<>();
    c.partitionsFor(topic, Duration.ofSeconds(30)).forEach(i -> tps.add(new TopicPartition(topic, i.partition())));
    return tps;
  }

  static void waitForStdinEnd() {
    try {
      while (System.in.read() != -1) {}
    } catch (java.io.IOException e) {
      // stdin gone: same as closed
    }
  }
}
