package org.demarche.app.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

/**
 * A bounded load test: {@code clients} threads, each with its own HTTP/1.1 client, send GET
 * requests back to back until {@code duration} has passed, then stop by themselves. Records
 * every latency and every answer that is not a 200 (or that failed).
 */
final class ConcurrentLoad {

  /** The request a client sends as its {@code n}-th (from 0): a path and query. */
  @FunctionalInterface
  interface Requests {
    String request(int client, long n);
  }

  /**
   * What the load did.
   *
   * @param requests answers received
   * @param seconds wall-clock time from the first request to the last answer
   * @param nanos every latency, sorted
   * @param errors one line per failed request ({@code 503 /api/search?q=x}), at most 20
   * @param byEndpoint the latencies of each endpoint ({@code /api/search}, {@code /api/articles}),
   *     sorted
   */
  record Result(long requests, double seconds, long[] nanos, List<String> errors,
      Map<String, long[]> byEndpoint) {

    String report() {
      StringBuilder out = new StringBuilder(String.format(
          "requests: %,d in %.1f s = %.0f requests/s; errors: %d%n"
              + "latency, all requests: %s%n",
          requests, seconds, requests / seconds, errors.size(), stats(nanos)));
      byEndpoint.forEach((endpoint, times) -> out.append(String.format("  %-16s %,6d requests: %s%n",
          endpoint, times.length, stats(times))));
      return out.toString();
    }

    long pct(int p) {
      return pct(nanos, p);
    }

    private static String stats(long[] sorted) {
      return String.format("p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms", ms(pct(sorted, 50)),
          ms(pct(sorted, 90)), ms(pct(sorted, 99)), ms(sorted.length == 0 ? 0 : sorted[sorted.length - 1]));
    }

    private static long pct(long[] sorted, int p) {
      if (sorted.length == 0) {
        return 0;
      }
      int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static double ms(long nanos) {
      return nanos / 1e6;
    }
  }

  private final URI base;
  private final int clients;
  private final Duration duration;
  private final Requests requests;

  ConcurrentLoad(URI base, int clients, Duration duration, Requests requests) {
    this.base = base;
    this.clients = clients;
    this.duration = duration;
    this.requests = requests;
  }

  /** Runs the load; returns when every client has stopped. */
  Result run() throws InterruptedException {
    List<Map<String, List<Long>>> latencies = Collections.synchronizedList(new ArrayList<>());
    List<String> errors = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch start = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(clients);
    long[] deadline = new long[1];
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      Thread t = new Thread(() -> {
        try {
          start.await();
          latencies.add(client(client, deadline[0], errors));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } finally {
          done.countDown();
        }
      }, "load-client-" + c);
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
    long t0 = System.nanoTime();
    deadline[0] = t0 + duration.toNanos();
    start.countDown();
    if (!done.await(duration.toSeconds() + 120, TimeUnit.SECONDS)) {
      threads.forEach(Thread::interrupt);
      errors.add("clients did not stop within two minutes of the deadline");
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    Map<String, long[]> byEndpoint = new TreeMap<>();
    for (Map<String, List<Long>> client : latencies) {
      client.forEach((endpoint, times) -> byEndpoint.merge(endpoint,
          times.stream().mapToLong(Long::longValue).toArray(), (a, b) -> LongStream.concat(
              Arrays.stream(a), Arrays.stream(b)).toArray()));
    }
    byEndpoint.replaceAll((endpoint, times) -> Arrays.stream(times).sorted().toArray());
    long[] all = byEndpoint.values().stream().flatMapToLong(Arrays::stream).sorted().toArray();
    List<String> firstErrors;
    synchronized (errors) {
      firstErrors = List.copyOf(errors.subList(0, Math.min(20, errors.size())));
    }
    return new Result(all.length, seconds, all, firstErrors, byEndpoint);
  }

  /** One client's requests until the deadline; returns their latencies by endpoint. */
  private Map<String, List<Long>> client(int client, long deadline, List<String> errors) {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
    Map<String, List<Long>> times = new HashMap<>();
    for (long n = 0; System.nanoTime() < deadline; n++) {
      String path = requests.request(client, n);
      HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
          .timeout(Duration.ofSeconds(60)).GET().build();
      long r0 = System.nanoTime();
      try {
        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
          errors.add(r.statusCode() + " " + path);
        }
      } catch (IOException e) {
        errors.add(e + " " + path);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      times.computeIfAbsent(endpoint(path), e -> new ArrayList<>()).add(System.nanoTime() - r0);
    }
    return times;
  }

  /** {@code /api/search?q=x} is {@code /api/search}, {@code /api/articles/a1} {@code /api/articles}. */
  static String endpoint(String path) {
    String p = path.replaceAll("\\?.*", "");
    int third = p.indexOf('/', "/api/".length());
    return p.startsWith("/api/") && third > 0 ? p.substring(0, third) : p;
  }
}
