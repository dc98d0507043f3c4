package org.demarche.quote;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.demarche.model.Article;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files for the quotes of the five seed articles of {@code ../shared/corpus/seeds}: for
 * each, {@code golden/quote/seeds/<id>.expected.json} holds the quotes' offsets, speaker ids,
 * speaker words, cues and rules (not the words: the articles stay in {@code ../shared}). Skipped
 * when the {@code demarche.shared} property does not point at the shared folder. Regenerate with
 * {@code -Ddemarche.golden.update=true} like {@link QuoteGoldenTest}.
 */
class SeedQuotesTest {

  @TestFactory
  Stream<DynamicTest> seedQuotesMatchTheGoldenFiles() throws IOException {
    String shared = System.getProperty("demarche.shared");
    Path seeds = shared == null ? null : Paths.get(shared, "corpus", "seeds");
    assumeTrue(seeds != null && Files.isDirectory(seeds),
        "../shared/corpus/seeds not found (property demarche.shared): seed golden files skipped");
    Path golden = QuoteGoldenTest.DIR.resolve("seeds");
    Files.createDirectories(golden);
    List<Path> files;
    try (Stream<Path> list = Files.list(seeds)) {
      files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      for (Article a : QuotePipeline.read(file)) {
        String actual = QuoteGoldenTest.render(QuotePipeline.get().process(a), false);
        QuoteGoldenTest.compare(golden.resolve(a.id() + ".expected.json"), actual);
      }
    }));
  }
}
