package org.demarche.model;

/** Whether an event happened, will happen, may happen, or is only intended. */
public enum Modality {
  ASSERTED("asserted"),
  FUTURE("future"),
  CONDITIONAL("conditional"),
  REPORTED_INTENT("reported-intent");

  private final String wireName;

  Modality(String wireName) {
    this.wireName = wireName;
  }

  /** The name written in the export. */
  public String wireName() {
    return wireName;
  }
}
