package org.demarche.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demarche.model.Article;
import org.demarche.model.PublishedBasis;

/** Reads the real articles of {@code ../shared/corpus} as the ingest would: header stripped. */
final class CorpusArticles {

  private static final Pattern HEADER = Pattern.compile("^\\s*date (\\d{4}-\\d{2}-\\d{2})\\s+");

  private CorpusArticles() {}

  /** The shared folder from the {@code demarche.shared} property, or null when absent. */
  static Path shared() {
    String dir = System.getProperty("demarche.shared");
    if (dir == null) {
      return null;
    }
    Path p = Paths.get(dir);
    return Files.isDirectory(p.resolve("corpus")) ? p : null;
  }

  /** The article in {@code file}, with the date of its {@code date YYYY-MM-DD} header if any. */
  static Article read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String id = file.getFileName().toString().replaceFirst("\\.txt$", "");
    Matcher m = HEADER.matcher(text);
    if (m.find()) {
      return Article.of(id, text.substring(m.end()))
          .withPublished(LocalDate.parse(m.group(1)), PublishedBasis.HEADER);
    }
    return Article.of(id, text);
  }
}
