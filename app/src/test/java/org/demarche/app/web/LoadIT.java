package org.demarche.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.demarche.store.Database;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Load and latency over loopback: {@value #DEFAULT_ARTICLES} generated articles (the system
 * property {@code demarche.load.articles} changes it), then {@value #SEARCHES} search requests
 * one after another, and a few of each other endpoint; then the bounded concurrent load test
 * ({@value #DEFAULT_CLIENTS} clients for {@value #DEFAULT_SECONDS} s). Reports generation time,
 * database size per 1,000 articles and p50/p90/p99 latencies to standard output (the concurrent
 * figures also to {@code target/reliability/load.txt}); asserts only that every request
 * succeeded, never a time.
 */
class LoadIT {

  static final int DEFAULT_ARTICLES = 10_000;
  static final int SEARCHES = 500;
  static final int OTHERS = 25;

  private static final List<String> QUERIES = List.of("Tokayev", "Erdoğan", "pipeline", "corridor",
      "\"territorial integrity\"", "energ*", "Russia OR China", "drought NOT harvest", "Lavrov",
      "\"signed an agreement\"", "customs", "Astana", "sanctions", "ceasefire", "Mirziyoyev met");

  private static final List<String> FILTERS = List.of("", "", "&country=KAZ", "&type=SUPPORT",
      "&from=2021-01-01&to=2021-12-31", "&actor=person:kassym-jomart-tokayev", "&page=2", "&size=50");

  /** Concurrent clients of the bounded load test ({@code demarche.load.clients}). */
  static final int DEFAULT_CLIENTS = 50;
  /** How long the bounded load test runs, in seconds ({@code demarche.load.seconds}). */
  static final int DEFAULT_SECONDS = 30;

  /** The request mix of the concurrent clients: mostly searches, some of every other endpoint. */
  private static final List<String> MIX = List.of("/api/entities/person:kassym-jomart-tokayev",
      "/api/entities/country:kaz", "/api/quotes?speaker=person:kassym-jomart-tokayev",
      "/api/events?actor=country:tur&type=SUPPORT", "/api/network",
      "/api/positions?issue=territorial%20integrity&type=SUPPORT", "/api/articles/gen-000123",
      "/api/articles/gen-009999", "/", "/openapi.json");

  @TempDir
  static Path dir;

  static Path file;
  static int articles;
  static double genSeconds;

  @BeforeAll
  static void generate() {
    articles = Integer.getInteger("demarche.load.articles", DEFAULT_ARTICLES);
    file = dir.resolve("load.db");
    long t0 = System.nanoTime();
    try (Database db = Database.open(file)) {
      WebGenerate.fill(db, articles, 42L);
    }
    genSeconds = (System.nanoTime() - t0) / 1e9;
  }

  @Test
  void searchLatencyOverAGeneratedDatabase() throws Exception {
    long bytes = Files.size(file);
    Path wal = dir.resolve("load.db-wal");
    long walBytes = Files.exists(wal) ? Files.size(wal) : 0;

    try (Database db = Database.openReadOnly(file); WebServer server = WebServer.start(db, "127.0.0.1", 0)) {
      ApiClient client = new ApiClient(server.url());
      for (int i = 0; i < 20; i++) {
        client.get("/api/search?q=" + enc(QUERIES.get(i % QUERIES.size())));
      }
      long[] search = new long[SEARCHES];
      long totalHits = 0;
      long s0 = System.nanoTime();
      for (int i = 0; i < SEARCHES; i++) {
        String url = "/api/search?q=" + enc(QUERIES.get(i % QUERIES.size())) + FILTERS.get(i % FILTERS.size());
        long r0 = System.nanoTime();
        HttpResponse<String> r = client.get(url);
        search[i] = System.nanoTime() - r0;
        assertEquals(200, r.statusCode(), url + ": " + r.body());
        totalHits += ApiClient.parse(r.body()).get("total").asLong();
      }
      double searchSeconds = (System.nanoTime() - s0) / 1e9;
      // the store's own share: the same queries without HTTP, JSON, names and titles
      long[] direct = new long[SEARCHES];
      for (int i = 0; i < SEARCHES; i++) {
        String q = QUERIES.get(i % QUERIES.size());
        long r0 = System.nanoTime();
        db.search(q, org.demarche.store.SearchFilter.none(), 1, SearchApi.DEFAULT_SIZE);
        direct[i] = System.nanoTime() - r0;
      }

      StringBuilder report = new StringBuilder();
      report.append(String.format("%n=== Demarche web load (%,d articles, %d searches over loopback) ===%n",
          articles, SEARCHES));
      report.append(String.format("generation+store: %.1f s (%.2f ms/article)%n", genSeconds,
          genSeconds * 1000 / articles));
      report.append(String.format("database: %,d bytes (+%,d WAL) = %.2f MB per 1,000 articles%n", bytes,
          walBytes, (bytes + walBytes) / 1e6 / (articles / 1000.0)));
      report.append(String.format("search: %s; %.0f requests/s sequential; mean total %.0f hits%n",
          stats(search), SEARCHES / searchSeconds, (double) totalHits / SEARCHES));
      report.append(String.format("store search only (no filters, no HTTP): %s%n", stats(direct)));
      report.append(line(client, "entity (person)", "/api/entities/person:kassym-jomart-tokayev"));
      report.append(line(client, "entity (country)", "/api/entities/country:kaz"));
      report.append(line(client, "quotes", "/api/quotes?speaker=person:kassym-jomart-tokayev"));
      report.append(line(client, "events", "/api/events?actor=country:tur&type=SUPPORT"));
      report.append(line(client, "network", "/api/network"));
      report.append(line(client, "positions", "/api/positions?issue=territorial%20integrity&type=SUPPORT"));
      report.append(line(client, "article", "/api/articles/gen-000123"));
      System.out.println(report);
    }
  }

  /**
   * The bounded load test of issue #9: {@value #DEFAULT_CLIENTS} clients, each with its own
   * HTTP/1.1 connection, send requests back to back for {@value #DEFAULT_SECONDS} seconds
   * (searches with filters, and the other endpoints) and stop by themselves. Every answer must
   * be a 200; p50/p99 go to standard output and {@code target/reliability/load.txt}.
   */
  @Test
  void fiftyConcurrentClientsForThirtySecondsGetNoErrors() throws Exception {
    int clients = Integer.getInteger("demarche.load.clients", DEFAULT_CLIENTS);
    int seconds = Integer.getInteger("demarche.load.seconds", DEFAULT_SECONDS);
    try (Database db = Database.openReadOnly(file); WebServer server = WebServer.start(db, "127.0.0.1", 0)) {
      ConcurrentLoad.Result r = new ConcurrentLoad(server.url(), clients, Duration.ofSeconds(seconds),
          LoadIT::request).run();
      String report = String.format("=== Demarche web under load: %d clients for %d s over loopback, %,d"
          + " articles ===%n%s", clients, seconds, articles, r.report());
      System.out.println(report);
      Path out = Path.of("target", "reliability", "load.txt");
      Files.createDirectories(out.getParent());
      Files.writeString(out, report);
      assertEquals(List.of(), r.errors(), "errors under load");
      assertTrue(r.requests() > clients, "only " + r.requests() + " requests");
    }
  }

  /** Request {@code n} of client {@code client}: three searches for every other request. */
  private static String request(int client, long n) {
    long k = n * 31 + client;
    if (k % 4 != 3) {
      return "/api/search?q=" + enc(QUERIES.get((int) (k % QUERIES.size())))
          + FILTERS.get((int) (k / 4 % FILTERS.size()));
    }
    return MIX.get((int) (k / 4 % MIX.size()));
  }

  private static String line(ApiClient client, String name, String url) {
    long[] times = new long[OTHERS];
    int bytes = 0;
    for (int i = 0; i < OTHERS; i++) {
      long r0 = System.nanoTime();
      HttpResponse<String> r = client.get(url);
      times[i] = System.nanoTime() - r0;
      assertEquals(200, r.statusCode(), url + ": " + r.body());
      bytes = r.body().length();
    }
    return String.format("%-17s %s; %,d chars%n", name + ":", stats(times), bytes);
  }

  private static String stats(long[] nanos) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    return String.format("p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms", ms(pct(s, 50)), ms(pct(s, 90)),
        ms(pct(s, 99)), ms(s[s.length - 1]));
  }

  private static long pct(long[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

}
