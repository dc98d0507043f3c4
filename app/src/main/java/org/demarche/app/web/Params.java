package org.demarche.app.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.demarche.model.PloverType;
import org.demarche.store.Page;

/**
 * The query parameters of one API request, checked: each getter returns a valid value or null
 * (absent or blank), or throws an {@link ApiException} answering 400 that names the parameter.
 * An unknown or repeated parameter is refused too, so that a typo ({@code ?qeury=}) does not
 * silently return everything.
 */
final class Params {

  /** The longest text parameter accepted, in characters. */
  static final int MAX_TEXT = 500;

  private static final String ENTITY_ID = "[a-z]+:[a-z0-9][a-z0-9._-]*";
  private static final String TYPES = Arrays.stream(PloverType.values()).map(Enum::name)
      .collect(Collectors.joining(", "));

  private final Map<String, List<String>> values;

  private Params(Map<String, List<String>> values) {
    this.values = values;
  }

  /** The parameters of {@code ctx}, refusing any not in {@code known}. */
  static Params of(Context ctx, Set<String> known) {
    return of(ctx.queryParamMap(), known);
  }

  /** The parameters in {@code values}, refusing any not in {@code known}. */
  static Params of(Map<String, List<String>> values, Set<String> known) {
    for (Map.Entry<String, List<String>> e : values.entrySet()) {
      if (!known.contains(e.getKey())) {
        throw ApiException.badParameter(e.getKey(), "unknown parameter '" + e.getKey()
            + "'; this endpoint takes " + String.join(", ", new TreeSet<>(known)));
      }
      if (e.getValue().size() > 1) {
        throw ApiException.badParameter(e.getKey(), "parameter '" + e.getKey() + "' given "
            + e.getValue().size() + " times; give it once");
      }
    }
    return new Params(values);
  }

  /** The trimmed text of {@code name}, or null when absent or blank. */
  String text(String name) {
    List<String> v = values.get(name);
    if (v == null || v.isEmpty() || v.get(0).isBlank()) {
      return null;
    }
    String s = v.get(0).strip();
    if (s.length() > MAX_TEXT) {
      throw ApiException.badParameter(name, name + " is longer than " + MAX_TEXT + " characters");
    }
    return s;
  }

  /** The text of {@code name}; absent or blank is a 400. */
  String required(String name) {
    String s = text(name);
    if (s == null) {
      throw ApiException.badParameter(name, "parameter '" + name + "' is required");
    }
    return s;
  }

  /** The page number, from 1 (default 1). */
  int page() {
    String s = text("page");
    if (s == null) {
      return 1;
    }
    int page = integer("page", s);
    if (page < 1) {
      throw ApiException.badParameter("page", "page numbers start at 1: " + s);
    }
    return page;
  }

  /** The page size, 1 to {@link Page#MAX_SIZE} ({@code fallback} when absent). */
  int size(int fallback) {
    String s = text("size");
    if (s == null) {
      return fallback;
    }
    int size = integer("size", s);
    if (size < 1 || size > Page.MAX_SIZE) {
      throw ApiException.badParameter("size", "size must be from 1 to " + Page.MAX_SIZE + ": " + s);
    }
    return size;
  }

  /** An ISO date ({@code 2022-10-12}), or null. */
  LocalDate date(String name) {
    String s = text(name);
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw ApiException.badParameter(name, name + " must be a date as YYYY-MM-DD: '" + s + "'");
    }
  }

  /** An inclusive range of dates; either end may be null (open). */
  record DateRange(LocalDate from, LocalDate to) {}

  /** The dates {@code from} and {@code to}, checked to be in order. */
  DateRange dateRange() {
    LocalDate from = date("from");
    LocalDate to = date("to");
    if (from != null && to != null && from.isAfter(to)) {
      throw ApiException.badParameter("from", "from " + from + " is after to " + to);
    }
    return new DateRange(from, to);
  }

  /** A PLOVER type (any case), or null. */
  PloverType type(String name) {
    String s = text(name);
    if (s == null) {
      return null;
    }
    try {
      return PloverType.valueOf(s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter(name, "unknown PLOVER type '" + s + "'; one of " + TYPES);
    }
  }

  /** An ISO 3166-1 alpha-3 code (any case, returned upper case), or null. */
  String country(String name) {
    String s = text(name);
    if (s == null) {
      return null;
    }
    if (!s.matches("[A-Za-z]{3}")) {
      throw ApiException.badParameter(name, name + " must be an ISO 3166-1 alpha-3 code such as KAZ: '" + s + "'");
    }
    return s.toUpperCase(Locale.ROOT);
  }

  /** An entity id or actor key ({@code person:kassym-jomart-tokayev}, {@code country:kaz}), or null. */
  String entityId(String name) {
    String s = text(name);
    if (s == null) {
      return null;
    }
    if (!s.matches(ENTITY_ID)) {
      throw ApiException.badParameter(name, name + " must be an entity id such as country:kaz: '" + s + "'");
    }
    return s;
  }

  private static int integer(String name, String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw ApiException.badParameter(name, name + " must be a whole number: '" + s + "'");
    }
  }
}
