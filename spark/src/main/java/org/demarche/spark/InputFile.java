package org.demarche.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * One file to read: its name in articles and problems, as {@code extract} would give it (the
 * path as the user wrote it, or under a directory the user named), and its Hadoop URI.
 */
final class InputFile implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String name;
  private final String uri;
  private final long index;

  /**
   * @param index the position of the file in the listing: later files win over earlier ones for
   *     articles with the same id
   */
  InputFile(String name, String uri, long index) {
    this.name = Objects.requireNonNull(name, "name");
    this.uri = Objects.requireNonNull(uri, "uri");
    this.index = index;
  }

  String name() {
    return name;
  }

  String uri() {
    return uri;
  }

  long index() {
    return index;
  }

  @Override
  public String toString() {
    return name;
  }
}
