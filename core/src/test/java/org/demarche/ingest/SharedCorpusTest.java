package org.demarche.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.demarche.model.Article;
import org.demarche.model.Dateline;
import org.demarche.model.Span;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Reads the real articles in {@code shared/corpus} (never copied into the project) and checks
 * the publication dates against the gold, as the pipeline will compute them: header, then
 * metadata, then a dateline with its year.
 */
class SharedCorpusTest {

  private static Path corpus() {
    String shared = System.getProperty("demarche.shared");
    Path corpus = shared == null ? null : Path.of(shared, "corpus");
    Assumptions.assumeTrue(corpus != null && Files.isDirectory(corpus.resolve("seeds")),
        "shared corpus not found (system property demarche.shared)");
    return corpus;
  }

  private static Map<String, String> goldPublished(Path gold) throws IOException {
    Map<String, String> published = new LinkedHashMap<>();
    for (JsonNode doc : new ObjectMapper().readTree(gold.toFile()).get("docs")) {
      if (doc.has("published")) {
        JsonNode value = doc.get("published");
        published.put(doc.get("id").asText(), value.isNull() ? null : value.asText());
      }
    }
    return published;
  }

  private static Map<String, Article> read(Path dir) {
    CollectingSink sink = new CollectingSink();
    new Inputs().read(List.of(dir.toString()), sink);
    assertEquals(List.of(), sink.problems);
    Map<String, Article> articles = new LinkedHashMap<>();
    sink.articles.forEach(a -> articles.put(a.id(), a));
    return articles;
  }

  private static Map<String, String> published(
      Map<String, Article> articles, Map<String, String> gold) {
    DatelineParser parser = new DatelineParser();
    Map<String, String> found = new LinkedHashMap<>();
    for (String id : gold.keySet()) {
      Article article = articles.get(id);
      Dateline dateline = parser.parse(article.text(), article.published());
      found.put(id, PublicationDate.choose(article, dateline)
          .map(d -> d.date().toString()).orElse(null));
    }
    return found;
  }

  @Test
  void seedPublicationDatesMatchTheGold() throws IOException {
    Path corpus = corpus();
    Map<String, String> gold = goldPublished(corpus.resolve("seeds.gold.json"));

    assertEquals(gold, published(read(corpus.resolve("seeds")), gold));
  }

  @Test
  void devPublicationDatesMatchTheGold() throws IOException {
    Path corpus = corpus();
    Map<String, String> gold = goldPublished(corpus.resolve("dev.gold.json"));

    assertEquals(gold, published(read(corpus.resolve("dev/articles")), gold));
  }

  @Test
  void everyArticleIsReadWithItsFileNameAsId() {
    Path corpus = corpus();

    assertEquals(5, read(corpus.resolve("seeds")).size());
    assertEquals(20, read(corpus.resolve("dev/articles")).size());
  }

  @Test
  void seedDatelinesAreFound() {
    Map<String, Article> seeds = read(corpus().resolve("seeds"));
    DatelineParser parser = new DatelineParser();
    Map<String, Dateline> found = new LinkedHashMap<>();
    seeds.forEach((id, a) -> found.put(id, parser.parse(a.text(), a.published())));

    Map<String, Dateline> expected = new LinkedHashMap<>();
    expected.put("000_f553db9300ffcf29", new Dateline("SAMARKAND, Uzbekistan --", new Span(0, 24),
        "Samarkand", "UZB", null, null));
    expected.put("001_1f8bb026f1a6b44d", null);
    expected.put("002_b6cf7522403e4350", null);
    int astana = seeds.get("003_9243b6f4ffb81357").text().indexOf("Astana, Feb 28");
    expected.put("003_9243b6f4ffb81357", new Dateline("Astana, Feb 28 (EFE).-",
        new Span(astana, astana + 22), "Astana", "KAZ", "EFE", null));
    expected.put("004_26871683d280553f", new Dateline("(MENAFN- AzerNews)", new Span(0, 18),
        null, null, "AzerNews", null));
    assertEquals(expected, found);
  }

  @Test
  void headerDateIsStrippedSoTheTextStartsAtTheBody() {
    Article article = read(corpus().resolve("seeds")).get("001_1f8bb026f1a6b44d");

    assertEquals(LocalDate.of(2025, 10, 7), article.published());
    assertEquals("Speaking", article.text().substring(0, 8));
  }
}
