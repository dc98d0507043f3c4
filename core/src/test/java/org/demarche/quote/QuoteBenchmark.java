package org.demarche.quote;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.demarche.ingest.DatelineParser;
import org.demarche.model.Article;
import org.demarche.model.ResolvedArticle;
import org.demarche.nlp.CoreNlpAnnotator;
import org.demarche.nlp.NlpConfig;
import org.demarche.resolve.GazetteerActorResolver;
import org.demarche.resolve.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;

/**
 * The cost of the quote stage alone: milliseconds per article of
 * {@link SieveQuoteAttributor#attribute} on the seed and dev articles of {@code ../shared} and
 * the project's samples, after NLP and actor resolution, warm. CPU time of the measuring thread
 * is reported beside wall time because it is less disturbed by other processes. Skipped unless
 * {@code -Ddemarche.bench=true}: run with
 * {@code mvn -pl core test -Dtest=QuoteBenchmark -Ddemarche.bench=true}.
 */
class QuoteBenchmark {

  private static final int WARM_UP = 200;
  private static final int ROUNDS = 500;

  @Test
  void measure() throws IOException {
    assumeTrue(Boolean.getBoolean("demarche.bench"), "benchmark runs with -Ddemarche.bench=true");
    List<Path> dirs = new ArrayList<>();
    String shared = System.getProperty("demarche.shared");
    if (shared != null) {
      dirs.add(Paths.get(shared, "corpus", "seeds"));
      dirs.add(Paths.get(shared, "corpus", "dev", "articles"));
    }
    String samples = System.getProperty("demarche.samples");
    if (samples != null) {
      dirs.add(Paths.get(samples));
    }
    List<Article> articles = new ArrayList<>();
    for (Path dir : dirs) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.list(dir)) {
          for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
            articles.addAll(QuotePipeline.read(f));
          }
        }
      }
    }
    assumeTrue(!articles.isEmpty(), "no articles found (properties demarche.shared, demarche.samples)");

    Gazetteer gazetteer = Gazetteer.loadDefault();
    CoreNlpAnnotator nlp = new CoreNlpAnnotator(NlpConfig.defaults().withThreads(1));
    GazetteerActorResolver resolver = new GazetteerActorResolver(gazetteer);
    DatelineParser datelines = new DatelineParser();
    List<ResolvedArticle> resolved = new ArrayList<>();
    for (Article a : articles) {
      resolved.add(resolver.resolve(nlp.annotate(a, datelines.parse(a.text(), a.published()))));
    }

    SieveQuoteAttributor quotes = new SieveQuoteAttributor(gazetteer);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int r = 0; r < WARM_UP; r++) {
      for (ResolvedArticle a : resolved) {
        quotes.attribute(a);
      }
    }
    long[] cpu = new long[resolved.size()];
    long[] wall = new long[resolved.size()];
    int quoteCount = 0;
    for (int r = 0; r < ROUNDS; r++) {
      for (int i = 0; i < resolved.size(); i++) {
        long c0 = threads.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        int n = quotes.attribute(resolved.get(i)).size();
        wall[i] += System.nanoTime() - w0;
        cpu[i] += threads.getCurrentThreadCpuTime() - c0;
        quoteCount += r == 0 ? n : 0;
      }
    }
    double[] perArticleCpu = Arrays.stream(cpu).mapToDouble(c -> c / 1e6 / ROUNDS).sorted().toArray();
    double meanCpu = Arrays.stream(perArticleCpu).average().orElse(0);
    double meanWall = Arrays.stream(wall).mapToDouble(w -> w / 1e6 / ROUNDS).average().orElse(0);
    System.out.printf("quote stage over %d articles (%d quotes), %d rounds warm:%n", resolved.size(),
        quoteCount, ROUNDS);
    System.out.printf("  cpu  mean %.3f ms/article, median %.3f, max %.3f%n", meanCpu,
        perArticleCpu[perArticleCpu.length / 2], perArticleCpu[perArticleCpu.length - 1]);
    System.out.printf("  wall mean %.3f ms/article%n", meanWall);
  }
}
