import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.locks.LockSupport;

/**
 * Constant-rate (open-model) load generator: request i is due at t0 + i/rate whatever happened to earlier ones,
 * and its latency is measured from that due time, not from when it was actually sent, so queueing in the client
 * or the server shows in the figures (no coordinated omission, as wrk2 / vegeta).
 *
 * <p>One thread, non-blocking keep-alive connections (one request in flight on each, more opened when all are
 * busy), the request encoded once, no allocation per request. The generator shares the machine with the service,
 * so its own pauses would count as the service's latency: the first version, on java.net.http.HttpClient, measured
 * a p99 of 50 ms against a bare Quarkus app that this one measures at under 2 ms.
 *
 * <p>usage: java -XX:+UseSerialGC ConstantRate.java URL BODY_FILE RATE SECONDS [WARMUP_SECONDS]
 * POSTs the file as application/json. Prints sent, errors, achieved rate, p50/p90/p99/p99.9/max in ms.
 */
public class ConstantRate {
  private static final int MAX_CONNECTIONS = 512;

  private final InetSocketAddress address;
  private final byte[] request;
  private final Selector selector = Selector.open();
  private final ArrayDeque<Connection> idle = new ArrayDeque<>();
  private int open;
  private int errors;
  private int done;

  /** One keep-alive connection and the request in flight on it (its due time), or none. */
  private final class Connection {
    final SocketChannel channel;
    final ByteBuffer in = ByteBuffer.allocate(1 << 16);
    final ByteBuffer out = ByteBuffer.wrap(request);
    long due = -1;

    Connection() throws IOException {
      channel = SocketChannel.open(address);
      channel.setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
      channel.configureBlocking(false);
      channel.register(selector, SelectionKey.OP_READ, this);
      open++;
    }

    void send(long dueTime) throws IOException {
      due = dueTime;
      out.rewind();
      while (out.hasRemaining()) {
        channel.write(out);
      }
    }

    /** Reads what arrived; returns the HTTP status once a whole response is in, 0 before, -1 if closed. */
    int read() throws IOException {
      if (channel.read(in) < 0) {
        return -1;
      }
      byte[] data = in.array();
      int headerEnd = indexOf(data, 0, in.position(), "\r\n\r\n");
      if (headerEnd < 0) {
        return 0;
      }
      int length = contentLength(data, headerEnd);
      if (length < 0 || in.position() < headerEnd + 4 + length) {
        return length < 0 ? -1 : 0; // chunked bodies are not expected from this service: counted as errors
      }
      in.clear();
      return (data[9] - '0') * 100 + (data[10] - '0') * 10 + (data[11] - '0');
    }

    void close() {
      try {
        channel.close();
      } catch (IOException ignored) {
        // closing a failed connection
      }
      open--;
    }
  }

  private ConstantRate(URI uri, byte[] body) throws IOException {
    address = new InetSocketAddress(uri.getHost(), uri.getPort());
    String head = "POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
        + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
    request = Arrays.copyOf(headBytes, headBytes.length + body.length);
    System.arraycopy(body, 0, request, headBytes.length, body.length);
  }

  public static void main(String[] args) throws Exception {
    URI uri = URI.create(args[0]);
    byte[] body = Files.readAllBytes(Path.of(args[1]));
    int rate = Integer.parseInt(args[2]);
    int seconds = Integer.parseInt(args[3]);
    int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 0;
    ConstantRate generator = new ConstantRate(uri, body);
    for (int i = 0; i < 16; i++) {
      generator.idle.add(generator.new Connection());
    }
    if (warmup > 0) {
      generator.run(rate, warmup, null);
    }
    long[] latencies = new long[rate * seconds];
    long t0 = System.nanoTime();
    int recorded = generator.run(rate, seconds, latencies);
    double elapsed = (System.nanoTime() - t0) / 1e9;
    long[] ok = Arrays.copyOf(latencies, recorded);
    Arrays.sort(ok);
    System.out.printf("rate %d/s for %d s (after %d s warm-up): sent %d, non-2xx or failed %d, achieved %.0f req/s,"
        + " connections %d%n", rate, seconds, warmup, latencies.length, generator.errors, latencies.length / elapsed,
        generator.open);
    System.out.printf("latency from scheduled start, ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f%n",
        pct(ok, 50), pct(ok, 90), pct(ok, 99), pct(ok, 99.9), ok.length == 0 ? 0 : ok[ok.length - 1] / 1e6);
    System.exit(generator.errors == 0 ? 0 : 1);
  }

  /** Sends rate x seconds requests on schedule; returns how many succeeded (their latencies, if recorded). */
  private int run(int rate, int seconds, long[] latencies) throws IOException {
    int total = rate * seconds;
    long interval = 1_000_000_000L / rate;
    long start = System.nanoTime();
    int next = 0; // requests due so far
    int sent = 0; // of those, sent (the others wait for a free connection; their latency runs from their due time)
    int recorded = 0;
    done = 0;
    while (done < total) {
      long now = System.nanoTime();
      while (next < total && start + next * interval <= now) {
        next++;
      }
      for (; sent < next && (!idle.isEmpty() || open < MAX_CONNECTIONS); sent++) {
        Connection connection = idle.isEmpty() ? new Connection() : idle.poll();
        try {
          connection.send(start + sent * interval);
        } catch (IOException e) {
          connection.close();
          errors++;
          done++;
        }
      }
      long wait = next < total ? start + next * interval - System.nanoTime() : 1_000_000;
      if (wait >= 2_000_000) {
        selector.select(wait / 1_000_000 - 1);
      } else if (selector.selectNow() == 0 && wait > 0) {
        LockSupport.parkNanos(Math.min(wait, 200_000));
        selector.selectNow();
      }
      for (SelectionKey key : selector.selectedKeys()) {
        Connection connection = (Connection) key.attachment();
        int status;
        try {
          status = connection.read();
        } catch (IOException e) {
          status = -1;
        }
        if (status == 0 || connection.due < 0) {
          continue;
        }
        long latency = System.nanoTime() - connection.due;
        connection.due = -1;
        done++;
        if (status / 100 == 2) {
          if (latencies != null) {
            latencies[recorded++] = latency;
          }
          idle.add(connection);
        } else {
          errors++;
          if (status < 0) {
            connection.close();
          } else {
            idle.add(connection);
          }
        }
      }
      selector.selectedKeys().clear();
    }
    return recorded;
  }

  /** Where the ASCII text starts in data[from, end), or -1 (headers are ASCII, compared case-insensitively). */
  private static int indexOf(byte[] data, int from, int end, String what) {
    outer:
    for (int i = from; i + what.length() <= end; i++) {
      for (int j = 0; j < what.length(); j++) {
        if (Character.toLowerCase(data[i + j]) != what.charAt(j)) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static int contentLength(byte[] data, int headerEnd) {
    int at = indexOf(data, 0, headerEnd, "\r\ncontent-length:");
    if (at < 0) {
      return -1;
    }
    int length = 0;
    for (int i = at + 17; i < headerEnd && data[i] != '\r'; i++) {
      if (data[i] >= '0' && data[i] <= '9') {
        length = length * 10 + data[i] - '0';
      }
    }
    return length;
  }

  private static double pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }
}
