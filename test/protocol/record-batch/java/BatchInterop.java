// Record batches through the Java client's own code, for record-batch/java-client.test.ts (one JVM
// for both directions; run as a single-file program: java -cp <jars> BatchInterop.java <count>).
// 1. Decodes the batches on stdin (a records field) with kafka-clients' MemoryRecords and prints
//    one line per batch, record and control marker.
// 2. Builds one batch per codec with MemoryRecordsBuilder (xerial snappy, KafkaLZ4BlockOutputStream,
//    zstd-jni, GZIPOutputStream), each of <count> records whose key, value, header and timestamp
//    follow from the index, and prints them as one line: "made <hex>".
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.apache.kafka.common.compress.Compression;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.record.internal.CompressionType;
import org.apache.kafka.common.record.internal.ControlRecordType;
import org.apache.kafka.common.record.internal.EndTransactionMarker;
import org.apache.kafka.common.record.internal.MemoryRecords;
import org.apache.kafka.common.record.internal.MemoryRecordsBuilder;
import org.apache.kafka.common.record.internal.MutableRecordBatch;
import org.apache.kafka.common.record.internal.Record;
import org.apache.kafka.common.record.TimestampType;

public class BatchInterop {
  public static void main(String[] args) throws IOException {
    ByteArrayOutputStream in = new ByteArrayOutputStream();
    System.in.transferTo(in);
    MemoryRecords records = MemoryRecords.readableRecords(ByteBuffer.wrap(in.toByteArray()));
    StringBuilder out = new StringBuilder();
    for (MutableRecordBatch batch : records.batches()) {
      batch.ensureValid();
      out.append("batch ").append(batch.baseOffset()).append(' ').append(batch.lastOffset())
          .append(' ').append(batch.compressionType().name).append(' ').append(batch.timestampType())
          .append(' ').append(batch.maxTimestamp()).append(' ').append(batch.producerId())
          .append(' ').append(batch.producerEpoch()).append(' ').append(batch.baseSequence())
          .append(' ').append(batch.isTransactional()).append(' ').append(batch.isControlBatch())
          .append(' ').append(batch.partitionLeaderEpoch()).append(' ').append(batch.countOrNull()).append('\n');
      for (Record r : batch) {
        r.ensureValid();
        out.append("record ").append(r.offset()).append(' ').append(r.timestamp())
            .append(' ').append(hex(r.key())).append(' ').append(hex(r.value()));
        for (Header h : r.headers()) {
          out.append(' ').append(HexFormat.of().formatHex(h.key().getBytes(StandardCharsets.UTF_8)))
              .append('=').append(h.value() == null ? "null" : HexFormat.of().formatHex(h.value()));
        }
        out.append('\n');
        if (batch.isControlBatch()) {
          ControlRecordType type = ControlRecordType.parse(r.key());
          EndTransactionMarker marker = EndTransactionMarker.deserialize(r);
          out.append("marker ").append(type).append(' ').append(marker.coordinatorEpoch()).append('\n');
        }
      }
    }
    ByteArrayOutputStream made = new ByteArrayOutputStream();
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
      ByteBuffer built = builder.build().buffer();
      byte[] bytes = new byte[built.remaining()];
      built.get(bytes);
      made.write(bytes);
      offset += count;
    }
    out.append("made ").append(HexFormat.of().formatHex(made.toByteArray())).append('\n');
    System.out.print(out);
  }

  private static String hex(ByteBuffer b) {
    if (b == null) return "null";
    byte[] bytes = new byte[b.remaining()];
    b.duplicate().get(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
