package org.demarche.store;

/**
 * The database could not do what was asked for a reason outside the program: the disk is full,
 * the file is read-only, locked, corrupt, or has a schema this version does not know. The
 * message says what happened and names the database file.
 */
public final class StoreException extends RuntimeException {

  /** An exception with a message for the user. */
  public StoreException(String message) {
    super(message);
  }

  /** An exception with a message for the user and the underlying cause. */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
