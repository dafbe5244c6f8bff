import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Constant-rate (open-model) load generator: request i is due at t0 + i/rate whatever happened to earlier ones,
 * and its latency is measured from that due time, not from when it was actually sent, so queueing in the client
 * or the server shows in the figures (no coordinated omission, as wrk2 / vegeta).
 *
 * <p>usage: java ConstantRate.java URL BODY_FILE RATE SECONDS [WARMUP_SECONDS]
 * POSTs the file as application/json. Prints sent, errors, achieved rate, p50/p90/p99/p99.9/max in ms.
 */
public class ConstantRate {
  public static void main(String[] args) throws Exception {
    URI uri = URI.create(args[0]);
    byte[] body = Files.readAllBytes(Path.of(args[1]));
    int rate = Integer.parseInt(args[2]);
    int seconds = Integer.parseInt(args[3]);
    int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 0;
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(2)).build();
    HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
        .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    if (warmup > 0) {
      run(client, request, rate, warmup, null);
    }
    long[] latencies = new long[rate * seconds];
    long t0 = System.nanoTime();
    int[] result = run(client, request, rate, seconds, latencies);
    double elapsed = (System.nanoTime() - t0) / 1e9;
    long[] ok = Arrays.copyOf(latencies, result[0]);
    Arrays.sort(ok);
    System.out.printf("rate %d/s for %d s (after %d s warm-up): sent %d, non-2xx or failed %d, achieved %.0f req/s%n",
        rate, seconds, warmup, latencies.length, result[1], latencies.length / elapsed);
    System.out.printf("latency from scheduled start, ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f%n",
        pct(ok, 50), pct(ok, 90), pct(ok, 99), pct(ok, 99.9), ok.length == 0 ? 0 : ok[ok.length - 1] / 1e6);
    System.exit(result[1] == 0 ? 0 : 1);
  }

  private static double pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  /** Returns {requests recorded, errors}. */
  private static int[] run(HttpClient client, HttpRequest request, int rate, int seconds, long[] latencies)
      throws InterruptedException {
    int total = rate * seconds;
    long interval = 1_000_000_000L / rate;
    CountDownLatch done = new CountDownLatch(total);
    AtomicInteger recorded = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    long start = System.nanoTime();
    for (int i = 0; i < total; i++) {
      long due = start + i * interval;
      long wait;
      while ((wait = due - System.nanoTime()) > 0) {
        LockSupport.parkNanos(wait);
      }
      client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
        long latency = System.nanoTime() - due;
        if (failure != null || response.statusCode() / 100 != 2) {
          errors.incrementAndGet();
        } else if (latencies != null) {
          latencies[recorded.getAndIncrement()] = latency;
        }
        done.countDown();
      });
    }
    if (!done.await(60, TimeUnit.SECONDS)) {
      errors.addAndGet((int) done.getCount());
    }
    return new int[] {recorded.get(), errors.get()};
  }
}
