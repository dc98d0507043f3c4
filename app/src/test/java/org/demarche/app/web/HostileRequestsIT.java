package org.demarche.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.demarche.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile requests against a served database: huge and negative page sizes, SQL and script
 * payloads in every parameter, path traversal in static paths, overlong query strings and
 * writing methods. Each gets a 4xx, or a 200 with JSON where the request is a legitimate
 * search for odd words; none changes a row (every table is counted before and after).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileRequestsIT {

  @TempDir
  static Path dir;

  static Path file;
  static Database db;
  static WebServer server;
  static ApiClient client;
  static Map<String, Long> rowsBefore;

  @BeforeAll
  static void start() throws Exception {
    file = WebFixtures.createDb(dir);
    rowsBefore = rowCounts(file);
    db = Database.openReadOnly(file);
    server = WebServer.start(db, "127.0.0.1", 0);
    client = new ApiClient(server.url());
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop();
    db.close();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Payloads an attacker tries in a text parameter. */
  static final List<String> PAYLOADS = List.of(
      "' OR '1'='1", "1; DROP TABLE articles; --", "\"); DELETE FROM articles; --",
      "x' UNION SELECT id, text FROM articles --", "articles_fts MATCH '*'",
      "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)",
      "%00", "\u0000", "{{7*7}}", "${jndi:ldap://x/a}", "../../etc/passwd", "NEAR(", "*", "\"");

  @Test
  void sqlAndScriptPayloadsInEveryParameterAre400OrAnEmptyJsonSearch() {
    List<String> templates = List.of("/api/search?q=%s", "/api/search?q=Tokayev&actor=%s",
        "/api/search?q=Tokayev&country=%s", "/api/search?q=Tokayev&type=%s",
        "/api/search?q=Tokayev&from=%s", "/api/search?q=Tokayev&page=%s", "/api/search?q=Tokayev&size=%s",
        "/api/quotes?speaker=%s", "/api/events?actor=%s", "/api/events?type=%s", "/api/network?from=%s",
        "/api/positions?issue=%s", "/api/articles/%s", "/api/entities/%s");
    int checked = 0;
    for (String template : templates) {
      for (String payload : PAYLOADS) {
        String url = String.format(template, enc(payload));
        HttpResponse<String> r = client.get(url);
        int status = r.statusCode();
        assertTrue(status == 200 || status == 400 || status == 404, url + " answered " + status + " " + r.body());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""),
            url);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), url);
        if (status == 200 && url.startsWith("/api/search?q=") && !url.contains("&")) {
          // a search for odd words: the query is echoed as a JSON string, never as markup
          assertEquals(payload.strip(), ApiClient.parse(r.body()).get("query").asText(), url);
        }
        checked++;
      }
    }
    assertEquals(templates.size() * PAYLOADS.size(), checked);
  }

  @ParameterizedTest
  @CsvSource({"/api/search?q=Tokayev&size=1000000000, size", "/api/search?q=Tokayev&size=-1, size",
      "/api/search?q=Tokayev&size=0, size", "/api/search?q=Tokayev&size=201, size",
      "/api/search?q=Tokayev&page=0, page", "/api/search?q=Tokayev&page=-5, page",
      "/api/search?q=Tokayev&page=99999999999999, page", "/api/search?q=Tokayev&size=1e3, size",
      "/api/events?size=2147483648, size", "/api/quotes?speaker=country:kaz&size=99999, size"})
  void hugeAndNegativePageSizesAre400NamingTheParameter(String url, String parameter) {
    HttpResponse<String> r = client.get(url);
    assertEquals(400, r.statusCode(), r.body());
    assertEquals(parameter, ApiClient.parse(r.body()).get("parameter").asText());
  }

  @Test
  void theLargestPageIsServedAndTheLastPageNumberDoesNotOverflow() {
    assertEquals(200, client.get("/api/search?q=Tokayev&size=200").statusCode());
    HttpResponse<String> r = client.get("/api/search?q=Tokayev&size=200&page=2147483647");
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(0, ApiClient.parse(r.body()).get("results").size());
  }

  @ParameterizedTest
  @ValueSource(ints = {501, 4_000, 7_000})
  void overlongTextParametersAre400(int length) {
    HttpResponse<String> r = client.get("/api/search?q=" + "a".repeat(length));
    assertEquals(400, r.statusCode(), r.body());
  }

  @ParameterizedTest
  @ValueSource(ints = {20_000, 200_000})
  void overlongRequestLinesAreRefusedBeforeAnyHandler(int length) throws IOException {
    String answer = rawRefused("/api/search?q=" + "a".repeat(length));
    if (answer.isEmpty()) {
      return; // the server answered and closed the connection while the line was still coming
    }
    int status = ApiClient.status(answer);
    assertTrue(status == 414 || status == 431 || status == 400, "answered " + answer.lines().findFirst());
    assertTrue(answer.contains("application/json"), answer);
  }

  /** The answer to a raw GET of {@code target}, or "" when the server cut the connection. */
  private static String rawRefused(String target) throws IOException {
    URI base = server.url();
    try (Socket s = new Socket(base.getHost(), base.getPort())) {
      s.setSoTimeout(10_000);
      try {
        s.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
      } catch (SocketException closed) {
        // the server stopped reading: what it answered, if anything, is still to be read
      }
      try {
        return new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
      } catch (SocketException reset) {
        return "";
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E/%2E%2E/etc/passwd",
      "/..%2f..%2fetc%2fpasswd", "/%252e%252e/etc/passwd", "/js/../../../../etc/passwd",
      "/static/..;/..;/etc/passwd", "/index.html/../../../etc/passwd", "/.%2e/.%2e/etc/passwd",
      "/api/../../etc/passwd", "/api/articles/..%2f..%2fetc%2fpasswd", "/%c0%ae%c0%ae/etc/passwd",
      "/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/../../../../../../../../../etc/passwd"})
  void pathTraversalAndEncodedDotsAre4xx(String target) {
    String answer = client.raw(target);
    int status = ApiClient.status(answer);
    assertTrue(status >= 400 && status < 500, target + " answered " + answer.lines().findFirst());
    assertFalse(answer.contains("root:"), answer);
  }

  @ParameterizedTest
  @CsvSource({"POST, /api/search?q=x", "PUT, /api/articles/astana-2022-10-12",
      "DELETE, /api/articles/astana-2022-10-12", "DELETE, /api/entities/country:kaz", "PATCH, /api/quotes",
      "POST, /api/events", "PUT, /api/network", "DELETE, /api/positions", "POST, /api/articles",
      "PUT, /openapi.json"})
  void theApiHasNoWritingEndpoint(String method, String url) {
    HttpResponse<String> r = client.send(method, url);
    assertTrue(r.statusCode() == 404 || r.statusCode() == 405, method + " " + url + ": " + r.statusCode());
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void noRequestChangedARow() throws Exception {
    // after every other test of the class (ordered last), the payloads once more, then the count
    for (String payload : PAYLOADS) {
      client.get("/api/search?q=" + enc(payload));
      client.send("DELETE", "/api/articles/" + enc(payload));
    }
    assertEquals(rowsBefore, rowCounts(file));
  }

  /** Rows of every table of the database, by table name. */
  static Map<String, Long> rowCounts(Path file) throws Exception {
    Map<String, Long> counts = new TreeMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet r = s.executeQuery(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
        while (r.next()) {
          tables.add(r.getString(1));
        }
      }
      for (String table : tables) {
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
          counts.put(table, r.getLong(1));
        }
      }
    }
    assertTrue(counts.getOrDefault("articles", 0L) > 0, counts.toString());
    return counts;
  }
}
