package org.demarche.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.demarche.ingest.DatelineParser;
import org.demarche.ingest.Inputs;
import org.demarche.model.AnnotatedArticle;
import org.demarche.model.Problem;
import org.demarche.model.ResolvedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchExtractorTest {

  @TempDir Path dir;

  /** A pipeline whose NLP stage sleeps as long as the article text says ("sleep 300") or throws ("fail"). */
  private static Pipeline sleeping() {
    return new Pipeline(new DatelineParser(),
        (article, dateline) -> {
          String t = article.text().trim();
          if (t.startsWith("fail")) {
            throw new IllegalStateException("stage failed on purpose");
          }
          if (t.startsWith("sleep ")) {
            try {
              Thread.sleep(Long.parseLong(t.substring(6)));
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          return new AnnotatedArticle(article, dateline, List.of(), List.of(), List.of());
        },
        a -> new ResolvedArticle(a, List.of(), List.of()),
        r -> List.of(),
        (r, q) -> List.of());
  }

  private List<String> files(String... texts) throws Exception {
    for (int i = 0; i < texts.length; i++) {
      Files.writeString(dir.resolve("a" + i + ".txt"), texts[i]);
    }
    return List.of(dir.toString());
  }

  @Test
  void extractionsComeOutInInputOrderWhenEarlierOnesAreSlower() throws Exception {
    List<String> ids = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    BatchExtractor.Summary s = new BatchExtractor(sleeping(), 2, Duration.ofSeconds(30)).run(new Inputs(),
        files("sleep 400", "sleep 10", "sleep 200", "sleep 0"), x -> ids.add(x.article().id()), problems::add);
    assertEquals(List.of("a0", "a1", "a2", "a3"), ids);
    assertEquals(List.of(), problems);
    assertEquals(new BatchExtractor.Summary(4, 4, 0), s);
  }

  @Test
  void aFailingOrSlowArticleIsReportedAndTheBatchGoesOn() throws Exception {
    List<String> ids = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    BatchExtractor.Summary s = new BatchExtractor(sleeping(), 1, Duration.ofSeconds(1)).run(new Inputs(),
        files("fail now", "sleep 3000", "sleep 0"), x -> ids.add(x.article().id()), p -> problems.add(p.reason()));
    assertEquals(List.of("a2"), ids);
    assertEquals(List.of(
        "article a0 could not be extracted: java.lang.IllegalStateException: stage failed on purpose",
        "article a1 took longer than 1 s; skipped"), problems);
    assertEquals(new BatchExtractor.Summary(3, 1, 2), s);
  }

  /** Regression: time spent queued behind other articles once counted against an article's budget. */
  @Test
  void timeQueuedBehindOtherArticlesDoesNotCountAgainstTheBudget() throws Exception {
    List<String> ids = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    new BatchExtractor(sleeping(), 1, Duration.ofSeconds(1)).run(new Inputs(),
        files("sleep 600", "sleep 600", "sleep 600"), x -> ids.add(x.article().id()), problems::add);
    assertEquals(List.of("a0", "a1", "a2"), ids);
    assertEquals(List.of(), problems);
  }
}
