package org.demarche.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.demarche.model.Problem;

/**
 * Reads JSON Lines ({@code .jsonl}, {@code .ndjson}, and either gzipped): one article per line,
 * as described by {@link JsonLineParser}. Gzip is recognized by its magic bytes, so a gzipped
 * standard input works too.
 *
 * <p>A bad line is reported at {@code line N} and skipped; the rest of the file goes on. Blank
 * lines are skipped silently. Ids missing from a line become {@code <file-stem>-<line>}; the
 * article's source is {@code <file>:<line>}. Problems: per line, those of
 * {@link JsonLineParser}, {@code not UTF-8 (invalid byte at offset N)} (N counted in the
 * uncompressed stream), {@code line too long (N bytes, limit M)} and {@code text too long (N
 * characters, limit M)}; for the file, {@code empty
 * file} and {@code truncated or corrupt gzip data (...)} at the line being read, after which the
 * articles already read are kept. Stateless and thread-safe.
 */
public final class JsonLinesReader implements ArticleReader {

  private final ReadLimits limits;

  /** A reader with the default limits. */
  public JsonLinesReader() {
    this(ReadLimits.defaults());
  }

  /** A reader refusing lines over {@code limits.maxArticleBytes()}. */
  public JsonLinesReader(ReadLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  @Override
  public boolean handles(String fileName) {
    return SourceNames.endsWithAny(fileName, ".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz");
  }

  @Override
  public void read(String source, InputStream in, ArticleSink sink) throws IOException {
    ByteLines lines = null;
    boolean sawContent = false;
    try {
      lines = new ByteLines(Gzip.maybeDecompress(in), limits.maxArticleBytes());
      for (ByteLines.Line line = lines.next(); line != null; line = lines.next()) {
        if (line.tooLong()) {
          sawContent = true;
          sink.problem(new Problem(source, "line " + line.number(),
              "line too long (" + line.length() + " bytes, limit "
                  + limits.maxArticleBytes() + ")"));
        } else if (!TextBytes.isBlank(line.bytes(), 0, line.bytes().length)) {
          sawContent = true;
          readLine(source, line, sink);
        }
      }
    } catch (IOException e) {
      if (!Gzip.isBadData(e)) {
        throw e;
      }
      long at = lines == null ? 1 : lines.nextLineNumber();
      sink.problem(new Problem(source, "line " + at,
          "truncated or corrupt gzip data (" + e.getMessage() + ")"));
      return;
    }
    if (!sawContent) {
      sink.problem(new Problem(source, null, "empty file"));
    }
  }

  private void readLine(String source, ByteLines.Line line, ArticleSink sink) {
    String text;
    try {
      text = TextBytes.decode(
          line.bytes(), 0, line.bytes().length, StandardCharsets.UTF_8, line.offset());
    } catch (UndecodableBytesException e) {
      sink.problem(new Problem(source, "line " + line.number(), e.getMessage()));
      return;
    }
    JsonLineParser.parse(source, line.number(), text, limits, sink);
  }
}
