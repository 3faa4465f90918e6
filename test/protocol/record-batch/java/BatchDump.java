// Decodes record batches with the Java client's own code (kafka-clients MemoryRecords) and prints
// them one line per batch and per record, for record-batch/java-client.test.ts. Input: a records
// field (batches back to back) on stdin. Run as a single-file program: java -cp <jars> BatchDump.java
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.record.ControlRecordType;
import org.apache.kafka.common.record.EndTransactionMarker;
import org.apache.kafka.common.record.MemoryRecords;
import org.apache.kafka.common.record.MutableRecordBatch;
import org.apache.kafka.common.record.Record;

public class BatchDump {
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
    System.out.print(out);
  }

  private static String hex(ByteBuffer b) {
    if (b == null) return "null";
    byte[] bytes = new byte[b.remaining()];
    b.duplicate().get(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
