package org.demarche.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The dateline at the start of an article body, such as {@code ASTANA, Feb 28 (EFE).-}.
 *
 * @param text the dateline exactly as it stands in the text
 * @param span where it stands
 * @param place the place named, as written in title case ({@code Samarkand}), or null
 * @param country ISO alpha-3 of the place's country when known, else null
 * @param outlet the outlet or agency named ({@code EFE}, {@code TASS}), or null
 * @param date the date when the dateline gives day, month and a known year, else null
 */
public record Dateline(
    String text, Span span, String place, String country, String outlet, LocalDate date) {

  public Dateline {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    if (country != null && !country.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("dateline country must be ISO alpha-3: " + country);
    }
  }
}
