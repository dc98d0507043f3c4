package org.demarche.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.demarche.model.Article;
import org.demarche.model.Dateline;
import org.demarche.model.PublishedBasis;
import org.demarche.model.Span;
import org.junit.jupiter.api.Test;

class PublicationDateTest {

  private static final Article UNDATED = Article.of("a", "ASTANA, Feb. 28, 2023 -- Text.");
  private static final Dateline WITH_YEAR = new Dateline("ASTANA, Feb. 28, 2023 --",
      new Span(0, 24), "Astana", "KAZ", null, LocalDate.of(2023, 2, 28));
  private static final Dateline YEAR_INFERRED = new Dateline("ASTANA, Feb 28 --",
      new Span(0, 17), "Astana", "KAZ", null, LocalDate.of(2023, 2, 28));

  @Test
  void headerWinsOverADatelineWithYear() {
    Article article = UNDATED.withPublished(LocalDate.of(2023, 3, 1), PublishedBasis.HEADER);

    assertEquals(Optional.of(new PublicationDate(LocalDate.of(2023, 3, 1), PublishedBasis.HEADER)),
        PublicationDate.choose(article, WITH_YEAR));
  }

  @Test
  void metadataWinsOverADatelineWithYear() {
    Article article = new Article("a", "a.jsonl:1", null, LocalDate.of(2023, 3, 2),
        PublishedBasis.METADATA, "Text.", Map.of());

    assertEquals(
        Optional.of(new PublicationDate(LocalDate.of(2023, 3, 2), PublishedBasis.METADATA)),
        PublicationDate.choose(article, WITH_YEAR));
  }

  @Test
  void datelineWithStatedYearDatesAnUndatedArticle() {
    assertEquals(
        Optional.of(new PublicationDate(LocalDate.of(2023, 2, 28), PublishedBasis.DATELINE)),
        PublicationDate.choose(UNDATED, WITH_YEAR));
  }

  @Test
  void datelineWhoseYearWasInferredDoesNotDateTheArticle() {
    assertEquals(Optional.empty(), PublicationDate.choose(UNDATED, YEAR_INFERRED));
  }

  @Test
  void datelineWithYearWinsOverAnInferredDate() {
    Article article = UNDATED.withPublished(LocalDate.of(2020, 1, 1), PublishedBasis.INFERRED);

    assertEquals(
        Optional.of(new PublicationDate(LocalDate.of(2023, 2, 28), PublishedBasis.DATELINE)),
        PublicationDate.choose(article, WITH_YEAR));
  }

  @Test
  void noDateAnywhereIsEmpty() {
    assertEquals(Optional.empty(), PublicationDate.choose(UNDATED, null));
  }
}
