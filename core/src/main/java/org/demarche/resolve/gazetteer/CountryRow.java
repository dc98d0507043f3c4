package org.demarche.resolve.gazetteer;

import java.util.List;

/** One row of {@code countries.tsv}: a country, its names, demonyms, capital and metonyms. */
record CountryRow(
    String iso3,
    String name,
    List<String> aliases,
    List<String> demonyms,
    String capital,
    List<String> capitalAliases,
    List<String> metonyms,
    String provenance,
    TsvRow row) {

  static final List<String> HEADER =
      List.of("iso3", "name", "aliases", "demonyms", "capital", "capital_aliases", "metonyms",
          "provenance");

  /** Reads and checks a row; the iso3 code must be known. */
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
    return new CountryRow(iso3, row.required("name"), row.list("aliases"), row.list("demonyms"),
        capital, capitalAliases, row.list("metonyms"), row.required("provenance"), row);
  }
}
