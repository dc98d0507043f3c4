package org.demarche.spark;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.demarche.model.Article;
import org.demarche.model.Extraction;
import org.demarche.model.Problem;

/**
 * Runs the JVM's {@link SharedPipeline} over the articles of one partition, lazily, one article
 * at a time, and yields the rows of the per-article tables. As in {@code demarche extract}, an
 * article that takes longer than the time budget or that makes a stage throw becomes a row of
 * {@code problems} and the partition goes on. Serializable; thread-safe.
 */
final class PartitionExtractor implements FlatMapFunction<Iterator<ArticleRecord>, TableRow> {

  private static final long serialVersionUID = 1L;

  /** The threads articles run on, so that one stuck article can be given up. */
  private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "demarche-spark-worker-" + Workers.COUNT.incrementAndGet());
    t.setDaemon(true);
    return t;
  });

  private final List<String> gazetteers;
  private final Duration budget;
  private final Instant ingestedAt;

  /**
   * @param gazetteers user gazetteer files for {@link SharedPipeline#get}
   * @param budget the most time one article may take
   * @param ingestedAt the time written to {@code articles.ingested_at}
   */
  PartitionExtractor(List<String> gazetteers, Duration budget, Instant ingestedAt) {
    this.gazetteers = List.copyOf(gazetteers);
    this.budget = Objects.requireNonNull(budget, "budget");
    this.ingestedAt = Objects.requireNonNull(ingestedAt, "ingestedAt");
  }

  @Override
  public Iterator<TableRow> call(Iterator<ArticleRecord> articles) {
    // built here, on the task's thread, so that a pipeline that cannot load fails the task
    SharedPipeline.get(gazetteers);
    return new Iterator<>() {
      private final ArrayDeque<TableRow> pending = new ArrayDeque<>();

      @Override
      public boolean hasNext() {
        while (pending.isEmpty() && articles.hasNext()) {
          pending.addAll(extract(articles.next().article()));
        }
        return !pending.isEmpty();
      }

      @Override
      public TableRow next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return pending.poll();
      }
    };
  }

  private List<TableRow> extract(Article article) {
    Future<Extraction> f = WORKERS.submit(() -> SharedPipeline.get(gazetteers).process(article));
    try {
      return ExtractionRows.of(f.get(budget.toMillis(), TimeUnit.MILLISECONDS), ingestedAt);
    } catch (TimeoutException e) {
      f.cancel(true);
      return List.of(ExtractionRows.problem(new Problem(article.sourcePath(), null,
          "article " + article.id() + " took longer than " + budget.toSeconds() + " s; skipped"),
          "extract"));
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof VirtualMachineError vm) {
        throw vm;
      }
      return List.of(ExtractionRows.problem(new Problem(article.sourcePath(), null,
          "article " + article.id() + " could not be extracted: " + cause), "extract"));
    } catch (InterruptedException e) {
      // the task was killed
      f.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while extracting article " + article.id(), e);
    }
  }

  /** Numbers the worker threads. */
  private static final class Workers {
    static final AtomicInteger COUNT = new AtomicInteger();
  }
}
