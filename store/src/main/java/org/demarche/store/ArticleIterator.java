package org.demarche.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import org.demarche.model.Extraction;

/**
 * Walks all articles in id order on one connection inside one read transaction, so the walk
 * sees a single snapshot of the database however long it takes and whatever is written
 * meanwhile. Holds one article in memory at a time. Must be closed.
 */
final class ArticleIterator extends Spliterators.AbstractSpliterator<Extraction> implements AutoCloseable {

  private final Connection c;
  private final Path path;
  private final Runnable onClose;
  private final PreparedStatement ids;
  private final ResultSet rs;
  private final ExtractionReader reader;
  private boolean closed;

  ArticleIterator(Connection c, Path path, Runnable onClose) throws SQLException {
    super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.DISTINCT);
    this.c = c;
    this.path = path;
    this.onClose = onClose;
    Transactions.beginRead(c);
    this.ids = c.prepareStatement("SELECT id FROM articles ORDER BY id");
    this.rs = ids.executeQuery();
    this.reader = new ExtractionReader(c);
  }

  @Override
  public boolean tryAdvance(Consumer<? super Extraction> action) {
    if (closed) {
      return false;
    }
    try {
      if (!rs.next()) {
        return false;
      }
      String id = rs.getString(1);
      action.accept(reader.read(id).orElseThrow(
          () -> new IllegalStateException("article vanished inside a read transaction: " + id)));
      return true;
    } catch (SQLException e) {
      throw SqlErrors.translate(e, path, "reading all articles");
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      rs.close();
      ids.close();
      Transactions.endRead(c);
    } catch (SQLException e) {
      throw SqlErrors.translate(e, path, "ending a read of all articles");
    } finally {
      onClose.run();
    }
  }
}
