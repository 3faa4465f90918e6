// Kafka's own SCRAM client code (kafka-clients' ScramSaslClient, what every Java client and tool
// uses for SASL/SCRAM) driven over stdin/stdout, so a test can put a server of ours on the other
// side without a network (compiled at test time, see java-tools.ts):
//
//   <mechanism> <user> <password>
//     stdout: one base64 line per client token (client-first, client-final); stdin: one base64
//     line per server token (server-first, server-final); then "complete" once the client has
//     checked the server's signature, or "error <message>" (exit 1).
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.Base64;
import java.util.Map;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.sasl.SaslClient;
import org.apache.kafka.common.security.scram.internals.ScramSaslClient;

public class ScramClientProbe {
  public static void main(String[] args) throws Exception {
    String user = args[1];
    char[] password = args[2].toCharArray();
    SaslClient client = new ScramSaslClient.ScramSaslClientFactory().createSaslClient(new String[] {args[0]}, null, "kafka", "localhost", Map.of(), callbacks -> {
      for (Callback c : callbacks) {
        if (c instanceof NameCallback) ((NameCallback) c).setName(user);
        else if (c instanceof PasswordCallback) ((PasswordCallback) c).setPassword(password);
        else throw new UnsupportedCallbackException(c);
      }
    });
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
    try {
      byte[] token = client.evaluateChallenge(new byte[0]);
      while (!client.isComplete()) {
        System.out.println(Base64.getEncoder().encodeToString(token));
        System.out.flush();
        String line = in.readLine();
        if (line == null) throw new IllegalStateException("no server token");
        token = client.evaluateChallenge(Base64.getDecoder().decode(line.trim()));
      }
      System.out.println("complete");
    } catch (Exception e) {
      System.out.println("error " + e.getMessage());
      System.exit(1);
    }
  }
}
