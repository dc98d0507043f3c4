package org.demarche.resolve.gazetteer;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.demarche.model.EntityType;

/**
 * One known actor or place: a country, an organization, a person with their tenures, or a
 * location (a capital or another place).
 *
 * <p>Immutable and thread-safe. Lists are unmodifiable copies; {@code aliases} always starts
 * with {@code name} and holds no duplicates.
 *
 * @param id full entity id, {@code <type>:<slug>} ({@code person:kassym-jomart-tokayev},
 *     {@code country:kaz}, {@code org:ots}, {@code location:astana})
 * @param type kind of entity; the id prefix must be {@code type.idPrefix()}
 * @param name canonical name
 * @param country ISO alpha-3 of the state it belongs to or acts for, or null (international
 *     bodies); for a dependent territory its sovereign; for a person the country of their
 *     undated {@linkplain #standingAt standing} (null when that office is international)
 * @param aliases every known name, canonical name first; for countries this includes the
 *     metonyms and the CLDR names in Russian, Turkish and Kazakh
 * @param demonyms adjectives and nouns for the people of a country ({@code Kazakh}), empty for
 *     other types
 * @param metonyms for a country, names that stand for its government ({@code the Kremlin}),
 *     also present in {@code aliases}; for an organization, its seats: places whose name stands
 *     for it when they act ({@code Brussels} for the EU), not among the aliases; empty for other
 *     types
 * @param offices tenures of a person in file order, empty for other types
 * @param gender {@code m} or {@code f} for a person when known, else null; always null for
 *     other types
 * @param capitalOf ISO alpha-3 of the country whose capital this location is, else null
 * @param placeKind for a location, what it is ({@code city}, {@code region}, {@code water},
 *     ...), else null
 * @param provenance where the data comes from ({@code ISO 3166-1; curated}), never blank
 */
public record GazetteerEntry(
    String id,
    EntityType type,
    String name,
    String country,
    List<String> aliases,
    List<String> demonyms,
    List<String> metonyms,
    List<Office> offices,
    String gender,
    String capitalOf,
    String placeKind,
    String provenance) {

  private static final Pattern ID = Pattern.compile("[a-z]+:[a-z0-9][a-z0-9._-]*");
  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
  private static final Comparator<Office> BY_START =
      Comparator.comparing(Office::from, Comparator.nullsFirst(Comparator.naturalOrder()));
  private static final Comparator<Office> LATEST =
      Comparator.comparing(Office::to, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(BY_START);

  /** Validates every value and says which one of which entry was bad. */
  public GazetteerEntry {
    Objects.requireNonNull(type, "type of " + id);
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("entry id must be <type>:<lowercase ascii slug>: " + id);
    }
    if (!id.startsWith(type.idPrefix() + ":")) {
      throw new IllegalArgumentException("id " + id + " does not match type " + type);
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name of " + id + " must not be blank");
    }
    checkIso3(id, "country", country);
    checkIso3(id, "capitalOf", capitalOf);
    if (gender != null && (type != EntityType.PERSON || !(gender.equals("m") || gender.equals("f")))) {
      throw new IllegalArgumentException("gender of " + id + " must be m, f or null: " + gender);
    }
    if (capitalOf != null && type != EntityType.LOCATION) {
      throw new IllegalArgumentException("only a location can be a capital: " + id);
    }
    if (provenance == null || provenance.isBlank()) {
      throw new IllegalArgumentException("provenance of " + id + " must not be blank");
    }
    Set<String> names = new LinkedHashSet<>();
    names.add(name);
    for (String alias : aliases) {
      if (alias == null || alias.isBlank()) {
        throw new IllegalArgumentException("blank alias in " + id);
      }
      names.add(alias);
    }
    aliases = List.copyOf(names);
    demonyms = List.copyOf(demonyms);
    metonyms = List.copyOf(metonyms);
    offices = List.copyOf(offices);
  }

  /**
   * An entry without metonyms or place kind: the common case for people, organizations and
   * countries built by hand.
   */
  public GazetteerEntry(String id, EntityType type, String name, String country,
      List<String> aliases, List<String> demonyms, List<Office> offices, String gender,
      String capitalOf, String provenance) {
    this(id, type, name, country, aliases, demonyms, List.of(), offices, gender, capitalOf, null,
        provenance);
  }

  /**
   * The tenure covering {@code date}; when several cover it, the one that started last. When
   * {@code date} is null or no tenure covers it, the latest tenure: an open one before a closed
   * one, then the one that ended last, then the one that started last.
   *
   * @param date the day asked about, or null for "the latest"
   * @return the office, or null when this entry has no offices
   */
  public Office officeAt(LocalDate date) {
    if (offices.isEmpty()) {
      return null;
    }
    if (date != null) {
      Office best = null;
      for (Office office : offices) {
        if (office.covers(date) && (best == null || BY_START.compare(office, best) > 0)) {
          best = office;
        }
      }
      if (best != null) {
        return best;
      }
    }
    return latest(offices);
  }

  /**
   * What this entry is on {@code date}. A person holds the office whose tenure covers the date
   * (the one that started last if several do); when no tenure covers it they are out of office
   * (former, or not yet in office), with no role, and act for their {@linkplain #homeCountry
   * home country}: Mikheil Saakashvili, President of Georgia until 2013 and governor in Ukraine
   * until 2016, is a Georgian actor in 2024. When the date is unknown, a person holds their
   * latest tenure if it is still open; if all have ended, the article most likely speaks of
   * them in their principal office (Saakashvili as President of Georgia, not as governor of
   * Odesa; Ebrahim Raisi as President of Iran). Entries without offices keep their own country.
   *
   * @param date the article's date, or null when unknown
   */
  public Standing standingAt(LocalDate date) {
    if (offices.isEmpty()) {
      return new Standing(Standing.Basis.NO_OFFICES, null, null, country);
    }
    if (date != null) {
      Office held = officeAt(date);
      if (held.covers(date)) {
        return new Standing(Standing.Basis.IN_OFFICE, held, held.role(), held.country());
      }
      Office last = null;
      for (Office o : offices) {
        if (o.to() != null && !o.to().isAfter(date) && (last == null || LATEST.compare(o, last) > 0)) {
          last = o;
        }
      }
      return new Standing(Standing.Basis.OUT_OF_OFFICE, last, null, homeCountry(date));
    }
    Office latest = latest(offices);
    if (latest.isOpen()) {
      return new Standing(Standing.Basis.LATEST_OFFICE, latest, latest.role(), latest.country());
    }
    Office principal = latest;
    for (Office o : offices) {
      int rank = rank(o);
      if (rank < rank(principal) || rank == rank(principal) && LATEST.compare(o, principal) > 0) {
        principal = o;
      }
    }
    return new Standing(Standing.Basis.PRINCIPAL_OFFICE, principal, principal.role(),
        principal.country());
  }

  /** 1 head of state, 2 head of government or of an international body, 3 foreign minister, 4 other. */
  private static int rank(Office o) {
    String r = o.role();
    if (r.startsWith("President of") || r.startsWith("King") || r.startsWith("Emir of")
        || r.startsWith("Monarch") || r.startsWith("Emperor") || r.startsWith("Supreme Leader")) {
      return 1;
    }
    if (r.startsWith("Prime Minister of") || r.startsWith("Premier of")
        || r.startsWith("Chancellor of") || r.startsWith("Secretary-General")
        || r.startsWith("Secretary General")) {
      return 2;
    }
    if (r.startsWith("Foreign Minister") || r.startsWith("Foreign Secretary")
        || r.startsWith("Secretary of State of") || r.startsWith("High Representative")) {
      return 3;
    }
    return 4;
  }

  /**
   * The state a person acts for when out of office: the country in whose offices they served
   * longest (an open tenure counts up to {@code date}, or today when it is null; a tenure with
   * an unknown start counts one day); ties go to the country of the later office. Null when none
   * of their offices belongs to a state (only international posts), and for other entries
   * their own country.
   */
  public String homeCountry(LocalDate date) {
    if (offices.isEmpty()) {
      return country;
    }
    LocalDate until = date != null ? date : LocalDate.now();
    Map<String, Long> days = new LinkedHashMap<>();
    for (Office o : offices) {
      if (o.country() == null) {
        continue;
      }
      long d = 1;
      if (o.from() != null) {
        LocalDate end = o.to() != null ? o.to() : until;
        d = Math.max(1, ChronoUnit.DAYS.between(o.from(), end));
      }
      days.merge(o.country(), d, Long::sum);
    }
    String best = null;
    for (Office o : offices.stream().sorted(LATEST).toList()) {
      if (o.country() != null && (best == null || days.get(o.country()) >= days.get(best))) {
        best = o.country();
      }
    }
    return best;
  }

  /** The latest of {@code offices}: open before closed, then by end, then by start. */
  static Office latest(List<Office> offices) {
    Office best = offices.get(0);
    for (Office office : offices) {
      if (LATEST.compare(office, best) > 0) {
        best = office;
      }
    }
    return best;
  }

  /** The countries this entry is tied to: its own country and the countries of its offices. */
  public List<String> countries() {
    Set<String> all = new LinkedHashSet<>();
    if (country != null) {
      all.add(country);
    }
    for (Office office : offices) {
      if (office.country() != null) {
        all.add(office.country());
      }
    }
    return List.copyOf(all);
  }

  private static void checkIso3(String id, String what, String code) {
    if (code != null && !ISO3.matcher(code).matches()) {
      throw new IllegalArgumentException(what + " of " + id + " must be ISO alpha-3: " + code);
    }
  }
}
