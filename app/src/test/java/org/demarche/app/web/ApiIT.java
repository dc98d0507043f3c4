package org.demarche.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demarche.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON API over loopback, on the hand-built {@link WebFixtures} database. */
class ApiIT {

  @TempDir
  static Path dir;

  static Database db;
  static WebServer server;
  static ApiClient client;

  @BeforeAll
  static void start() {
    db = Database.openReadOnly(WebFixtures.createDb(dir));
    server = WebServer.start(db, "127.0.0.1", 0);
    client = new ApiClient(server.url());
  }

  @AfterAll
  static void stop() {
    server.stop();
    db.close();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.path(field).asText(null)));
    return out;
  }

  @Test
  void searchForANameFindsArticlesQuotesAndTheActor() {
    JsonNode r = client.json("/api/search?q=Tokayev");
    assertEquals(1, r.get("page").asInt());
    assertEquals(20, r.get("size").asInt());
    assertEquals(r.get("results").size(), r.get("total").asInt());
    assertEquals(Set.of("astana-2022-10-12", "astana-2023-02-28", "samarkand-2022-09-16"),
        Set.copyOf(texts(r.get("results"), "article")));
    assertEquals("person:kassym-jomart-tokayev", r.get("actors").get(0).get("id").asText());
    assertEquals("Kassym-Jomart Tokayev", r.get("actors").get(0).get("name").asText());
    JsonNode first = r.get("results").get(0);
    String snippet = first.get("snippet").asText();
    JsonNode h = first.get("highlights").get(0);
    assertEquals("Tokayev", snippet.substring(h.get("start").asInt(), h.get("end").asInt()));
  }

  @Test
  void quoteHitCarriesSpeakerAndSpan() {
    JsonNode r = client.json("/api/search?q=" + enc("\"calm and trade\""));
    assertEquals(Set.of("QUOTE", "ARTICLE"), Set.copyOf(texts(r.get("results"), "kind")));
    JsonNode hit = r.get("results").get(texts(r.get("results"), "kind").indexOf("QUOTE"));
    assertEquals("person:kassym-jomart-tokayev", hit.get("speaker").get("id").asText());
    String text = WebFixtures.samarkand().article().text();
    assertEquals("Our region needs calm and trade,",
        text.substring(hit.get("quote").get("start").asInt(), hit.get("quote").get("end").asInt()));
  }

  @Test
  void searchFiltersByActorCountryTypeAndDate() {
    assertEquals(List.of("samarkand-2022-09-16"), texts(client.json(
        "/api/search?q=Tokayev&actor=person:shavkat-mirziyoyev").get("results"), "article"));
    assertEquals(Set.of("samarkand-2022-09-16"), Set.copyOf(texts(client.json(
        "/api/search?q=Tokayev&country=uzb").get("results"), "article")));
    assertEquals(Set.of("astana-2023-02-28"), Set.copyOf(texts(client.json(
        "/api/search?q=Tokayev&type=agree").get("results"), "article")));
    assertEquals(Set.of("astana-2023-02-28"), Set.copyOf(texts(client.json(
        "/api/search?q=Tokayev&from=2023-01-01&to=2023-12-31").get("results"), "article")));
  }

  @Test
  void searchPagesAreCountedAndCapped() {
    JsonNode r = client.json("/api/search?q=Tokayev&size=1&page=2");
    assertEquals(1, r.get("results").size());
    assertEquals(2, r.get("page").asInt());
    assertTrue(r.get("total").asInt() >= 3);
    assertEquals(r.get("total").asInt(), r.get("pages").asInt());
    assertEquals(0, client.json("/api/search?q=Tokayev&page=99").get("results").size());
  }

  @Test
  void articleCarriesTextAndEveryAnnotationWithItsRule() {
    JsonNode a = client.json("/api/articles/astana-2022-10-12");
    String text = a.get("text").asText();
    assertEquals(WebFixtures.astana().article().text(), text);
    assertEquals("Türkiye backs Kazakhstan's territorial integrity", a.get("metadata").get("title").asText());
    assertEquals("header", a.get("publishedBasis").asText());
    assertEquals("Astana", a.get("dateline").get("place").asText());
    JsonNode tokayev = null;
    for (JsonNode e : a.get("entities")) {
      if (e.get("id").asText().equals("person:kassym-jomart-tokayev")) {
        tokayev = e;
      }
    }
    assertNotNull(tokayev);
    assertEquals("President of Kazakhstan", tokayev.get("role").asText());
    JsonNode m = tokayev.get("mentions").get(1);
    assertEquals("surname", m.get("rule").asText());
    assertEquals("Tokayev", text.substring(m.get("start").asInt(), m.get("end").asInt()));
    JsonNode q = a.get("quotes").get(0);
    assertEquals("Kassym-Jomart Tokayev", q.get("speaker").get("name").asText());
    assertEquals("cue-after", q.get("rule").asText());
    JsonNode ev = a.get("events").get(0);
    assertEquals("SUPPORT", ev.get("type").asText());
    assertEquals("Türkiye", ev.get("source").get("name").asText());
    assertEquals("Kazakhstan", ev.get("target").get("name").asText());
    assertEquals("future", ev.get("modality").asText());
    assertEquals("support", ev.get("trigger").asText());
    assertEquals(WebFixtures.SUPPORT_EVIDENCE,
        text.substring(ev.get("evidence").get("start").asInt(), ev.get("evidence").get("end").asInt()));
    assertTrue(text.substring(ev.get("sentence").get("start").asInt(), ev.get("sentence").get("end").asInt())
        .endsWith("said on Tuesday."));
    assertEquals("2022-10-11", a.get("timexes").get(0).get("value").asText());
  }

  /** encodeURIComponent, as the page encodes path segments. */
  static String component(String s) {
    return enc(s).replace("+", "%20");
  }

  @Test
  void articleIdsWithSlashesAndMarkupAreReachable() {
    JsonNode a = client.json("/api/articles/" + component(WebFixtures.ODD_ID));
    assertEquals(WebFixtures.ODD_ID, a.get("id").asText());
  }

  @Test
  void markupInAnArticleIsReturnedAsText() {
    HttpResponse<String> r = client.get("/api/articles/" + WebFixtures.XSS_ID);
    assertEquals(200, r.statusCode());
    assertEquals("application/json;charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
    assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElseThrow());
    JsonNode a = ApiClient.parse(r.body());
    assertEquals(WebFixtures.XSS_TEXT, a.get("text").asText());
    assertEquals("<img src=x onerror=alert(2)>", a.get("metadata").get("title").asText());
  }

  @Test
  void entityHasNamesOfficeCountsTimelineAndMonths() {
    JsonNode e = client.json("/api/entities/person:kassym-jomart-tokayev");
    assertEquals("Kassym-Jomart Tokayev", e.get("name").asText());
    assertEquals("PERSON", e.get("type").asText());
    assertEquals("KAZ", e.get("country").asText());
    assertEquals("President of Kazakhstan", e.get("role").asText());
    assertTrue(texts(e.get("aliases"), "x").size() >= 4);
    assertTrue(e.get("aliases").toString().contains("Toqaev"), e.get("aliases").toString());
    assertEquals(3, e.get("quoteCount").asInt());
    assertEquals(3, e.get("articleCount").asInt());
    assertEquals(2, e.get("eventsCounted").asInt());
    assertEquals("[{\"month\":\"2022-09\",\"count\":1},{\"month\":\"2023-02\",\"count\":1}]",
        e.get("eventsPerMonth").toString());
    List<String> kinds = texts(e.get("timeline"), "kind");
    assertEquals(List.of("EVENT", "QUOTE", "QUOTE", "EVENT", "QUOTE"), kinds);
    JsonNode consult = e.get("timeline").get(0).get("event");
    assertEquals("CONSULT", consult.get("type").asText());
    assertEquals("Shavkat Mirziyoyev", consult.get("source").get("name").asText());
    JsonNode evidence = consult.get("evidence");
    String text = WebFixtures.samarkand().article().text();
    assertEquals("samarkand-2022-09-16", evidence.get("article").asText());
    assertEquals("SAMARKAND, Uzbekistan -- Shavkat Mirziyoyev met Tokayev in Samarkand on Friday.",
        text.substring(evidence.get("sentence").get("start").asInt(), evidence.get("sentence").get("end").asInt()));
  }

  @Test
  void quotesOfASpeakerArePaged() {
    JsonNode r = client.json("/api/quotes?speaker=person:kassym-jomart-tokayev&size=2");
    assertEquals(3, r.get("total").asInt());
    assertEquals(2, r.get("pages").asInt());
    assertEquals(2, r.get("results").size());
    JsonNode newest = r.get("results").get(0);
    assertEquals("astana-2023-02-28", newest.get("article").asText());
    assertEquals("Kazakhstan values the friendship of the Turkic states.", newest.get("text").asText());
    assertEquals(1, client.json("/api/quotes?speaker=person:kassym-jomart-tokayev&size=2&page=2")
        .get("results").size());
  }

  @Test
  void eventsAreFilteredAndCarryEvidence() {
    JsonNode r = client.json("/api/events?actor=country:tur&target=country:kaz&type=SUPPORT&issue=territorial");
    assertEquals(2, r.get("total").asInt());
    JsonNode newest = r.get("results").get(0);
    assertEquals("2023-02-28", newest.get("date").asText());
    assertEquals("Türkiye", newest.get("source").get("name").asText());
    assertEquals("territorial integrity", newest.get("issue").asText());
    assertEquals(false, newest.get("negated").asBoolean());
    assertEquals("Ankara reaffirmed its support for the territorial integrity of Kazakhstan",
        newest.get("evidence").get("text").asText());
    assertEquals(1, client.json("/api/events?type=ACCUSE").get("total").asInt());
    assertEquals(0, client.json("/api/events?from=2024-01-01").get("total").asInt());
  }

  @Test
  void networkWeighsDyadsAndNamesNodes() {
    JsonNode n = client.json("/api/network");
    JsonNode heaviest = n.get("edges").get(0);
    assertEquals("{\"source\":\"country:tur\",\"target\":\"country:kaz\",\"type\":\"SUPPORT\",\"weight\":2}",
        heaviest.toString());
    assertEquals(5, n.get("totalEdges").asInt());
    assertFalse(n.get("truncated").asBoolean());
    assertTrue(texts(n.get("nodes"), "name").containsAll(List.of("Türkiye", "Kazakhstan", "Kassym-Jomart Tokayev")));
    JsonNode tokayev = client.json("/api/network?actor=person:kassym-jomart-tokayev");
    assertEquals(2, tokayev.get("edges").size());
    assertEquals(1, client.json("/api/network?type=ACCUSE&from=2023-01-01&to=2023-12-31").get("edges").size());
  }

  @Test
  void positionsMatrixAnswersWhoSupportedWhoseTerritorialIntegrity() {
    JsonNode p = client.json("/api/positions?issue=" + enc("territorial integrity") + "&type=SUPPORT");
    assertEquals(List.of("country:tur"), texts(p.get("sources"), "id"));
    assertEquals(List.of("country:kaz"), texts(p.get("targets"), "id"));
    assertEquals(1, p.get("cells").size());
    JsonNode cell = p.get("cells").get(0);
    assertEquals(2, cell.get("count").asInt());
    assertEquals("2022-10-11", cell.get("first").asText());
    assertEquals("2023-02-28", cell.get("last").asText());
    JsonNode first = cell.get("events").get(0);
    assertEquals(WebFixtures.SUPPORT_EVIDENCE, first.get("evidence").get("text").asText());
    assertEquals("future", first.get("modality").asText());
    assertEquals("astana-2022-10-12", first.get("evidence").get("article").asText());
    assertEquals(2, p.get("total").asInt());
    assertEquals(0, client.json("/api/positions?issue=nuclear&type=SUPPORT").get("cells").size());
  }

  @ParameterizedTest
  @CsvSource({
      "/api/search?q=x&from=2022-13-01, from",
      "/api/search?q=x&to=yesterday, to",
      "/api/search?q=x&type=HUG, type",
      "/api/search?q=x&page=0, page",
      "/api/search?q=x&page=-3, page",
      "/api/search?q=x&size=201, size",
      "/api/search?q=x&size=ten, size",
      "/api/search?q=%22unclosed, q",
      "/api/search?q=Tokayev-, q",
      "/api/search?q=%28, q",
      "/api/search, q",
      "/api/search?q=%20, q",
      "/api/search?q=x&country=KZ, country",
      "/api/search?q=x&actor=Tokayev, actor",
      "/api/search?q=x&qq=1, qq",
      "/api/search?q=x&q=y, q",
      "/api/events?from=2023-01-01&to=2022-01-01, from",
      "/api/events?page=abc, page",
      "/api/events?type=hugs, type",
      "/api/network?type=x, type",
      "/api/network?from=2023-02-30, from",
      "/api/positions?to=yesterday, to",
      "/api/positions?type=SUPPORTS, type",
      "/api/quotes, speaker",
      "/api/quotes?speaker=person:kassym-jomart-tokayev&size=1000, size",
      "/api/articles/astana-2022-10-12?full=1, full"})
  void invalidParametersAre400NamingTheParameter(String url, String parameter) {
    HttpResponse<String> r = client.get(url);
    assertEquals(400, r.statusCode(), r.body());
    JsonNode body = ApiClient.parse(r.body());
    assertEquals(400, body.get("status").asInt());
    assertEquals(parameter, body.get("parameter").asText(), r.body());
    assertTrue(body.get("error").asText().contains(parameter), r.body());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/articles/no-such-article", "/api/entities/person:nobody",
      "/api/entities/not-an-id", "/api/nothing", "/nothing.html", "/js/nothing.js", "/api"})
  void unknownIdsAndPathsAre404(String url) {
    HttpResponse<String> r = client.get(url);
    assertEquals(404, r.statusCode(), r.body());
    assertEquals(404, ApiClient.parse(r.body()).get("status").asInt());
  }

  @ParameterizedTest
  @CsvSource({"POST, /api/search?q=x", "PUT, /api/articles/astana-2022-10-12", "DELETE, /api/entities/country:kaz",
      "PATCH, /api/events", "POST, /", "DELETE, /index.html", "POST, /api/nothing"})
  void writingMethodsAre405(String method, String url) {
    HttpResponse<String> r = client.send(method, url);
    assertEquals(405, r.statusCode(), r.body());
    assertEquals("GET, HEAD", r.headers().firstValue("Allow").orElseThrow());
    assertTrue(ApiClient.parse(r.body()).get("error").asText().contains("read-only"));
  }

  @Test
  void headIsAnsweredLikeGetWithoutBody() {
    HttpResponse<String> r = client.send("HEAD", "/api/search?q=Tokayev");
    assertEquals(200, r.statusCode());
    assertEquals("", r.body());
    assertEquals(200, client.send("HEAD", "/").statusCode());
    assertEquals(404, client.send("HEAD", "/api/articles/none").statusCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/%2e%2e/", "/js/..%2f..%2fapp.js",
      "/..%5c..%5cetc%5cpasswd", "/js/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/org/demarche/web/index.html",
      "/META-INF/MANIFEST.MF", "/org/demarche/app/web/WebServer.class", "/WebServer.class", "//etc/passwd",
      "/%00index.html", "/index.html%00.js"})
  void pathTraversalIsRefused(String target) {
    String answer = client.raw(target);
    int status = ApiClient.status(answer);
    assertTrue(status >= 400 && status < 500, target + " answered " + answer);
    assertFalse(answer.contains("root:"), answer);
    assertFalse(answer.contains("Demarche workbench"), answer);
    assertFalse(answer.contains("\u00ca\u00fe\u00ba\u00be"), "a class file was served");
  }

  @Test
  void pageIsServedWithSecurityHeadersAndNoInlineScript() {
    HttpResponse<String> r = client.get("/");
    assertEquals(200, r.statusCode());
    assertEquals("text/html;charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
    String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertEquals(WebServer.CONTENT_SECURITY_POLICY, csp);
    assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe"), csp);
    assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElseThrow());
    Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(r.body());
    int count = 0;
    while (scripts.find()) {
      assertTrue(scripts.group(1).contains("src="), "inline script: " + scripts.group());
      count++;
    }
    assertEquals(1, count);
    assertFalse(r.body().matches("(?s).*\\son[a-z]+=.*"), "inline handler in index.html");
    HttpResponse<String> js = client.get("/js/app.js");
    assertEquals("text/javascript;charset=utf-8",
        js.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""));
    assertTrue(client.get("/api/search?q=x").headers().firstValue("Content-Security-Policy").isPresent());
  }

  @Test
  void theScriptsNeverParseDataAsHtml() {
    for (String file : List.of("app", "dom", "api", "search", "article", "entity", "network", "positions",
        "events", "chart")) {
      String js = client.get("/js/" + file + ".js").body();
      assertFalse(js.isBlank(), file);
      for (String sink : List.of("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
          "new Function")) {
        assertFalse(js.contains(sink), file + ".js uses " + sink);
      }
    }
  }

  @Test
  void openApiDescribesEveryEndpointAndItsParameters() {
    JsonNode spec = client.json("/openapi.json");
    assertTrue(spec.get("openapi").asText().startsWith("3."));
    JsonNode paths = spec.get("paths");
    assertEquals(new TreeSet<>(List.of("/api/search", "/api/articles/{id}", "/api/entities/{id}", "/api/quotes",
        "/api/events", "/api/network", "/api/positions")), new TreeSet<>(iterable(paths.fieldNames())));
    assertEquals(SearchApi.PARAMS, queryParams(paths.get("/api/search")));
    assertEquals(EntityApi.QUOTE_PARAMS, queryParams(paths.get("/api/quotes")));
    assertEquals(EventApi.EVENT_PARAMS, queryParams(paths.get("/api/events")));
    assertEquals(EventApi.NETWORK_PARAMS, queryParams(paths.get("/api/network")));
    assertEquals(PositionsApi.PARAMS, queryParams(paths.get("/api/positions")));
  }

  private static Set<String> queryParams(JsonNode path) {
    Set<String> names = new TreeSet<>();
    path.get("get").get("parameters").forEach(p -> {
      if (p.get("in").asText().equals("query")) {
        names.add(p.get("name").asText());
      }
    });
    return names;
  }

  private static List<String> iterable(java.util.Iterator<String> it) {
    List<String> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }
}
