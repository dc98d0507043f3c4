package org.demarche.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The tables that ship with the event coder ({@code lexicon.tsv}, {@code cameo.tsv}), read from the classpath. */
final class TableResource {

  /** Parses one table; {@code name} is for messages. */
  @FunctionalInterface
  interface Parser<T> {
    T parse(BufferedReader in, String name) throws IOException;
  }

  private TableResource() {}

  /**
   * The table {@code name} beside this package's classes, parsed.
   *
   * @throws IllegalStateException when it is missing from the classpath
   */
  static <T> T read(String name, Parser<T> parser) {
    try (InputStream in = TableResource.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " missing from the classpath");
      }
      return parser.parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
