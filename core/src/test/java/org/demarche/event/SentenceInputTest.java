package org.demarche.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.demarche.ingest.ArticleSink;
import org.demarche.ingest.Inputs;
import org.demarche.model.Article;
import org.demarche.model.Event;
import org.demarche.model.Problem;
import org.junit.jupiter.api.Test;

/**
 * Sentence-level input, as the PLOVER gold-standard records come: JSON Lines of single
 * sentences, each with its id and date, go through the same reader and pipeline as articles.
 */
class SentenceInputTest {

  @Test
  void eachSentenceIsAnArticleWithItsIdDateAndEvents() throws URISyntaxException {
    Path file = Path.of(getClass().getResource("sentences.jsonl").toURI());
    List<Article> read = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    new Inputs().read(List.of(file.toString()), new ArticleSink() {
      @Override
      public void article(Article article) {
        read.add(article);
      }

      @Override
      public void problem(Problem problem) {
        problems.add(problem);
      }
    });
    Map<String, List<String>> coded = new LinkedHashMap<>();
    for (Article a : read) {
      List<String> events = new ArrayList<>();
      for (Event e : SharedPipeline.get().process(a).events()) {
        if (!e.negated()) {
          events.add(e.type() + " " + e.source().country() + ">" + (e.target() == null ? "-" : e.target().country())
              + " " + e.date());
        }
      }
      coded.put(a.id() + " " + a.published(), events);
    }
    assertEquals(List.of(), problems);
    assertEquals(Map.of(
        "sent-1 2024-03-05", List.of("AGREE KAZ>UZB 2024-03-05"),
        "sent-2 2024-03-06", List.of("ASSAULT TJK>KGZ 2024-03-06"),
        "sent-3 2024-03-07", List.of("REJECT GEO>RUS 2024-03-07")), coded);
    assertEquals(LocalDate.of(2024, 3, 5), read.get(0).published());
  }
}
