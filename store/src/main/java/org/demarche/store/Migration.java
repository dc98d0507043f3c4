package org.demarche.store;

import java.util.List;
import java.util.Objects;

/**
 * One step of the schema's history: the statements that bring a database from version
 * {@code version - 1} to {@code version}. Applied once, in its own transaction, in version order.
 *
 * @param version the schema version after this step, from 1
 * @param description what the step does, recorded in {@code schema_version}
 * @param statements SQL statements, one per element (a trigger body counts as one)
 */
public record Migration(int version, String description, List<String> statements) {

  public Migration {
    if (version < 1) {
      throw new IllegalArgumentException("migration version must be at least 1: " + version);
    }
    Objects.requireNonNull(description, "description of migration " + version);
    statements = List.copyOf(statements);
    if (statements.isEmpty()) {
      throw new IllegalArgumentException("migration " + version + " has no statements");
    }
  }
}
