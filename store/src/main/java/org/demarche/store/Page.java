package org.demarche.store;

import java.util.List;

/**
 * One page of a query's results.
 *
 * @param items the results on this page, at most {@code size}
 * @param page the page number, from 1
 * @param size the page size used (the requested size capped at {@link #MAX_SIZE})
 * @param total how many results the query has on all pages
 * @param <T> the result type
 */
public record Page<T>(List<T> items, int page, int size, long total) {

  /** The largest page size served; larger requests get this many. */
  public static final int MAX_SIZE = 200;

  /** The page size used when the caller names none. */
  public static final int DEFAULT_SIZE = 50;

  public Page {
    items = List.copyOf(items);
  }

  /** How many pages the results fill (0 when there are none). */
  public long pages() {
    return (total + size - 1) / size;
  }

  /** The page size to use for a requested size: at least 1 (else an exception), at most MAX_SIZE. */
  static int cappedSize(int requested) {
    if (requested < 1) {
      throw new IllegalArgumentException("page size must be at least 1: " + requested);
    }
    return Math.min(requested, MAX_SIZE);
  }

  /** The row offset of page {@code page} (from 1) with pages of {@code size}. */
  static long offset(int page, int size) {
    if (page < 1) {
      throw new IllegalArgumentException("page numbers start at 1: " + page);
    }
    return (long) (page - 1) * size;
  }
}
