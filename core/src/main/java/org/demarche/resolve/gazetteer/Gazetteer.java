package org.demarche.resolve.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The known actors and places: countries (all of ISO 3166-1 plus Kosovo), their capitals,
 * organizations, people with dated offices, and other places, looked up by id, country code,
 * alias or demonym.
 *
 * <p>The shipped data lives in {@code org/demarche/gazetteer/*.tsv} on the class path (see
 * {@code FORMAT.md} there); users add or override entries with their own files. Immutable and
 * thread-safe once loaded.
 */
public final class Gazetteer {

  private static final String RESOURCES = "/org/demarche/gazetteer/";

  private final List<GazetteerEntry> entries;
  private final Map<String, GazetteerEntry> byId;
  private final Map<String, List<GazetteerEntry>> byKey;
  private final Map<String, String> demonyms;
  private final Map<String, String> demonymKeys;

  Gazetteer(List<GazetteerEntry> all) {
    Map<String, GazetteerEntry> ids = new LinkedHashMap<>();
    Map<String, List<GazetteerEntry>> keys = new LinkedHashMap<>();
    Map<String, String> dems = new LinkedHashMap<>();
    Map<String, String> demKeys = new LinkedHashMap<>();
    for (GazetteerEntry e : all) {
      if (ids.put(e.id(), e) != null) {
        throw new IllegalArgumentException("two entries with id " + e.id());
      }
      for (String alias : e.aliases()) {
        List<GazetteerEntry> list = keys.computeIfAbsent(NameKey.of(alias), k -> new ArrayList<>(1));
        if (list.isEmpty() || list.get(list.size() - 1) != e) {
          list.add(e); // aliases of one entry come together, so identity with the last suffices
        }
      }
      for (String demonym : e.demonyms()) {
        dems.putIfAbsent(demonym, e.country());
        demKeys.putIfAbsent(NameKey.of(demonym), e.country());
      }
    }
    keys.replaceAll((k, list) -> List.copyOf(list));
    this.entries = List.copyOf(all);
    this.byId = Map.copyOf(ids);
    this.byKey = Map.copyOf(keys);
    this.demonyms = Collections.unmodifiableMap(dems);
    this.demonymKeys = Map.copyOf(demKeys);
  }

  /**
   * The shipped gazetteer, loaded once from the class path and shared.
   *
   * @throws IllegalArgumentException if the shipped files are malformed (a build error)
   */
  public static Gazetteer loadDefault() {
    return Shipped.INSTANCE;
  }

  /**
   * A fresh gazetteer: the shipped data, then each user file in order; a user row replaces the
   * entry with the same id (all rows of a person are replaced together).
   *
   * @param userFiles files in the user gazetteer format ({@code FORMAT.md}), possibly empty
   * @throws IllegalArgumentException for a malformed row, naming file, line and column
   * @throws UncheckedIOException when a file cannot be read
   */
  public static Gazetteer load(List<Path> userFiles) {
    GazetteerBuilder builder = new GazetteerBuilder();
    readShipped("countries.tsv", CountryRow.HEADER, CountryRow::from, r -> builder.country(r, false));
    readShipped("organizations.tsv", OrganizationRow.HEADER, OrganizationRow::from,
        r -> builder.organization(r, false));
    readShipped("people.tsv", PersonRow.HEADER, PersonRow::from, r -> builder.person(r, false));
    readShipped("places.tsv", PlaceRow.HEADER, PlaceRow::from, r -> builder.place(r, false));
    for (Path file : userFiles) {
      UserGazetteerReader.read(file, builder);
    }
    return builder.build();
  }

  /** All entries: countries, capitals, organizations, people, other places, in that order. */
  public Collection<GazetteerEntry> entries() {
    return entries;
  }

  /**
   * The entry with this full id ({@code person:kassym-jomart-tokayev}), or null.
   *
   * @param id full id with its type prefix
   */
  public GazetteerEntry byId(String id) {
    return id == null ? null : byId.get(id);
  }

  /**
   * The country entry for an ISO alpha-3 code (any case), or null.
   *
   * @param iso3 {@code KAZ}, {@code XKX}, ...
   */
  public GazetteerEntry country(String iso3) {
    return iso3 == null ? null : byId.get("country:" + iso3.toLowerCase(Locale.ROOT));
  }

  /**
   * The entries one of whose names (name, aliases, metonyms, CLDR names) equals {@code surface}
   * under {@link NameKey}: case-insensitive after NFC normalization, typographic quotes and
   * dashes folded. Several entries may share a name ({@code Lugansk}, {@code Aliyev}); a capital
   * and its country are different entries ({@code Moscow} is the location whose
   * {@code capitalOf} is {@code RUS}). All-caps acronyms match ordinary words too
   * ({@code WHO}/{@code who}): callers should check the case of the surface for those.
   *
   * @param surface the words as written, never null
   * @return matching entries in gazetteer order, unmodifiable, empty when none
   */
  public List<GazetteerEntry> byAlias(String surface) {
    return byKey.getOrDefault(NameKey.of(surface), List.of());
  }

  /**
   * Demonyms as written in the data ({@code Kazakh}, {@code Kazakhs}, {@code Azeri}) to the ISO
   * alpha-3 code of their country. A demonym shared by two countries belongs to the first in
   * code order. Unmodifiable, in gazetteer order.
   */
  public Map<String, String> demonyms() {
    return demonyms;
  }

  /**
   * The country of a demonym compared under {@link NameKey} ({@code TURKISH} gives {@code TUR}),
   * or null.
   */
  public String countryOfDemonym(String surface) {
    return demonymKeys.get(NameKey.of(surface));
  }

  private static <R> void readShipped(String file, List<String> header, Function<TsvRow, R> parse,
      Consumer<R> sink) {
    InputStream stream = Gazetteer.class.getResourceAsStream(RESOURCES + file);
    if (stream == null) {
      throw new IllegalStateException("gazetteer resource missing from the class path: " + file);
    }
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      for (TsvRow row : TsvReader.read(in, file, header)) {
        sink.accept(parse.apply(row));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer resource " + file, e);
    }
  }

  /** Holder of the shared default instance: loaded on first use, by the class loader's lock. */
  private static final class Shipped {
    static final Gazetteer INSTANCE = load(List.of());
  }
}
