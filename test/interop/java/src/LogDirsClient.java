// Moves replicas between a broker's log dirs with the Java Admin client (compiled at test time, see
// java-tools.ts): Admin.alterReplicaLogDirs sends AlterReplicaLogDirs, and
// Admin.describeReplicaLogDirs (DescribeLogDirs) tells where each replica and its future log are.
//
//   move <bootstrap> <broker id> <dir> <topic:partition>... 
//     stdout: "altered <topic>-<partition>" or "failed <topic>-<partition> <ErrorClass>" per replica,
//     then, for those altered, "moved <topic>-<partition> <dir>" once each is in <dir> with no future log
//     (polling for up to 60 s; "still-moving ..." when that ran out).
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeReplicaLogDirsResult.ReplicaLogDirInfo;
import org.apache.kafka.common.TopicPartitionReplica;

public class LogDirsClient {
  public static void main(String[] args) throws Exception {
    if (args.length < 5 || !args[0].equals("move")) {
      System.err.println("usage: move <bootstrap> <broker id> <dir> <topic:partition>...");
      System.exit(2);
    }
    Properties p = new Properties();
    p.put("bootstrap.servers", args[1]);
    int broker = Integer.parseInt(args[2]);
    String dir = args[3];
    try (Admin admin = Admin.create(p)) {
      Map<TopicPartitionReplica, String> wanted = new HashMap<>();
      for (int i = 4; i < args.length; i++) {
        int colon = args[i].lastIndexOf(':');
        wanted.put(new TopicPartitionReplica(args[i].substring(0, colon), Integer.parseInt(args[i].substring(colon + 1)), broker), dir);
      }
      List<TopicPartitionReplica> altered = new ArrayList<>();
      admin.alterReplicaLogDirs(wanted).values().forEach((replica, future) -> {
        String name = replica.topic() + "-" + replica.partition();
        try {
          future.get();
          altered.add(replica);
          System.out.println("altered " + name);
        } catch (ExecutionException e) {
          System.out.println("failed " + name + " " + e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
          throw new RuntimeException(e);
        }
      });
      long deadline = System.currentTimeMillis() + 60_000;
      List<TopicPartitionReplica> pending = new ArrayList<>(altered);
      while (!pending.isEmpty() && System.currentTimeMillis() < deadline) {
        Map<TopicPartitionReplica, ReplicaLogDirInfo> info = admin.describeReplicaLogDirs(pending).all().get();
        for (TopicPartitionReplica r : new ArrayList<>(pending)) {
          ReplicaLogDirInfo x = info.get(r);
          if (x != null && dir.equals(x.getCurrentReplicaLogDir()) && x.getFutureReplicaLogDir() == null) {
            System.out.println("moved " + r.topic() + "-" + r.partition() + " " + dir);
            pending.remove(r);
          }
        }
        if (!pending.isEmpty()) Thread.sleep(200);
      }
      for (TopicPartitionReplica r : pending) System.out.println("still-moving " + r.topic() + "-" + r.partition());
    }
  }
}
