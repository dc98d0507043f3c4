package org.demarche.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.demarche.model.Extraction;
import org.demarche.model.PloverType;

/**
 * The SQLite store of extractions: one file (the CLI's default is {@link StoreConfig#DEFAULT_PATH},
 * {@code ./demarche.db}) in WAL mode with {@code synchronous=NORMAL}, foreign keys on and a busy
 * timeout, holding everything needed to regenerate the JSONL export, plus deduplicated events
 * and FTS5 full-text indexes (see {@link Schema}).
 *
 * <p>Opening read-write creates the file and applies missing {@link Migration}s; a database
 * newer than this code is refused. Opening read-only (for the server) writes nothing and
 * requires the current schema.
 *
 * <p>Thread-safe. Writes are serialized on one connection; reads use pooled read-only
 * connections and run in parallel with each other and with writes, seeing committed data only.
 * Failures of the database file (full disk, read-only file, lock timeout, corruption) are
 * {@link StoreException}s naming the file; invalid arguments are IllegalArgumentExceptions.
 * Nothing here returns null: absent results are empty Optionals or pages.
 */
public final class Database implements AutoCloseable {

  private final StoreConfig config;
  private final Clock clock;
  private final Connection writer;
  private final ReaderPool readers;
  private final int schemaVersion;

  private Database(StoreConfig config, Clock clock, Connection writer, int schemaVersion) {
    this.config = config;
    this.clock = clock;
    this.writer = writer;
    this.readers = new ReaderPool(config);
    this.schemaVersion = schemaVersion;
  }

  /** Opens (creating or migrating as needed) the database at {@code path} for reading and writing. */
  public static Database open(Path path) {
    return open(StoreConfig.readWrite(path));
  }

  /** Opens the existing database at {@code path} for reading only. */
  public static Database openReadOnly(Path path) {
    return open(StoreConfig.readOnly(path));
  }

  /** Opens a database as {@code config} says. */
  public static Database open(StoreConfig config) {
    return open(config, Schema.migrations(), Clock.systemUTC());
  }

  /** Opens with a given migration list and clock: lets tests play older and newer code. */
  static Database open(StoreConfig config, List<Migration> migrations, Clock clock) {
    Objects.requireNonNull(config, "config");
    Path path = config.path();
    Migrator migrator = new Migrator(migrations, clock);
    if (config.readOnly()) {
      if (!Files.isRegularFile(path)) {
        throw new StoreException("no database at " + path.toAbsolutePath());
      }
      try (Connection c = Connections.open(config)) {
        return new Database(config, clock, null, migrator.check(c, path));
      } catch (SQLException e) {
        throw SqlErrors.translate(e, path, "opening the database read-only");
      }
    }
    createParent(path);
    Connection c = null;
    try {
      c = Connections.open(config);
      int version = migrator.migrate(c, path);
      if (config.maxBytes() > 0) {
        limitSize(c, config.maxBytes());
      }
      return new Database(config, clock, c, version);
    } catch (SQLException | RuntimeException e) {
      closeQuietly(c);
      if (e instanceof SQLException sql) {
        throw SqlErrors.translate(sql, path, "opening the database");
      }
      throw (RuntimeException) e;
    }
  }

  /**
   * Caps the pages {@code c} may grow the file to. SQLite keeps the cap at the current page
   * count when the file is already larger.
   */
  private static void limitSize(Connection c, long maxBytes) throws SQLException {
    try (Statement s = c.createStatement()) {
      long pageSize;
      try (ResultSet r = s.executeQuery("PRAGMA page_size")) {
        pageSize = r.getLong(1);
      }
      s.execute("PRAGMA max_page_count = " + Math.max(1, maxBytes / pageSize));
    }
  }

  /** The database file. */
  public Path path() {
    return config.path();
  }

  /** Whether this database was opened read-only. */
  public boolean readOnly() {
    return config.readOnly();
  }

  /** The schema version of the file (always {@link Schema#version()} once opened). */
  public int schemaVersion() {
    return schemaVersion;
  }

  /**
   * Stores one article's extraction in one transaction: all its rows or none.
   *
   * <p>Keyed by a content hash, SHA-256 over article id, text and publication date: the same
   * hash stored before leaves the database untouched ({@link StoreOutcome#ALREADY_PRESENT}, even
   * if entities or events differ); the same id with another hash replaces the old article and
   * everything read from it ({@link StoreOutcome#REPLACED}); otherwise {@link StoreOutcome#STORED}.
   * Entities are merged across articles and event mentions joined to events as
   * {@link EntityWriter} and {@link org.demarche.event.EventDeduplicator} describe.
   *
   * @throws IllegalArgumentException when a string holds an unpaired UTF-16 surrogate, which
   *     SQLite's UTF-8 cannot keep (the message names article, field and index)
   * @throws IllegalStateException when the database was opened read-only
   * @throws StoreException when the file cannot be written (full, read-only, locked)
   */
  public StoreOutcome store(Extraction x) {
    Objects.requireNonNull(x, "extraction");
    Utf8Check.requireEncodable(x);
    return write("storing article " + x.article().id(),
        c -> new ExtractionWriter(c).write(x, clock.instant()));
  }

  /**
   * Deletes one article and everything read from it; events left without mentions go too.
   * Merged entities and their aliases stay. Returns whether the article was stored.
   */
  public boolean delete(String articleId) {
    Objects.requireNonNull(articleId, "articleId");
    return write("deleting article " + articleId, c -> new ExtractionWriter(c).delete(articleId));
  }

  /**
   * The extraction of article {@code id} exactly as it was stored (equal to the stored
   * {@code Extraction}), or empty.
   */
  public Optional<Extraction> article(String id) {
    Objects.requireNonNull(id, "id");
    return read("reading article " + id, c -> new ExtractionReader(c).read(id));
  }

  /**
   * All stored articles in id order, read lazily from one snapshot of the database: memory holds
   * one article at a time. The stream holds a connection: close it (try-with-resources).
   */
  public Stream<Extraction> articles() {
    Connection c = borrow("reading all articles");
    try {
      ArticleIterator it = new ArticleIterator(c, path(), () -> readers.release(c));
      return StreamSupport.stream(it, false).onClose(it::close);
    } catch (SQLException e) {
      Transactions.rollbackQuietly(c);
      readers.release(c);
      throw SqlErrors.translate(e, path(), "reading all articles");
    }
  }

  /** How many articles are stored. */
  public long articleCount() {
    return read("counting articles", c -> Sql.count(c, "SELECT count(*) FROM articles", List.of()));
  }

  /**
   * Full-text search of article text and quote words, hits of both kinds ranked together.
   *
   * @param query an FTS5 query: words, {@code "exact phrase"}, {@code OR}, {@code NOT},
   *     {@code prefix*}; a word joined by a hyphen or the like ({@code Kassym-Jomart}) is the
   *     phrase of its parts (see {@link FtsQuery}); always bound as a parameter, never spliced
   *     into SQL
   * @param filter which articles to search ({@link SearchFilter#none()} for all)
   * @param page page number from 1
   * @param pageSize results per page, capped at {@link Page#MAX_SIZE}
   * @throws IllegalArgumentException when the query is blank or not valid FTS5 syntax (the
   *     message says why), or page or size are below 1
   */
  public Page<SearchHit> search(String query, SearchFilter filter, int page, int pageSize) {
    Objects.requireNonNull(filter, "filter");
    Connection c = borrow("searching");
    try {
      return Transactions.read(c, tx -> SearchQueries.search(tx, query, filter, page, pageSize));
    } catch (SQLException e) {
      if (SqlErrors.primaryCode(e) == 1) {
        // SQLITE_ERROR from a fixed, tested statement means FTS5 rejected the user's query
        throw new IllegalArgumentException("invalid search query " + quoted(query) + ": "
            + e.getMessage().replaceFirst("^\\[SQLITE_ERROR\\][^(]*\\((.*)\\)$", "$1"), e);
      }
      throw SqlErrors.translate(e, path(), "searching");
    } finally {
      readers.release(c);
    }
  }

  /** What the store knows about entity {@code id} (merged record, counts, timeline), or empty. */
  public Optional<EntityProfile> entity(String id) {
    Objects.requireNonNull(id, "id");
    return read("reading entity " + id, c -> EntityQueries.profile(c, id));
  }

  /** A page of quotes said by entity {@code speakerId}, newest article first. */
  public Page<StoredQuote> quotes(String speakerId, int page, int pageSize) {
    Objects.requireNonNull(speakerId, "speakerId");
    return read("reading quotes", c -> EntityQueries.quotes(c, speakerId, page, pageSize));
  }

  /** {@link #quotes(String, int, int)} with pages of {@link Page#DEFAULT_SIZE}. */
  public Page<StoredQuote> quotes(String speakerId, int page) {
    return quotes(speakerId, page, Page.DEFAULT_SIZE);
  }

  /**
   * A page of deduplicated events matching {@code filter}, newest first (undated last), each
   * with its mention, outlet and article counts.
   */
  public Page<EventSummary> events(EventFilter filter, int page, int pageSize) {
    Objects.requireNonNull(filter, "filter");
    return read("reading events", c -> EventQueries.events(c, filter, page, pageSize));
  }

  /** {@link #events(EventFilter, int, int)} with pages of {@link Page#DEFAULT_SIZE}. */
  public Page<EventSummary> events(EventFilter filter, int page) {
    return events(filter, page, Page.DEFAULT_SIZE);
  }

  /**
   * The event network: one dyad per (source key, target key, type) with the number of events
   * as weight, heaviest first. Events without target are left out.
   *
   * @param from earliest event date, inclusive, or null
   * @param to latest event date, inclusive, or null; with either bound undated events are left out
   * @param type the PLOVER type, or null for all
   */
  public List<Dyad> network(LocalDate from, LocalDate to, PloverType type) {
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("date range is empty: from " + from + " after to " + to);
    }
    return read("reading the network", c -> EventQueries.network(c, from, to, type));
  }

  /** Closes the database's connections. Streams from {@link #articles()} must be closed first. */
  @Override
  public void close() {
    readers.close();
    if (writer != null) {
      synchronized (writer) {
        try {
          // lets SQLite refresh the statistics its query planner uses; cheap when nothing changed
          Transactions.exec(writer, "PRAGMA optimize");
        } catch (SQLException ignored) {
          // an optimization only
        }
        closeQuietly(writer);
      }
    }
  }

  /** The writing connection, for tests that need to provoke failures; null when read-only. */
  Connection writerConnection() {
    return writer;
  }

  private <T> T write(String doing, Transactions.Work<T> work) {
    if (writer == null) {
      throw new IllegalStateException("database opened read-only, cannot write: " + path());
    }
    synchronized (writer) {
      try {
        return Transactions.write(writer, work);
      } catch (SQLException e) {
        throw SqlErrors.translate(e, path(), doing);
      }
    }
  }

  private <T> T read(String doing, Transactions.Work<T> work) {
    Connection c = borrow(doing);
    try {
      return Transactions.read(c, work);
    } catch (SQLException e) {
      throw SqlErrors.translate(e, path(), doing);
    } finally {
      readers.release(c);
    }
  }

  private Connection borrow(String doing) {
    try {
      return readers.borrow();
    } catch (SQLException e) {
      throw SqlErrors.translate(e, path(), doing);
    }
  }

  private static void createParent(Path path) {
    Path parent = path.toAbsolutePath().getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new StoreException("cannot create the directory of the database: " + parent, e);
    }
  }

  private static String quoted(String s) {
    return "'" + s + "'";
  }

  private static void closeQuietly(Connection c) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (SQLException ignored) {
      // closing is best effort
    }
  }
}
