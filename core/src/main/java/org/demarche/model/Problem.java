package org.demarche.model;

import java.util.Objects;

/**
 * A piece of input that could not be read, reported instead of thrown.
 *
 * @param source the file (or {@code -} for standard input)
 * @param location where in it: {@code line 12}, {@code record 3}, {@code byte 4096}; null for the whole file
 * @param reason what is wrong, in words a user understands
 */
public record Problem(String source, String location, String reason) {

  public Problem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return location == null ? source + ": " + reason : source + ":" + location + ": " + reason;
  }
}
