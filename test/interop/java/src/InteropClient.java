// The Java client side of the interop kit (compiled with javac at test time, see java-tools.ts).
//
//   produce <bootstrap> <topic> <codec> <acks> <idempotent> [pauseMsPer100]
//     stdin: one record per line, tab-separated: partition timestamp key value headers
//       partition -1 = the client's partitioner; timestamp -1 = the client's clock;
//       headers "k=v,k=v" ("" for none). Keys and values are the ASCII text of the line.
//     stdout: "ack <line> <partition> <offset>" per acknowledged record, then "done <n>".
//   consume <bootstrap> <topic> <from> <count> <timeoutMs>
//     from: beginning | offset:<partition>:<offset> | timestamp:<ms>; count 0 = up to the end offsets
//     stdout: one JSON object per record {p,o,t,k,v,h} with key, value and header values base64.
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

public class InteropClient {
  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("produce")) produce(args);
    else if (args.length > 0 && args[0].equals("consume")) consume(args);
    else {
      System.err.println("usage: produce|consume ...");
      System.exit(2);
    }
  }

  static void produce(String[] a) throws Exception {
    Properties p = new Properties();
    p.put("bootstrap.servers", a[1]);
    p.put("compression.type", a[3]);
    p.put("acks", a[4]);
    p.put("enable.idempotence", a[5]);
    p.put("linger.ms", "5");
    p.put("delivery.timeout.ms", "120000");
    p.put("key.serializer", ByteArraySerializer.class.getName());
    p.put("value.serializer", ByteArraySerializer.class.getName());
    int pause = a.length > 6 ? Integer.parseInt(a[6]) : 0;
    String topic = a[2];
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    AtomicInteger failed = new AtomicInteger();
    int n = 0;
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p)) {
      for (String line; (line = in.readLine()) != null; ) {
        if (line.isEmpty()) continue;
        String[] f = line.split("\t", -1);
        Integer partition = Integer.parseInt(f[0]) < 0 ? null : Integer.parseInt(f[0]);
        Long ts = Long.parseLong(f[1]) < 0 ? null : Long.parseLong(f[1]);
        List<Header> headers = new ArrayList<>();
        if (!f[4].isEmpty()) {
          for (String h : f[4].split(",")) {
            int eq = h.indexOf('=');
            headers.add(new RecordHeader(h.substring(0, eq), h.substring(eq + 1).getBytes(StandardCharsets.UTF_8)));
          }
        }
        final int line_ = n;
        producer.send(
            new ProducerRecord<>(topic, partition, ts, f[2].getBytes(StandardCharsets.UTF_8),
                f[3].getBytes(StandardCharsets.UTF_8), headers),
            (md, e) -> {
              if (e != null) {
                failed.incrementAndGet();
                System.err.println("send failed for line " + line_ + ": " + e);
              } else {
                synchronized (System.out) {
                  System.out.println("ack " + line_ + " " + md.partition() + " " + md.offset());
                }
              }
            });
        n++;
        if (pause > 0 && n % 100 == 0) Thread.sleep(pause);
      }
      producer.flush();
    }
    System.out.println("done " + n);
    System.out.flush();
    System.exit(failed.get() == 0 ? 0 : 1);
  }

  static void consume(String[] a) throws Exception {
    Properties p = new Properties();
    p.put("bootstrap.servers", a[1]);
    p.put("enable.auto.commit", "false");
    p.put("key.deserializer", ByteArrayDeserializer.class.getName());
    p.put("value.deserializer", ByteArrayDeserializer.class.getName());
    String topic = a[2];
    String from = a[3];
    int count = Integer.parseInt(a[4]);
    long deadline = System.currentTimeMillis() + Long.parseLong(a[5]);
    Base64.Encoder b64 = Base64.getEncoder();
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p)) {
      List<TopicPartition> tps = new ArrayList<>();
      for (PartitionInfo info : consumer.partitionsFor(topic)) tps.add(new TopicPartition(topic, info.partition()));
      consumer.assign(tps);
      if (from.equals("beginning")) {
        consumer.seekToBeginning(tps);
      } else if (from.startsWith("offset:")) {
        String[] f = from.split(":");
        TopicPartition tp = new TopicPartition(topic, Integer.parseInt(f[1]));
        consumer.assign(List.of(tp));
        consumer.seek(tp, Long.parseLong(f[2]));
      } else if (from.startsWith("timestamp:")) {
        long ts = Long.parseLong(from.substring("timestamp:".length()));
        Map<TopicPartition, Long> query = new HashMap<>();
        for (TopicPartition tp : tps) query.put(tp, ts);
        Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(query);
        List<TopicPartition> hit = new ArrayList<>();
        for (TopicPartition tp : tps) if (found.get(tp) != null) hit.add(tp);
        consumer.assign(hit);
        for (TopicPartition tp : hit) consumer.seek(tp, found.get(tp).offset());
      }
      int got = 0;
      StringBuilder sb = new StringBuilder();
      Map<TopicPartition, Long> end = count == 0 ? consumer.endOffsets(consumer.assignment()) : null;
      while ((end == null ? got < count : !caughtUp(consumer, end)) && System.currentTimeMillis() < deadline) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          sb.setLength(0);
          sb.append("{\"p\":").append(r.partition()).append(",\"o\":").append(r.offset())
              .append(",\"t\":").append(r.timestamp()).append(",\"k\":").append(b(b64, r.key()))
              .append(",\"v\":").append(b(b64, r.value())).append(",\"h\":[");
          boolean first = true;
          for (Header h : r.headers()) {
            if (!first) sb.append(',');
            first = false;
            sb.append("[\"").append(h.key()).append("\",").append(b(b64, h.value())).append(']');
          }
          System.out.println(sb.append("]}"));
          got++;
        }
      }
    }
    System.out.flush();
  }

  static boolean caughtUp(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
    for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
      if (consumer.position(e.getKey()) < e.getValue()) return false;
    }
    return true;
  }

  static String b(Base64.Encoder e, byte[] v) {
    return v == null ? "null" : "\"" + e.encodeToString(v) + "\"";
  }
}
