package org.demarche.app;

import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.demarche.ingest.ArticleSink;
import org.demarche.ingest.Inputs;
import org.demarche.model.Article;
import org.demarche.model.Problem;
import org.demarche.nlp.CoreNlpBaseline;
import org.demarche.pipeline.BatchExtractor;
import org.demarche.pipeline.Pipeline;
import org.demarche.pipeline.StageTimes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code demarche bench}: extraction speed over the sample articles, and optionally CoreNLP's
 * default pipeline over the same articles, in one JVM. Prints wall-clock articles per second,
 * CPU milliseconds per article (all threads of the process, so garbage collection and the JIT
 * count), CPU per stage, peak heap and the load average, and ends with one machine-readable line.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Measures extraction (entities, quotes, events, time expressions) over the sample articles,",
      "cycled to N articles, on all cores; with --baseline also CoreNLP's default pipeline",
      "(" + CoreNlpBaseline.ANNOTATORS + ") over the same articles. Ends with the line",
      "demarche_articles_per_s=X baseline_articles_per_s=Y ratio=Z.",
      "The baseline needs about 4 GB of heap: DEMARCHE_JAVA_OPTS=-Xmx5g."
    })
final class BenchCommand implements Callable<Integer> {

  @Option(names = "--articles", paramLabel = "N", defaultValue = "400",
      description = "Articles to process, the samples cycled (default ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "400",
      description = "Articles processed first and not measured, so that the JIT has compiled the hot code (default ${DEFAULT-VALUE}; the baseline gets as many).")
  int warmup;

  @Option(names = "--baseline", description = "Also run CoreNLP's default pipeline over the same articles.")
  boolean baseline;

  @Mixin PipelineOptions pipelineOptions;

  @Override
  public Integer call() throws Exception {
    if (articles < 1) {
      throw new IllegalArgumentException("--articles must be at least 1: " + articles);
    }
    if (warmup < 0) {
      throw new IllegalArgumentException("--warmup must not be negative: " + warmup);
    }
    Console console = new Console(pipelineOptions.quiet);
    List<Article> samples = samples();
    int threads = pipelineOptions.threads();
    System.out.printf(Locale.ROOT, "machine: %d processors, max heap %d MB, load average %s%n",
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, loadAverage());
    System.out.printf(Locale.ROOT, "articles: %d samples cycled to %d (+%d warm-up), %d threads%n",
        samples.size(), articles, warmup, threads);

    Pipeline standard = pipelineOptions.build(console);
    StageTimes stages = new StageTimes();
    Pipeline pipeline = standard.timed(stages);
    BatchExtractor batch = new BatchExtractor(pipeline, threads, pipelineOptions.budget());
    AtomicInteger rejected = new AtomicInteger();
    batch.run(cycled(samples, 0, warmup), x -> { }, p -> rejected.incrementAndGet());
    stages.reset();
    Run ours = Run.measure(() -> batch.run(cycled(samples, warmup, articles), x -> { },
        p -> {
          rejected.incrementAndGet();
          console.problem(p);
        }));
    ours.print("demarche", articles);
    for (Map.Entry<StageTimes.Stage, Double> e : stages.millisPerArticle().entrySet()) {
      System.out.printf(Locale.ROOT, "  %-9s %7.1f ms cpu/article%n",
          e.getKey().name().toLowerCase(Locale.ROOT), e.getValue());
    }
    if (rejected.get() > 0) {
      System.out.println("demarche: " + rejected.get() + " articles rejected");
    }
    double oursRate = articles / ours.seconds();

    double baseRate = Double.NaN;
    if (baseline) {
      pipeline = null;
      standard = null;
      System.gc();
      long t1 = System.nanoTime();
      CoreNlpBaseline core = new CoreNlpBaseline();
      System.out.printf(Locale.ROOT, "baseline: CoreNLP %s loaded in %.1f s%n",
          CoreNlpBaseline.ANNOTATORS, (System.nanoTime() - t1) / 1e9);
      int warm = Math.max(threads, warmup);
      parallel(threads, warm, i -> core.annotate(samples.get(i % samples.size())));
      Run theirs = Run.measure(() ->
          parallel(threads, articles, i -> core.annotate(samples.get((warm + i) % samples.size()))));
      theirs.print("baseline", articles);
      baseRate = articles / theirs.seconds();
    }
    System.out.printf(Locale.ROOT, "load average at the end: %s%n", loadAverage());
    System.out.printf(Locale.ROOT, "demarche_articles_per_s=%.2f baseline_articles_per_s=%s ratio=%s%n",
        oursRate,
        baseline ? String.format(Locale.ROOT, "%.2f", baseRate) : "NA",
        baseline ? String.format(Locale.ROOT, "%.1f", oursRate / baseRate) : "NA");
    return rejected.get() == 0 ? Main.OK : Main.SOME_REJECTED;
  }

  /** The sample articles that ship with Demarche, read as {@code demarche extract} reads them. */
  private static List<Article> samples() throws Exception {
    Path dir = Files.createTempDirectory("demarche-bench");
    try {
      DemoCommand.copySamples(dir);
      List<Article> out = new ArrayList<>();
      new Inputs().read(List.of(dir.toString()), new ArticleSink() {
        @Override
        public void article(Article article) {
          out.add(article);
        }

        @Override
        public void problem(Problem problem) {
          throw new IllegalStateException("a sample article could not be read: " + problem);
        }
      });
      if (out.isEmpty()) {
        throw new IllegalStateException("no sample articles in the build");
      }
      return out;
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted((a, b) -> b.compareTo(a)).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /** Articles {@code from} to {@code from + n - 1} of the samples cycled, each with its own id. */
  private static BatchExtractor.Source cycled(List<Article> samples, int from, int n) {
    return sink -> {
      for (int i = from; i < from + n; i++) {
        Article a = samples.get(i % samples.size());
        sink.article(new Article(a.id() + "#" + i, a.sourcePath(), a.outlet(), a.published(),
            a.publishedBasis(), a.text(), a.metadata()));
      }
    };
  }

  /** Calls {@code work} for 0..n-1 on {@code threads} threads, each taking the next index. */
  private static void parallel(int threads, int n, IntConsumer work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      AtomicInteger next = new AtomicInteger();
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        running.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
            work.accept(i);
          }
        }));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (Exception e) {
      return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  /** Wall time, process CPU time, peak heap, collector and compiler time of one measured run. */
  private record Run(double seconds, double cpuSeconds, long peakHeap, long gcMillis, long jitMillis) {

    interface Work {
      void run() throws Exception;
    }

    static Run measure(Work work) throws Exception {
      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      AtomicLong peak = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
      Thread sampler = new Thread(() -> {
        while (!Thread.currentThread().isInterrupted()) {
          peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
          try {
            Thread.sleep(20);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "demarche-heap-sampler");
      sampler.setDaemon(true);
      sampler.start();
      long gc = gcTotal();
      long jit = jitTotal();
      long cpu = processCpu();
      long wall = System.nanoTime();
      try {
        work.run();
      } finally {
        sampler.interrupt();
      }
      double seconds = (System.nanoTime() - wall) / 1e9;
      sampler.join();
      return new Run(seconds, (processCpu() - cpu) / 1e9, peak.get(), gcTotal() - gc, jitTotal() - jit);
    }

    void print(String name, int n) {
      System.out.printf(Locale.ROOT,
          "%s: %d articles in %.1f s: %.2f articles/s wall, %.0f ms cpu/article (all threads), peak heap %d MB%n",
          name, n, seconds, n / seconds, cpuSeconds * 1000 / n, peakHeap >> 20);
      System.out.printf(Locale.ROOT, "  collector %.1f ms/article (pauses and cycles), JIT compiler %.1f ms/article%n",
          (double) gcMillis / n, (double) jitMillis / n);
    }

    private static long gcTotal() {
      long sum = 0;
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        sum += Math.max(0, gc.getCollectionTime());
      }
      return sum;
    }

    private static long jitTotal() {
      CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
      return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    private static long processCpu() {
      if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
        return os.getProcessCpuTime();
      }
      return 0;
    }
  }
}
