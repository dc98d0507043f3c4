package org.demarche.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How to open a {@link Database}.
 *
 * @param path the database file; created (with its parent directories) when opened read-write
 *     and absent. The CLI defaults to {@link #DEFAULT_PATH}.
 * @param readOnly open without write access (for the HTTP server): no migration, no storing
 * @param busyTimeout how long a connection waits for another process's lock before failing
 * @param maxBytes the size the database may grow to, in bytes, or 0 for no limit (SQLite's
 *     {@code max_page_count}; the write-ahead log beside it is not counted). Storing an article
 *     that would pass it fails as a full disk does, with nothing of that article stored.
 */
public record StoreConfig(Path path, boolean readOnly, Duration busyTimeout, long maxBytes) {

  /** {@code ./demarche.db}, relative to the working directory. */
  public static final Path DEFAULT_PATH = Path.of("demarche.db");

  /** Five seconds: long enough to outlast another process's article transaction. */
  public static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(5);

  public StoreConfig {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(busyTimeout, "busyTimeout");
    if (busyTimeout.isNegative() || busyTimeout.toMillis() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("busy timeout out of range: " + busyTimeout);
    }
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes must not be negative: " + maxBytes);
    }
    if (path.toString().contains("?")) {
      // sqlite-jdbc would read what follows '?' as connection options
      throw new IllegalArgumentException("database path must not contain '?': " + path);
    }
  }

  /** A configuration without a size limit. */
  public StoreConfig(Path path, boolean readOnly, Duration busyTimeout) {
    this(path, readOnly, busyTimeout, 0);
  }

  /** This configuration with the database limited to {@code bytes} (0: no limit). */
  public StoreConfig withMaxBytes(long bytes) {
    return new StoreConfig(path, readOnly, busyTimeout, bytes);
  }

  /** Read-write access to {@code path} with the default busy timeout. */
  public static StoreConfig readWrite(Path path) {
    return new StoreConfig(path, false, DEFAULT_BUSY_TIMEOUT);
  }

  /** Read-only access to {@code path} with the default busy timeout. */
  public static StoreConfig readOnly(Path path) {
    return new StoreConfig(path, true, DEFAULT_BUSY_TIMEOUT);
  }
}
