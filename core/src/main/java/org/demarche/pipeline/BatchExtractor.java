package org.demarche.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.demarche.ingest.ArticleSink;
import org.demarche.ingest.Inputs;
import org.demarche.model.Article;
import org.demarche.model.Extraction;
import org.demarche.model.Problem;

/**
 * Runs the pipeline over a stream of inputs on several threads and hands the extractions to one
 * consumer in input order. If that consumer throws (the output failed), the batch stops and
 * {@link #run} rethrows it. Memory is bounded: the reader blocks while {@code 2 x threads}
 * articles are in flight. An article that takes longer than its time budget (counted from when a
 * worker starts it), or that makes a
 * stage throw, becomes a {@link Problem}; the batch goes on.
 */
public final class BatchExtractor {

  /** What a batch did. */
  public record Summary(int read, int extracted, int rejected) {}

  /** Where a batch's articles come from: passes each article or problem to the sink, in order. */
  @FunctionalInterface
  public interface Source {
    /** Reads everything into {@code sink}; returns when done. */
    void read(ArticleSink sink);
  }

  private final Pipeline pipeline;
  private final int threads;
  private final Duration budget;

  /**
   * @param threads worker threads, at least 1
   * @param budget the most time one article may take
   */
  public BatchExtractor(Pipeline pipeline, int threads, Duration budget) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.threads = threads;
    this.budget = Objects.requireNonNull(budget, "budget");
  }

  /**
   * Reads {@code paths} with {@code inputs} and passes each extraction to {@code out} (called
   * from one thread, in input order) and each problem to {@code problems} (called from any
   * thread, synchronized here).
   */
  public Summary run(Inputs inputs, List<String> paths, Consumer<Extraction> out,
      Consumer<Problem> problems) throws InterruptedException {
    return run(sink -> inputs.read(paths, sink), out, problems);
  }

  /**
   * Runs the articles of {@code source} as {@link #run(Inputs, List, Consumer, Consumer)} does.
   * The source is read on the calling thread and blocks while the in-flight queue is full.
   */
  public Summary run(Source source, Consumer<Extraction> out, Consumer<Problem> problems)
      throws InterruptedException {
    AtomicInteger read = new AtomicInteger();
    AtomicInteger extracted = new AtomicInteger();
    AtomicInteger rejected = new AtomicInteger();
    Consumer<Problem> report = p -> {
      synchronized (problems) {
        problems.accept(p);
      }
    };
    ExecutorService workers = Executors.newFixedThreadPool(threads, daemon("demarche-worker"));
    BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(threads * 2);
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    Thread writer = new Thread(
        () -> drain(queue, out, report, extracted, rejected, failure), "demarche-writer");
    writer.setDaemon(true);
    writer.start();
    try {
      source.read(new ArticleSink() {
        @Override
        public void article(Article article) {
          read.incrementAndGet();
          AtomicLong started = new AtomicLong();
          Future<Extraction> f = workers.submit(() -> {
            started.set(System.nanoTime());
            return pipeline.process(article);
          });
          try {
            queue.put(new Pending(article, f, started));
          } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
          }
        }

        @Override
        public void problem(Problem problem) {
          rejected.incrementAndGet();
          report.accept(problem);
        }
      });
      queue.put(Pending.END);
      writer.join();
      if (failure.get() != null) {
        throw failure.get();
      }
    } finally {
      workers.shutdownNow();
      workers.awaitTermination(10, TimeUnit.SECONDS);
    }
    return new Summary(read.get(), extracted.get(), rejected.get());
  }

  private void drain(BlockingQueue<Pending> queue, Consumer<Extraction> out, Consumer<Problem> report,
      AtomicInteger extracted, AtomicInteger rejected, AtomicReference<RuntimeException> failure) {
    try {
      while (true) {
        Pending p = queue.take();
        if (p == Pending.END) {
          return;
        }
        if (failure.get() != null) {
          p.future.cancel(true); // the output failed: keep the reader unblocked, write nothing more
          continue;
        }
        try {
          Extraction x = await(p);
          out.accept(x);
          extracted.incrementAndGet();
        } catch (TimeoutException e) {
          p.future.cancel(true);
          rejected.incrementAndGet();
          report.accept(new Problem(p.article.sourcePath(), null,
              "article " + p.article.id() + " took longer than " + budget.toSeconds() + " s; skipped"));
        } catch (ExecutionException e) {
          rejected.incrementAndGet();
          Throwable cause = e.getCause() == null ? e : e.getCause();
          report.accept(new Problem(p.article.sourcePath(), null,
              "article " + p.article.id() + " could not be extracted: " + cause));
        } catch (RuntimeException e) {
          failure.set(e);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The article's extraction, waiting at most the time budget from when a worker started it
   * (time spent queued behind other articles does not count).
   */
  private Extraction await(Pending p) throws InterruptedException, ExecutionException, TimeoutException {
    long budgetNanos = budget.toNanos();
    while (true) {
      long started = p.started.get();
      long wait = started == 0 ? TimeUnit.SECONDS.toNanos(1)
          : budgetNanos - (System.nanoTime() - started);
      if (started != 0 && wait <= 0) {
        throw new TimeoutException();
      }
      try {
        return p.future.get(Math.max(wait, 1), TimeUnit.NANOSECONDS);
      } catch (TimeoutException notYet) {
        // not started, or started and still within its budget: look again
      }
    }
  }

  private record Pending(Article article, Future<Extraction> future, AtomicLong started) {
    static final Pending END = new Pending(null, null, null);
  }

  private static ThreadFactory daemon(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
