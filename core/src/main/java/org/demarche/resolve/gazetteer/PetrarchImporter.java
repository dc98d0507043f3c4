package org.demarche.resolve.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Converts a PETRARCH/Phoenix actor dictionary (TABARI format, as in
 * {@code Phoenix.Countries.actors.txt}) into rows of the user gazetteer format.
 *
 * <p>An actor is a name line ({@code KASYMZHOMART_TOKAYEV_}), {@code +} synonym lines, and code
 * lines ({@code [KAZGOV 991001-020128]}, {@code [KAZ >911221]}, {@code [KAZELI]}); a code may also
 * stand on the name line. As in PETRARCH, name lines without codes share the codes that follow.
 * Dates are {@code YYMMDD} (years up to 30 are 20xx) or {@code YYYYMMDD}; {@code <d} means
 * before d, {@code >d} from d, {@code a-b} from a to b inclusive.
 *
 * <p>An actor with a dated code becomes a person with one row per code; one whose codes carry
 * roles but no dates becomes an organization; country-level entries ({@code [KAZ]}) are skipped,
 * since country names belong in {@code countries.tsv}. Whatever cannot be converted is reported
 * in {@code #} comment lines at the end, never dropped silently. Stateless and thread-safe.
 */
public final class PetrarchImporter {

  private static final String PERSON_HEADER = "kind\t" + String.join("\t", PersonRow.HEADER);
  private static final String ORG_HEADER = "kind\t" + String.join("\t", OrganizationRow.HEADER);

  private PetrarchImporter() {}

  /**
   * Converts a dictionary; see {@link #toGazetteerRows(Reader, Set)}, with no known ids.
   *
   * @param in the dictionary text; read to the end, not closed
   * @return lines of a user gazetteer file: comments, header lines and rows
   * @throws UncheckedIOException when reading fails
   */
  public static List<String> toGazetteerRows(Reader in) {
    return toGazetteerRows(in, Set.of());
  }

  /**
   * Converts a dictionary, leaving out actors whose id is already known (so that an import does
   * not override curated entries by accident); each one left out is named in a comment.
   *
   * @param in the dictionary text; read to the end, not closed
   * @param knownIds full ids ({@code person:vladimir-putin}) not to emit
   * @return lines of a user gazetteer file: comments, header lines and rows
   * @throws UncheckedIOException when reading fails
   */
  public static List<String> toGazetteerRows(Reader in, Set<String> knownIds) {
    return convert(in, knownIds).lines();
  }

  /**
   * Converts a dictionary as {@link #toGazetteerRows(Reader, Set)} does, and counts what became
   * of its actors.
   *
   * @param in the dictionary text; read to the end, not closed
   * @param knownIds full ids not to emit
   * @throws UncheckedIOException when reading fails
   */
  public static PetrarchImport convert(Reader in, Set<String> knownIds) {
    Conversion conversion = new Conversion(knownIds);
    BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
    try {
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (line.contains("---STOP---")) {
          break;
        }
        conversion.line(line, number);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read actor dictionary", e);
    }
    return conversion.result();
  }

  /** The state of one conversion: the actor being read and the rows made so far. */
  private static final class Conversion {
    private final Set<String> knownIds;
    private final Set<String> usedIds = new HashSet<>();
    private final List<String> people = new ArrayList<>();
    private final List<String> organizations = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<PetrarchCode> codes = new ArrayList<>();
    private int actorLine;

    Conversion(Set<String> knownIds) {
      this.knownIds = knownIds;
    }

    void line(String raw, int number) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("<")) {
        return;
      }
      if (line.startsWith("[")) {
        if (names.isEmpty()) {
          problem("# line " + number + ": code without an actor: " + clip(line));
        } else {
          codes(line, number);
        }
        return;
      }
      if (line.startsWith("+")) {
        String text = beforeComment(line.substring(1));
        int bracket = text.indexOf('[');
        String name = PetrarchNames.name(bracket >= 0 ? text.substring(0, bracket) : text);
        if (names.isEmpty()) {
          problem("# line " + number + ": synonym without an actor: " + clip(line));
        } else if (!name.isEmpty()) {
          names.add(name);
        }
        return;
      }
      if (!codes.isEmpty()) {
        flush(); // a new actor; name lines without codes share the next codes, as in PETRARCH
      }
      if (names.isEmpty()) {
        actorLine = number;
      }
      String text = beforeComment(line);
      int bracket = text.indexOf('[');
      String name = PetrarchNames.name(bracket >= 0 ? text.substring(0, bracket) : text);
      if (!name.isEmpty()) {
        names.add(name);
      } else if (names.isEmpty()) {
        problem("# line " + number + ": no usable name: " + clip(line));
        return;
      }
      if (bracket >= 0) {
        codes(text.substring(bracket), number);
      }
    }

    private int skipped;
    private int problems;
    private int peopleConverted;

    /** A note about input that could not be converted. */
    private void problem(String note) {
      notes.add(note);
      problems++;
    }

    /** A note about an actor left out on purpose. */
    private void skip(String note) {
      notes.add(note);
      skipped++;
    }

    PetrarchImport result() {
      List<String> lines = finish();
      return new PetrarchImport(lines, peopleConverted, organizations.size(), skipped, problems);
    }

    List<String> finish() {
      flush();
      List<String> out = new ArrayList<>();
      out.add("# Converted from a PETRARCH/Phoenix actor dictionary by Demarche's PetrarchImporter.");
      out.add(PERSON_HEADER);
      out.addAll(people);
      out.add(ORG_HEADER);
      out.addAll(organizations);
      out.addAll(notes);
      return out;
    }

    private void codes(String text, int number) {
      int start = text.indexOf('[');
      while (start >= 0) {
        int end = text.indexOf(']', start);
        if (end < 0) {
          problem("# line " + number + ": unclosed code: " + clip(text));
          return;
        }
        PetrarchCode code = PetrarchCode.parse(text.substring(start + 1, end));
        if (code == null) {
          problem("# line " + number + ": unreadable code or date: " + clip(text));
        } else {
          codes.add(code);
        }
        start = text.indexOf('[', end);
      }
    }

    private void flush() {
      if (names.isEmpty()) {
        return;
      }
      String primary = names.get(0);
      if (codes.isEmpty()) {
        problem("# line " + actorLine + ": no code for " + primary);
      } else if (codes.stream().anyMatch(PetrarchCode::isCountryLevel)) {
        skip("# line " + actorLine + ": country-level entry left to countries.tsv: " + primary);
      } else if (codes.stream().anyMatch(PetrarchCode::isDated)) {
        person(primary);
      } else {
        organization(primary);
      }
      names.clear();
      codes.clear();
    }

    private void person(String primary) {
      String name = PetrarchNames.title(primary, false);
      String id = id("person", name);
      if (id == null) {
        return;
      }
      String aliases = aliases(name, false);
      peopleConverted++;
      boolean first = true;
      for (PetrarchCode code : codes) {
        people.add(String.join("\t", "person", id, name, first ? aliases : "",
            nullToEmpty(code.country()), code.role(), date(code.from()), date(code.to()), "",
            "petrarch2 (Phoenix, 2014); CAMEO " + code.code()));
        first = false;
      }
    }

    private void organization(String primary) {
      String name = PetrarchNames.title(primary, true);
      String id = id("org", name);
      if (id == null) {
        return;
      }
      Set<String> countries = new LinkedHashSet<>();
      Set<String> raw = new LinkedHashSet<>();
      for (PetrarchCode code : codes) {
        if (code.country() != null) {
          countries.add(code.country());
        }
        raw.add(code.code());
      }
      String country = countries.size() == 1 ? countries.iterator().next() : "";
      organizations.add(String.join("\t", "organization", id, name, aliases(name, true), country,
          "", "petrarch2 (Phoenix, 2014); CAMEO " + String.join(" ", raw)));
    }

    private String aliases(String name, boolean organization) {
      Set<String> all = new LinkedHashSet<>();
      for (String n : names.subList(1, names.size())) {
        all.add(PetrarchNames.title(n, organization));
      }
      all.remove(name);
      return String.join("|", all);
    }

    /** A fresh id for {@code name}, or null (with a note) when it is known or unusable. */
    private String id(String prefix, String name) {
      String slug;
      try {
        slug = NameKey.slug(name);
      } catch (IllegalArgumentException e) {
        problem("# line " + actorLine + ": no id can be made from " + name);
        return null;
      }
      if (knownIds.contains(prefix + ":" + slug)) {
        skip("# line " + actorLine + ": already in the gazetteer, left out: " + prefix + ":"
            + slug);
        return null;
      }
      String id = slug;
      for (int n = 2; !usedIds.add(prefix + ":" + id); n++) {
        id = slug + "-" + n;
      }
      return id;
    }
  }

  private static String beforeComment(String s) {
    int hash = s.indexOf('#');
    return hash >= 0 ? s.substring(0, hash) : s;
  }

  private static String date(LocalDate date) {
    return date == null ? "" : date.toString();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String clip(String s) {
    String flat = s.replace('\t', ' ');
    return flat.length() <= 80 ? flat : flat.substring(0, 80) + "...";
  }

  /** Name clean-up shared by persons and organizations. */
  static final class PetrarchNames {
    private static final Set<String> SMALL_WORDS =
        Set.of("of", "the", "and", "for", "in", "on", "at", "to", "de", "al", "bin", "ibn", "van", "von");

    private PetrarchNames() {}

    /** {@code KASYMZHOMART_TOKAYEV_} to {@code KASYMZHOMART TOKAYEV}: no underscores, quotes or separators. */
    static String name(String raw) {
      String s = raw.replace('_', ' ').replace('"', ' ').replace('`', ' ').replace('\t', ' ')
          .replace('|', ' ').replace('+', ' ');
      return s.replaceAll("\\s+", " ").strip();
    }

    /**
     * Title case: {@code KASYMZHOMART TOKAYEV} to {@code Kasymzhomart Tokayev}. For an
     * organization a one-word name of up to six letters stays upper case ({@code NATO}).
     */
    static String title(String name, boolean organization) {
      if (organization && !name.contains(" ") && name.length() <= 6) {
        return name;
      }
      StringBuilder out = new StringBuilder(name.length());
      String[] words = name.toLowerCase(Locale.ROOT).split(" ");
      for (int w = 0; w < words.length; w++) {
        String word = words[w];
        if (w > 0) {
          out.append(' ');
        }
        if (w > 0 && SMALL_WORDS.contains(word)) {
          out.append(word);
          continue;
        }
        boolean upper = true;
        for (char c : word.toCharArray()) {
          out.append(upper ? Character.toUpperCase(c) : c);
          upper = c == '-' || c == '\'' || c == '.' || c == '(';
        }
      }
      return out.toString();
    }
  }
}
