package org.demarche.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.demarche.model.Article;
import org.demarche.model.Extraction;
import org.demarche.model.Quote;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for quotes: each {@code src/test/resources/golden/quote/<case>.txt}, an article
 * written for the project that exercises one quote form or one attribution sieve, goes through
 * the standard pipeline; its quotes (words, speaker id, speaker words, cue, rule) must equal
 * {@code <case>.expected.json}. Regenerate after a deliberate change with
 * {@code mvn -pl core test -Dtest=QuoteGoldenTest -Ddemarche.golden.update=true}, then review
 * the diff of the expected files.
 */
class QuoteGoldenTest {

  static final Path DIR = Paths.get("src/test/resources/golden/quote");
  static final boolean UPDATE = Boolean.getBoolean("demarche.golden.update");
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
          .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void quotesMatchTheGoldenFile(String name) throws IOException {
    List<Article> articles = QuotePipeline.read(DIR.resolve(name + ".txt"));
    assertEquals(1, articles.size(), "one article per golden text");
    Extraction x = QuotePipeline.get().process(articles.get(0));
    compare(DIR.resolve(name + ".expected.json"), render(x, true));
  }

  /** The quotes of {@code x} as the golden files hold them; with or without the quoted words. */
  static String render(Extraction x, boolean withText) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode quotes = root.putArray("quotes");
    for (Quote q : x.quotes()) {
      ObjectNode n = quotes.addObject();
      if (withText) {
        n.put("text", q.text());
      }
      n.put("start", q.start());
      n.put("end", q.end());
      n.put("speaker", q.speakerId());
      n.put("speakerText", q.speakerText());
      n.put("cue", q.cue());
      n.put("rule", q.rule());
    }
    return JSON.writeValueAsString(root) + "\n";
  }

  /** Asserts {@code actual} equals the file, or rewrites the file in update mode. */
  static void compare(Path expectedFile, String actual) throws IOException {
    if (UPDATE) {
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
      return;
    }
    String expected = Files.exists(expectedFile) ? Files.readString(expectedFile, StandardCharsets.UTF_8) : "";
    assertEquals(expected, actual, "golden file " + expectedFile
        + " (regenerate with -Ddemarche.golden.update=true and review the diff)");
  }
}
