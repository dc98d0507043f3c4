package org.demarche.store;

import java.nio.file.Path;
import java.sql.SQLException;

/** Turns SQLite errors into {@link StoreException}s whose message a user can act on. */
final class SqlErrors {

  // Primary SQLite result codes (https://sqlite.org/rescode.html); extended codes carry the
  // primary one in their low byte.
  private static final int BUSY = 5;
  private static final int LOCKED = 6;
  private static final int READONLY = 8;
  private static final int IOERR = 10;
  private static final int CORRUPT = 11;
  private static final int FULL = 13;
  private static final int CANTOPEN = 14;
  private static final int NOTADB = 26;

  private SqlErrors() {}

  /** The SQLite primary result code of {@code e}. */
  static int primaryCode(SQLException e) {
    return e.getErrorCode() & 0xff;
  }

  /**
   * A StoreException for {@code e} naming the database file and, when not null, what was being
   * done ({@code storing article 000_f553}).
   */
  static StoreException translate(SQLException e, Path path, String doing) {
    String what = switch (primaryCode(e)) {
      case FULL -> "database or disk is full";
      case READONLY -> "database is read-only";
      case BUSY, LOCKED -> "database is locked by another connection and the busy timeout ran out";
      case IOERR -> "disk I/O error";
      case CORRUPT -> "database file is corrupt";
      case NOTADB -> "file is not a database";
      case CANTOPEN -> "cannot open database file";
      default -> "database error: " + e.getMessage();
    };
    String message = what + ": " + path + (doing == null ? "" : " (while " + doing + ")");
    return new StoreException(message, e);
  }
}
