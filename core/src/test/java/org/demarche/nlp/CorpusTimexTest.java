package org.demarche.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.demarche.model.AnnotatedArticle;
import org.demarche.model.Article;
import org.demarche.model.Timex;
import org.junit.jupiter.api.Test;

/**
 * The gold time expressions of the shared corpus are found with the right value, matched as the
 * scorer ({@code ../shared/eval/score.py}) matches them: the texts contain each other and the
 * value starts with the gold value. Skipped when {@code ../shared} is absent.
 */
class CorpusTimexTest {

  private static final String QUOTES = "\"'“”‘’«»„‟‹›`";

  @Test
  void seedTimexesAreFound() throws IOException {
    List<String> misses = misses("seeds.gold.json", "seeds");
    assertEquals(List.of(), misses);
  }

  @Test
  void devTimexesAreFound() throws IOException {
    List<String> misses = misses("dev.gold.json", "dev/articles");
    assertEquals(List.of(), misses);
  }

  private static List<String> misses(String gold, String folder) throws IOException {
    Path shared = CorpusArticles.shared();
    assumeTrue(shared != null, "../shared/corpus not found (property demarche.shared)");
    Path corpus = shared.resolve("corpus");
    JsonNode docs = new ObjectMapper().readTree(corpus.resolve(gold).toFile()).get("docs");
    CoreNlpAnnotator annotator = SharedAnnotator.get();
    List<String> misses = new ArrayList<>();
    int total = 0;
    for (JsonNode doc : docs) {
      if (doc.path("timexes").isEmpty()) {
        continue;
      }
      Path file = corpus.resolve(folder).resolve(doc.get("id").asText() + ".txt");
      if (!Files.exists(file)) {
        misses.add("missing article " + file);
        continue;
      }
      Article article = CorpusArticles.read(file);
      AnnotatedArticle a = annotator.annotate(article);
      for (JsonNode g : doc.get("timexes")) {
        total++;
        String want = norm(g.get("text").asText());
        String value = g.get("value").asText();
        List<Timex> hits = a.timexes().stream().filter(t -> {
          String got = norm(t.text());
          return got.contains(want) || (!got.isEmpty() && want.contains(got));
        }).toList();
        if (hits.stream().noneMatch(t -> t.value() != null && t.value().startsWith(value))) {
          misses.add(article.id() + " '" + g.get("text").asText() + "' want " + value + " got "
              + hits.stream().map(Timex::value).toList());
        }
      }
    }
    System.out.printf("%s: %d of %d gold timexes found%n", gold, total - misses.size(), total);
    return misses;
  }

  /** The scorer's normalization: NFKC, outer quotes and punctuation stripped, spaces folded. */
  private static String norm(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
    int b = 0;
    int e = n.length();
    while (b < e && strip(n.charAt(b))) {
      b++;
    }
    while (e > b && strip(n.charAt(e - 1))) {
      e--;
    }
    return n.substring(b, e).replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
  }

  private static boolean strip(char c) {
    return QUOTES.indexOf(c) >= 0 || " \t\n.,;:".indexOf(c) >= 0;
  }
}
