package org.demarche.resolve.gazetteer;

import java.util.List;

/**
 * One row of {@code countries.tsv}: a country, its names, demonyms, capital and metonyms.
 *
 * @param sovereign for a dependent territory, the ISO alpha-3 code of the state it belongs to
 *     ({@code FRA} for New Caledonia), which its entry and its capital act for; null for
 *     sovereign states and disputed territories
 */
record CountryRow(
    String iso3,
    String name,
    List<String> aliases,
    List<String> demonyms,
    String capital,
    List<String> capitalAliases,
    List<String> metonyms,
    String sovereign,
    String provenance,
    TsvRow row) {

  static final List<String> HEADER =
      List.of("iso3", "name", "aliases", "demonyms", "capital", "capital_aliases", "metonyms",
          "sovereign", "provenance");

  /** The columns before {@code sovereign} was added; user files may still use them. */
  static final List<String> HEADER_WITHOUT_SOVEREIGN =
      List.of("iso3", "name", "aliases", "demonyms", "capital", "capital_aliases", "metonyms",
          "provenance");

  /** Reads and checks a row of either header; the iso3 code must be known. */
  static CountryRow from(TsvRow row) {
    String iso3 = row.required("iso3");
    if (!CountryCodes.isValid(iso3)) {
      throw row.error("iso3", "not an ISO 3166-1 alpha-3 code (or XKX): " + iso3);
    }
    String capital = row.text("capital");
    List<String> capitalAliases = row.list("capital_aliases");
    if (capital == null && !capitalAliases.isEmpty()) {
      throw row.error("capital_aliases", "given without a capital");
    }
    String sovereign = row.header().contains("sovereign") ? RowChecks.country(row, "sovereign") : null;
    if (iso3.equals(sovereign)) {
      throw row.error("sovereign", "a territory cannot belong to itself: " + sovereign);
    }
    return new CountryRow(iso3, row.required("name"), row.list("aliases"), row.list("demonyms"),
        capital, capitalAliases, row.list("metonyms"), sovereign, row.required("provenance"), row);
  }

  /** The state this country's entry acts for: itself, or its sovereign. */
  String actsFor() {
    return sovereign != null ? sovereign : iso3;
  }
}
