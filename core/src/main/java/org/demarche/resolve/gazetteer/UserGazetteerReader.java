package org.demarche.resolve.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a user gazetteer file ({@code --gazetteer FILE}): TSV whose first column is the kind
 * ({@code country}, {@code organization}, {@code person}, {@code place}) followed by the columns
 * of that kind's shipped file, in the same order. Lines whose first cell is {@code kind} are
 * header lines and skipped; so are {@code #} comments and blank lines.
 */
final class UserGazetteerReader {

  /** The columns after {@code kind}, per kind. */
  static final Map<String, List<String>> COLUMNS =
      Map.of(
          "country", CountryRow.HEADER,
          "organization", OrganizationRow.HEADER,
          "person", PersonRow.HEADER,
          "place", PlaceRow.HEADER);

  private UserGazetteerReader() {}

  /**
   * Reads {@code file} into {@code builder}, overriding the entries with the same ids.
   *
   * @throws IllegalArgumentException naming file, line and column for a malformed row
   * @throws UncheckedIOException when the file cannot be read
   */
  static void read(Path file, GazetteerBuilder builder) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      read(in, file.toString(), builder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer file " + file, e);
    }
  }

  /** Reads user rows from {@code in}; {@code source} names it in messages. */
  static void read(BufferedReader in, String source, GazetteerBuilder builder) throws IOException {
    builder.startUserFile();
    int number = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      number++;
      line = TsvReader.clean(line, number);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> cells = TsvReader.split(line);
      String kind = cells.get(0).trim();
      if (kind.equals("kind")) {
        continue;
      }
      List<String> header = COLUMNS.get(kind);
      if (header == null) {
        throw new IllegalArgumentException(source + ":" + number
            + ": column 1 (kind): must be country, organization, person or place: " + kind);
      }
      List<String> rest = new ArrayList<>(cells.subList(1, cells.size()));
      if (kind.equals("organization") && rest.size() == OrganizationRow.HEADER_WITHOUT_SEATS.size()) {
        header = OrganizationRow.HEADER_WITHOUT_SEATS; // files written before the seats column
      }
      if (kind.equals("country") && rest.size() == CountryRow.HEADER_WITHOUT_SOVEREIGN.size()) {
        header = CountryRow.HEADER_WITHOUT_SOVEREIGN;
      }
      if (rest.size() != header.size()) {
        throw new IllegalArgumentException(source + ":" + number + ": a " + kind + " row needs "
            + (header.size() + 1) + " columns (kind, " + String.join(", ", header) + "), found "
            + cells.size());
      }
      TsvRow row = new TsvRow(source, number, header, rest, 1);
      switch (kind) {
        case "country" -> builder.country(CountryRow.from(row), true);
        case "organization" -> builder.organization(OrganizationRow.from(row), true);
        case "person" -> builder.person(PersonRow.from(row), true);
        default -> builder.place(PlaceRow.from(row), true);
      }
    }
  }
}
