package org.demarche.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.demarche.ingest.ArticleReader;
import org.demarche.ingest.ArticleSink;
import org.demarche.model.Article;
import org.demarche.model.Problem;

/**
 * Reads one input file with the core reader for its name, as an iterator: the reader pushes
 * articles to a sink on a thread of its own, the iterator pulls them through a small bounded
 * queue, so a WARC file of any size streams through a task with a few articles in memory.
 *
 * <p>Bad input becomes problems, as in {@code demarche extract}: {@code cannot read: ...} when
 * the stream fails, {@code could not be read: ...} when a library fails on the content. An
 * {@link Error} on the reading thread is rethrown to the consumer. {@link #close} (called when
 * the Spark task ends, whatever its fate) stops the reading thread. One consumer thread.
 */
final class FileReading implements Iterator<ReadItem>, AutoCloseable {

  /** Opens the file's bytes. */
  @FunctionalInterface
  interface Opener {
    InputStream open() throws IOException;
  }

  private static final Object END = new Object();

  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(32);
  private final Thread thread;
  private volatile boolean closed;
  private volatile InputStream stream;
  private Object next;

  /** Starts reading {@code file} with {@code reader}. */
  FileReading(InputFile file, ArticleReader reader, Opener opener) {
    thread = new Thread(() -> read(file, reader, opener), "demarche-read-" + file.index());
    thread.setDaemon(true);
    thread.start();
  }

  private void read(InputFile file, ArticleReader reader, Opener opener) {
    try (InputStream in = opener.open()) {
      stream = in;
      reader.read(file.name(), in, new ArticleSink() {
        private long record;

        @Override
        public void article(Article article) {
          put(ReadItem.of(new ArticleRecord(article, file.index(), record++)));
        }

        @Override
        public void problem(Problem problem) {
          put(ReadItem.of(problem));
        }
      });
    } catch (IOException e) {
      put(ReadItem.of(new Problem(file.name(), null, "cannot read: " + e.getMessage())));
    } catch (RuntimeException e) {
      // a library choking on hostile input must not end the job
      put(ReadItem.of(new Problem(file.name(), null, "could not be read: " + e)));
    } catch (Error e) {
      put(e);
    } finally {
      put(END);
    }
  }

  private void put(Object item) {
    try {
      while (!closed) {
        if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      try {
        next = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading", e);
      }
    }
    if (next instanceof Error e) {
      throw e;
    }
    return next != END;
  }

  @Override
  public ReadItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ReadItem item = (ReadItem) next;
    next = null;
    return item;
  }

  /** Stops the reading thread: what it reads from now on is dropped. */
  @Override
  public void close() {
    closed = true;
    InputStream in = stream;
    if (in != null) {
      try {
        in.close();
      } catch (IOException ignored) {
        // the stream is being abandoned
      }
    }
    thread.interrupt();
  }
}
