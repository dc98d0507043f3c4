package org.demarche.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The byte sizes of the input files, known before reading so that progress can show an ETA.
 * Standard input has no known size.
 */
final class InputSizes {

  private final Map<String, Long> sizes;
  private final long total;

  private InputSizes(Map<String, Long> sizes) {
    this.sizes = sizes;
    this.total = sizes.values().stream().mapToLong(Long::longValue).sum();
  }

  static InputSizes of(List<String> paths) {
    Map<String, Long> sizes = new HashMap<>();
    for (String p : paths) {
      Path path = Path.of(p);
      if (p.equals("-") || !Files.exists(path)) {
        continue;
      }
      try (Stream<Path> files = Files.isDirectory(path) ? Files.walk(path) : Stream.of(path)) {
        files.filter(Files::isRegularFile).forEach(f -> {
          try {
            sizes.put(f.toString(), Files.size(f));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      } catch (IOException | UncheckedIOException e) {
        // an unreadable tree only costs the ETA; the reader reports the file itself
      }
    }
    return new InputSizes(sizes);
  }

  static InputSizes none() {
    return new InputSizes(Map.of());
  }

  long total() {
    return total;
  }

  /** The size of the file an article came from ({@code a.jsonl:12} → {@code a.jsonl}), 0 if unknown. */
  long sizeOf(String sourcePath) {
    Long size = sizes.get(sourcePath);
    if (size == null) {
      int colon = sourcePath.lastIndexOf(':');
      if (colon > 0) {
        size = sizes.get(sourcePath.substring(0, colon));
      }
    }
    return size == null ? 0 : size;
  }

  /** The file an article came from, as a key of this table, or null. */
  String fileOf(String sourcePath) {
    if (sizes.containsKey(sourcePath)) {
      return sourcePath;
    }
    int colon = sourcePath.lastIndexOf(':');
    return colon > 0 && sizes.containsKey(sourcePath.substring(0, colon)) ? sourcePath.substring(0, colon) : null;
  }
}
