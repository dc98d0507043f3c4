package org.demarche.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.demarche.model.PloverType;

/**
 * The CAMEO code table ({@code cameo.tsv}): each code's Goldstein value, PLOVER type and name,
 * and its QuadClass. Immutable and thread-safe.
 */
public final class CameoCodes {

  /** One CAMEO code. {@code plover} is null where PLOVER drops the code (statements, appeals). */
  public record Code(String code, double goldstein, PloverType plover, String name) {

    public Code {
      if (code == null || !code.matches("\\d{2,4}")) {
        throw new IllegalArgumentException("CAMEO code must be 2 to 4 digits: " + code);
      }
      if (goldstein < -10 || goldstein > 10) {
        throw new IllegalArgumentException("Goldstein value of " + code + " must be in [-10, 10]: " + goldstein);
      }
    }

    /** The GDELT QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
    public int quadClass() {
      return CameoCodes.quadClass(code);
    }
  }

  private static final CameoCodes STANDARD = load();

  private final Map<String, Code> codes;

  private CameoCodes(Map<String, Code> codes) {
    this.codes = Map.copyOf(codes);
  }

  /** The table that ships with Demarche. */
  public static CameoCodes standard() {
    return STANDARD;
  }

  /** The code, or empty when the table does not hold it. */
  public Optional<Code> find(String code) {
    return Optional.ofNullable(codes.get(code));
  }

  /**
   * The code, else the nearest code above it in the hierarchy ({@code 0874} falls back to
   * {@code 087}, then {@code 08}).
   *
   * @throws IllegalArgumentException when not even the root is a CAMEO code
   */
  public Code get(String code) {
    for (String c = code; c != null && c.length() >= 2; c = c.length() > 2 ? c.substring(0, c.length() - 1) : null) {
      Code found = codes.get(c);
      if (found != null) {
        return found;
      }
    }
    throw new IllegalArgumentException("not a CAMEO code: " + code);
  }

  /** The Goldstein value of {@code code} (or of its nearest ancestor in the table). */
  public double goldstein(String code) {
    return get(code).goldstein();
  }

  /**
   * The GDELT QuadClass of a CAMEO code, from its root: 01-05 verbal cooperation (1), 06-08
   * material cooperation (2), 09-13 verbal conflict (3), 14-20 material conflict (4).
   *
   * @throws IllegalArgumentException when the root is not 01 to 20
   */
  public static int quadClass(String code) {
    int root = code == null || code.length() < 2 || !code.substring(0, 2).matches("\\d\\d")
        ? -1 : Integer.parseInt(code.substring(0, 2));
    if (root < 1 || root > 20) {
      throw new IllegalArgumentException("CAMEO root must be 01 to 20: " + code);
    }
    return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
  }

  private static CameoCodes load() {
    return TableResource.read("cameo.tsv", CameoCodes::parse);
  }

  /** Parses a table in {@code cameo.tsv}'s format; a malformed line throws naming the line. */
  static CameoCodes parse(BufferedReader in, String name) throws IOException {
    Map<String, Code> codes = new LinkedHashMap<>();
    String line;
    int n = 0;
    while ((line = in.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      try {
        if (f.length != 4) {
          throw new IllegalArgumentException("expected 4 tab-separated columns, got " + f.length);
        }
        PloverType plover = f[2].equals("-") ? null : PloverType.valueOf(f[2]);
        Code c = new Code(f[0], Double.parseDouble(f[1]), plover, f[3]);
        if (codes.put(c.code(), c) != null) {
          throw new IllegalArgumentException("code " + c.code() + " listed twice");
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(name + ":" + n + ": " + e.getMessage(), e);
      }
    }
    return new CameoCodes(codes);
  }
}
