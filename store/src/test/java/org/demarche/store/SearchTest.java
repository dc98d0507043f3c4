package org.demarche.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.demarche.model.PloverType;
import org.demarche.model.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchTest {

  @TempDir
  Path dir;

  private Path file;
  private Database db;

  @BeforeEach
  void fill() {
    file = dir.resolve("demarche.db");
    db = Database.open(file);
    db.store(Fixtures.rich("rich"));
    db.store(Fixtures.plain("plain", LocalDate.of(2024, 3, 1),
        "Kazakhstan hosted the summit on territorial questions.", Fixtures.KAZAKHSTAN));
  }

  @org.junit.jupiter.api.AfterEach
  void close() {
    db.close();
  }

  private List<String> hits(String query, SearchFilter filter) {
    return db.search(query, filter, 1, 50).items().stream()
        .map(h -> h.kind() + " " + h.articleId()).toList();
  }

  @Test
  void findsAWordOfArticleText() {
    assertEquals(List.of("ARTICLE plain"), hits("summit", SearchFilter.none()));
  }

  @Test
  void findsAWordOfAQuoteAsArticleAndQuoteHits() {
    Page<SearchHit> page = db.search("unbreakable", SearchFilter.none(), 1, 50);
    assertEquals(2, page.total());
    SearchHit quote = page.items().stream().filter(h -> h.kind() == HitKind.QUOTE).findFirst().orElseThrow();
    assertEquals(Fixtures.span(Fixtures.RICH_TEXT, "Cooperation is unbreakable,"), quote.quoteSpan());
    assertEquals(null, quote.speakerId());
    assertEquals("Cooperation is unbreakable,", quote.snippet());
    assertEquals(List.of(new Span(15, 26)), quote.highlights());
  }

  @Test
  void quoteHitCarriesItsSpeaker() {
    SearchHit hit = db.search("поддержку", SearchFilter.none(), 1, 50).items().stream()
        .filter(h -> h.kind() == HitKind.QUOTE).findFirst().orElseThrow();
    assertEquals(Fixtures.TOKAYEV.id(), hit.speakerId());
    assertEquals(LocalDate.of(2022, 10, 12), hit.published());
    assertEquals("RFE/RL", hit.outlet());
  }

  @Test
  void diacriticsAndCaseDoNotMatter() {
    assertEquals(List.of("ARTICLE rich"), hits("turkiye", SearchFilter.none()));
    assertEquals(List.of("ARTICLE rich"), hits("CAVUSOGLU", SearchFilter.none()));
  }

  @Test
  void markupIsSearchableTextAndComesBackRaw() {
    SearchHit hit = db.search("script", SearchFilter.none(), 1, 50).items().get(0);
    assertTrue(hit.snippet().contains("<script>alert('x')</script>"), hit.snippet());
    Span first = hit.highlights().get(0);
    assertEquals("script", hit.snippet().substring(first.start(), first.end()));
  }

  @Test
  void filtersRestrictTheArticles() {
    String both = "territorial";
    assertEquals(List.of("ARTICLE plain", "ARTICLE rich").stream().sorted().toList(),
        hits(both, SearchFilter.none()).stream().sorted().toList());
    assertEquals(List.of("ARTICLE rich"),
        hits(both, new SearchFilter(Fixtures.TURKIYE.id(), null, null, null, null)));
    assertEquals(List.of("ARTICLE rich"), hits(both, new SearchFilter(null, "TUR", null, null, null)));
    assertEquals(List.of("ARTICLE rich"),
        hits(both, new SearchFilter(null, null, PloverType.SUPPORT, null, null)));
    assertEquals(List.of(), hits(both, new SearchFilter(null, null, PloverType.ASSAULT, null, null)));
    assertEquals(List.of("ARTICLE plain"),
        hits(both, new SearchFilter(null, null, null, LocalDate.of(2023, 1, 1), null)));
    assertEquals(List.of("ARTICLE rich"),
        hits(both, new SearchFilter(null, null, null, null, LocalDate.of(2022, 10, 12))));
  }

  @Test
  void pagesAreCappedAndNumberedFromOne() {
    Page<SearchHit> page = db.search("territorial OR unbreakable", SearchFilter.none(), 2, 1000);
    assertEquals(Page.MAX_SIZE, page.size());
    assertEquals(List.of(), page.items());
    assertEquals(3, page.total(), "two articles and one quote");
    Page<SearchHit> second = db.search("territorial OR unbreakable", SearchFilter.none(), 2, 2);
    assertEquals(1, second.items().size());
    assertEquals(2, second.pages());
    assertThrows(IllegalArgumentException.class, () -> db.search("x", SearchFilter.none(), 0, 10));
    assertThrows(IllegalArgumentException.class, () -> db.search("x", SearchFilter.none(), 1, 0));
    assertThrows(IllegalArgumentException.class, () -> db.search(" ", SearchFilter.none(), 1, 10));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"unbalanced", "'; DROP TABLE articles; --", "nosuchcolumn:word",
      "AND OR", "x\" OR 1=1 --", "*", "NEAR(", ")"})
  void maliciousQueryIsRejectedOrFindsNothingAndChangesNothing(String query) throws Exception {
    Map<String, Long> before = Tables.counts(file);
    try {
      Page<SearchHit> page = db.search(query, SearchFilter.none(), 1, 10);
      assertEquals(0, page.total(), query);
    } catch (IllegalArgumentException e) {
      assertTrue(e.getMessage().startsWith("invalid search query '" + query + "': "), e.getMessage());
    }
    assertEquals(before, Tables.counts(file));
    assertEquals(2, db.articleCount());
  }

  @Test
  void syntaxErrorMessageSaysWhatIsWrong() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> db.search("\"unbalanced", SearchFilter.none(), 1, 10));
    assertEquals("invalid search query '\"unbalanced': unterminated string", e.getMessage());
  }
}
