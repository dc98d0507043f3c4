package org.demarche.resolve.gazetteer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.demarche.model.EntityType;

/**
 * Collects gazetteer rows, shipped ones first and then user ones that override by id, and
 * builds the entries. Not thread-safe; used by one loading thread.
 */
final class GazetteerBuilder {

  private final Map<String, CountryRow> countries = new LinkedHashMap<>();
  private final Map<String, OrganizationRow> organizations = new LinkedHashMap<>();
  private final Map<String, List<PersonRow>> people = new LinkedHashMap<>();
  private final Map<String, PlaceRow> places = new LinkedHashMap<>();
  private final Set<String> peopleReplacedInThisFile = new HashSet<>();

  /** Marks the start of a user file: its person rows replace, then extend, earlier rows. */
  void startUserFile() {
    peopleReplacedInThisFile.clear();
  }

  void country(CountryRow row, boolean override) {
    CountryRow old = countries.put(row.iso3(), row);
    checkDuplicate(old == null ? null : old.row(), row.row(), "iso3", override);
  }

  void organization(OrganizationRow row, boolean override) {
    OrganizationRow old = organizations.put(row.id(), row);
    checkDuplicate(old == null ? null : old.row(), row.row(), "id", override);
  }

  void place(PlaceRow row, boolean override) {
    PlaceRow old = places.put(row.id(), row);
    checkDuplicate(old == null ? null : old.row(), row.row(), "id", override);
  }

  void person(PersonRow row, boolean override) {
    List<PersonRow> rows = people.computeIfAbsent(row.id(), id -> new ArrayList<>());
    if (override && peopleReplacedInThisFile.add(row.id())) {
      rows.clear();
    }
    rows.add(row);
  }

  /** Builds the gazetteer: countries, capitals, organizations, people, then other places. */
  Gazetteer build() {
    List<GazetteerEntry> entries = new ArrayList<>();
    Map<String, PlaceRow> otherPlaces = new LinkedHashMap<>(places);
    Set<String> capitalSlugs = new HashSet<>();
    List<GazetteerEntry> capitals = new ArrayList<>();
    for (CountryRow c : countries.values()) {
      entries.add(countryEntry(c));
      if (c.capital() != null) {
        String slug = NameKey.slug(c.capital());
        if (!capitalSlugs.add(slug)) {
          slug = slug + "-" + c.iso3().toLowerCase(Locale.ROOT);
          capitalSlugs.add(slug);
        }
        PlaceRow place = otherPlaces.remove(slug);
        capitals.add(place != null ? placeEntry(place, c.iso3()) : capitalEntry(c, slug));
      }
    }
    entries.addAll(capitals);
    for (OrganizationRow o : organizations.values()) {
      entries.add(new GazetteerEntry("org:" + o.id(), EntityType.ORGANIZATION, o.name(),
          o.country(), o.aliases(), List.of(), o.seats(), List.of(), null, null, null,
          o.provenance()));
    }
    for (Map.Entry<String, List<PersonRow>> p : people.entrySet()) {
      entries.add(personEntry(p.getKey(), p.getValue()));
    }
    for (PlaceRow place : otherPlaces.values()) {
      entries.add(placeEntry(place, null));
    }
    return new Gazetteer(entries);
  }

  private static GazetteerEntry countryEntry(CountryRow c) {
    List<String> aliases = new ArrayList<>(c.aliases());
    aliases.addAll(c.metonyms());
    aliases.addAll(CountryCodes.cldrNames(c.iso3()));
    return new GazetteerEntry("country:" + c.iso3().toLowerCase(Locale.ROOT), EntityType.COUNTRY,
        c.name(), c.actsFor(), aliases, c.demonyms(), c.metonyms(), List.of(), null, null, null,
        c.provenance() + "; names in ru/tr/kk: CLDR (JDK)");
  }

  private static GazetteerEntry capitalEntry(CountryRow c, String slug) {
    return new GazetteerEntry("location:" + slug, EntityType.LOCATION, c.capital(), c.actsFor(),
        c.capitalAliases(), List.of(), List.of(), List.of(), null, c.iso3(), "city",
        "capital in countries.tsv; " + c.provenance());
  }

  private static GazetteerEntry placeEntry(PlaceRow p, String capitalOf) {
    String country = p.country() != null ? p.country() : capitalOf;
    return new GazetteerEntry("location:" + p.id(), EntityType.LOCATION, p.name(), country,
        p.aliases(), List.of(), List.of(), List.of(), null, capitalOf, p.kind(), p.provenance());
  }

  private static GazetteerEntry personEntry(String id, List<PersonRow> rows) {
    PersonRow first = rows.get(0);
    if (first.name() == null) {
      throw first.row().error("name", "the first row of person " + id + " must give the name");
    }
    String gender = null;
    Set<String> aliases = new LinkedHashSet<>();
    Set<String> provenance = new LinkedHashSet<>();
    List<Office> offices = new ArrayList<>();
    for (PersonRow r : rows) {
      if (r.name() != null && !r.name().equals(first.name())) {
        throw r.row().error("name", "differs from the first row of " + id + " (" + first.name()
            + "): " + r.name());
      }
      if (r.gender() != null) {
        if (gender != null && !gender.equals(r.gender())) {
          throw r.row().error("gender", "differs from an earlier row of " + id);
        }
        gender = r.gender();
      }
      aliases.addAll(r.aliases());
      provenance.add(r.provenance());
      offices.add(r.office());
    }
    GazetteerEntry undated = new GazetteerEntry("person:" + id, EntityType.PERSON, first.name(),
        null, List.copyOf(aliases), List.of(), List.of(), offices, gender, null, null,
        String.join(" | ", provenance));
    // the state of the open office, or the home country of someone out of office; resolvers
    // pick the office by the article's date
    String country = undated.standingAt(null).country();
    return new GazetteerEntry(undated.id(), undated.type(), undated.name(), country,
        undated.aliases(), List.of(), List.of(), offices, gender, null, null, undated.provenance());
  }

  private static void checkDuplicate(TsvRow old, TsvRow now, String column, boolean override) {
    if (old != null && !override) {
      throw now.error(column, "duplicate of " + old.source() + ":" + old.line());
    }
  }
}
