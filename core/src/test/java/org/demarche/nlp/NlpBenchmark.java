package org.demarche.nlp;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.demarche.model.AnnotatedArticle;
import org.demarche.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Milliseconds per article on the five seed articles, warm, per configuration. The
 * configurations take turns round by round so that load from other processes spreads evenly;
 * CPU time of the annotating thread is reported beside wall time because it is less disturbed by
 * them. Skipped unless {@code -Ddemarche.bench=true}: run with
 * {@code mvn -pl core test -Dtest=NlpBenchmark -Ddemarche.bench=true}.
 */
class NlpBenchmark {

  /** Lemmas of typical event verbs and nouns, standing in for the event lexicon. */
  static final SentenceSelection EVENT_LEMMAS = CandidateSentences.withLemma("event lemmas", java.util.Set.of(
      "meet", "visit", "sign", "support", "condemn", "accuse", "attack", "call", "urge", "agree",
      "talk", "sanction", "deploy", "kill", "protest", "recognize", "threaten", "warn", "invade",
      "express", "meeting", "talks", "agreement", "treaty")::contains);

  private static final int ROUNDS = 8;

  @Test
  void measure() throws IOException {
    assumeTrue(Boolean.getBoolean("demarche.bench"), "benchmark runs with -Ddemarche.bench=true");
    Path shared = CorpusArticles.shared();
    assumeTrue(shared != null, "../shared/corpus not found (property demarche.shared)");
    List<Article> seeds = new ArrayList<>();
    try (Stream<Path> files = Files.list(shared.resolve("corpus/seeds"))) {
      for (Path f : files.sorted().toList()) {
        seeds.add(CorpusArticles.read(f));
      }
    }
    NlpConfig base = NlpConfig.defaults().withThreads(1);
    Map<String, CoreNlpAnnotator> configs = new LinkedHashMap<>();
    long load = System.nanoTime();
    configs.put("all: 3-class NER, SUTime, parse", new CoreNlpAnnotator(base));
    System.out.printf("models loaded in %.0f ms%n", (System.nanoTime() - load) / 1e6);
    configs.put("timex on date words only", new CoreNlpAnnotator(base.withTimex(CandidateSentences.dateWords())));
    configs.put("parse on event lemmas only", new CoreNlpAnnotator(base.withParse(EVENT_LEMMAS)));
    configs.put("parse NONE", new CoreNlpAnnotator(base.withParse(SentenceSelection.NONE)));
    configs.put("NER NONE, parse NONE",
        new CoreNlpAnnotator(base.withNer(false).withParse(SentenceSelection.NONE)));
    configs.put("NER, timex, parse NONE: tag and lemmatize",
        new CoreNlpAnnotator(base.withNer(false).withTimex(false).withParse(SentenceSelection.NONE)));
    for (int r = 0; r < 3; r++) {
      for (CoreNlpAnnotator a : configs.values()) {
        seeds.forEach(a::annotate); // warm-up
      }
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<String, long[]> totals = new LinkedHashMap<>(); // wall ns, cpu ns, sentences, parsed
    for (int r = 0; r < ROUNDS; r++) {
      for (Map.Entry<String, CoreNlpAnnotator> c : configs.entrySet()) {
        long[] t = totals.computeIfAbsent(c.getKey(), k -> new long[4]);
        long wall = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        for (Article a : seeds) {
          AnnotatedArticle out = c.getValue().annotate(a);
          t[2] += out.sentences().size();
          t[3] += out.sentences().stream().filter(s -> s.parsed()).count();
        }
        t[0] += System.nanoTime() - wall;
        t[1] += threads.getCurrentThreadCpuTime() - cpu;
      }
    }
    int n = ROUNDS * seeds.size();
    totals.forEach((name, t) -> System.out.printf(
        "%-40s %5.0f ms/article wall, %5.0f ms cpu (%d of %d sentences parsed)%n",
        name, t[0] / 1e6 / n, t[1] / 1e6 / n, t[3], t[2]));

    CoreNlpAnnotator two = new CoreNlpAnnotator(NlpConfig.defaults().withThreads(2));
    List<Article> many = new ArrayList<>();
    for (int i = 0; i < ROUNDS; i++) {
      many.addAll(seeds);
    }
    long t0 = System.nanoTime();
    two.annotateAll(many);
    System.out.printf("%-40s %5.0f ms/article wall (throughput)%n",
        "default, annotateAll on 2 threads", (System.nanoTime() - t0) / 1e6 / many.size());
    System.out.printf("peak RSS %s, heap used %d MB%n", peakRss(),
        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20);
  }

  private static String peakRss() {
    try {
      return Files.readAllLines(Path.of("/proc/self/status")).stream()
          .filter(l -> l.startsWith("VmHWM")).findFirst().orElse("VmHWM ?").replaceAll("\\s+", " ");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
