// Builds record batches with the Java client's own code (kafka-clients MemoryRecordsBuilder: xerial
// snappy, KafkaLZ4BlockOutputStream, zstd-jni, GZIPOutputStream) and writes them to stdout, for
// record-batch/java-client.test.ts. One batch per codec, each of `count` records whose key, value,
// header and timestamp follow from the index (the test recomputes them).
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.compress.Compression;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.record.CompressionType;
import org.apache.kafka.common.record.MemoryRecords;
import org.apache.kafka.common.record.MemoryRecordsBuilder;
import org.apache.kafka.common.record.TimestampType;

public class BatchMake {
  public static void main(String[] args) throws IOException {
    int count = Integer.parseInt(args[0]);
    CompressionType[] types = {CompressionType.NONE, CompressionType.GZIP, CompressionType.SNAPPY, CompressionType.LZ4, CompressionType.ZSTD};
    long offset = 0;
    for (CompressionType type : types) {
      ByteBuffer buffer = ByteBuffer.allocate(64 * 1024 * 1024);
      MemoryRecordsBuilder builder = MemoryRecords.builder(buffer, Compression.of(type).build(), TimestampType.CREATE_TIME, offset);
      for (int i = 0; i < count; i++) {
        byte[] key = ("key-" + i).getBytes(StandardCharsets.UTF_8);
        byte[] value = ("{\"n\":" + i + ",\"text\":\"" + "value ".repeat(i % 50) + "\"}").getBytes(StandardCharsets.UTF_8);
        Header[] headers = {new RecordHeader("i", Integer.toString(i).getBytes(StandardCharsets.UTF_8))};
        builder.append(1_700_000_000_000L + i, i % 10 == 0 ? null : key, value, headers);
      }
      MemoryRecords records = builder.build();
      ByteBuffer out = records.buffer();
      byte[] bytes = new byte[out.remaining()];
      out.get(bytes);
      System.out.write(bytes);
      offset += count;
    }
    System.out.flush();
  }
}
