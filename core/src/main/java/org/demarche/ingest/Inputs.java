package org.demarche.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.demarche.model.Article;
import org.demarche.model.Problem;

/**
 * Reads every article in a list of paths: files, directories (walked recursively in name
 * order, hidden files and directories skipped, symbolic links to directories not followed) and
 * {@code -} for JSON Lines on standard input.
 *
 * <p>The reader is chosen by file name: {@link JsonLinesReader}, {@link HtmlReader},
 * {@link WarcReader}, {@link PlainTextReader}. A file whose name none of them claims is read as
 * plain text when it is UTF-8 text, and reported as {@code binary file} or {@code not UTF-8
 * (invalid byte at offset N)} when it is not. A path that does not exist, a zero-byte file and
 * a file that cannot be opened are reported; so is a reader failing unexpectedly on a file.
 * Nothing is thrown for bad input: the batch always goes on.
 *
 * <p>Streaming: articles go to the sink as they are read, one source at a time; no more than
 * one article (or one file for plain text and HTML) is held in memory. Not thread-safe: one
 * {@code read} at a time per instance.
 */
public final class Inputs {

  private final List<ArticleReader> readers;
  private final ArticleReader fallback;
  private final JsonLinesReader stdinReader;
  private final Supplier<InputStream> stdin;

  /** Inputs with the default limits, reading {@code -} from {@link System#in}. */
  public Inputs() {
    this(ReadLimits.defaults(), () -> System.in);
  }

  /**
   * Inputs with the given limits.
   *
   * @param stdin supplies the stream read for {@code -}; it is not closed
   */
  public Inputs(ReadLimits limits, Supplier<InputStream> stdin) {
    Objects.requireNonNull(limits, "limits");
    this.stdin = Objects.requireNonNull(stdin, "stdin");
    this.stdinReader = new JsonLinesReader(limits);
    this.fallback = new PlainTextReader(limits);
    this.readers = List.of(stdinReader, new WarcReader(limits), new HtmlReader(limits), fallback);
  }

  /**
   * Reads all articles under {@code paths} into {@code sink}, in order.
   *
   * @return how many sources were opened and how many articles and problems were passed on
   */
  public ReadSummary read(List<String> paths, ArticleSink sink) {
    Counting counting = new Counting(Objects.requireNonNull(sink, "sink"));
    for (String path : paths) {
      if (SourceNames.STDIN.equals(path)) {
        counting.sources++;
        readStream(stdinReader, path, stdin.get(), counting);
      } else {
        readPath(Paths.get(path), path, counting, true);
      }
    }
    return new ReadSummary(counting.sources, counting.articles, counting.problems);
  }

  /** The reader for a file name: the one that claims it, else the plain-text reader. */
  public ArticleReader readerFor(String fileName) {
    for (ArticleReader reader : readers) {
      if (reader.handles(fileName)) {
        return reader;
      }
    }
    return fallback;
  }

  private void readPath(Path path, String name, Counting sink, boolean given) {
    LinkOption[] follow = given ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
    if (!Files.exists(path)) {
      sink.problem(new Problem(name, null, "no such file or directory"));
    } else if (Files.isDirectory(path, follow)) {
      readDirectory(path, name, sink);
    } else if (Files.isDirectory(path)) {
      // a link to a directory met during a walk: not followed, to avoid cycles
    } else if (!Files.isRegularFile(path)) {
      sink.problem(new Problem(name, null, "not a regular file"));
    } else {
      readFile(path, name, sink);
    }
  }

  private void readDirectory(Path dir, String name, Counting sink) {
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path child : entries) {
        if (!child.getFileName().toString().startsWith(".")) {
          children.add(child);
        }
      }
    } catch (IOException e) {
      sink.problem(new Problem(name, null, "cannot list directory: " + e.getMessage()));
      return;
    }
    children.sort(Comparator.comparing(p -> p.getFileName().toString()));
    for (Path child : children) {
      readPath(child, child.toString(), sink, false);
    }
  }

  private void readFile(Path file, String name, Counting sink) {
    try {
      if (Files.size(file) == 0) {
        sink.problem(new Problem(name, null, "empty file"));
        return;
      }
    } catch (IOException e) {
      sink.problem(new Problem(name, null, "cannot read: " + e.getMessage()));
      return;
    }
    sink.sources++;
    try (InputStream in = Files.newInputStream(file)) {
      readStream(readerFor(file.getFileName().toString()), name, in, sink);
    } catch (IOException e) {
      sink.problem(new Problem(name, null, "cannot read: " + e.getMessage()));
    }
  }

  private static void readStream(ArticleReader reader, String name, InputStream in, Counting sink) {
    try {
      reader.read(name, in, sink);
    } catch (IOException e) {
      sink.problem(new Problem(name, null, "read failed: " + e.getMessage()));
    } catch (RuntimeException e) {
      // a library choking on hostile input must not end the batch
      sink.problem(new Problem(name, null, "could not be read: " + e));
    }
  }

  /** Passes everything on, counting. */
  private static final class Counting implements ArticleSink {
    private final ArticleSink delegate;
    private long sources;
    private long articles;
    private long problems;

    Counting(ArticleSink delegate) {
      this.delegate = delegate;
    }

    @Override
    public void article(Article article) {
      articles++;
      delegate.article(article);
    }

    @Override
    public void problem(Problem problem) {
      problems++;
      delegate.problem(problem);
    }
  }
}
