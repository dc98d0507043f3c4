package org.demarche.app;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes the bad-input corpus of issue #9 into a directory: every file is made by this class,
 * no real article is copied. {@link #expectedProblems} says what each bad file must be rejected
 * with (file, line or record, reason), {@link #EXPECTED_IDS} which articles must come through.
 */
final class BadInputCorpus {

  /** The articles the corpus holds that must be read and extracted. */
  static final Set<String> EXPECTED_IDS = Set.of(
      "a_good", "j_good", "j_after", "g1", "g2", "g3", "quotes_only", "unbalanced_quotes",
      warcId("https://kestria.example/news/1"));

  /** Bytes of the single-line text, over the 20 MiB article limit. */
  static final int HUGE_BYTES = 50 * 1024 * 1024;

  private BadInputCorpus() {}

  /** Writes the corpus into {@code dir} (created if missing) and returns {@code dir}. */
  static Path write(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("a_good.txt"), " date 2024-03-05\nASTANA, March 5 -- Kazakhstan and "
        + "Uzbekistan signed a water agreement on Tuesday. \"This is a good day for the region,\" "
        + "Tokayev said.\n");
    Files.write(dir.resolve("binary.bin"),
        new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0});
    byte[] utf8 = "Talks in Astana went on \u2014 and on".getBytes(StandardCharsets.UTF_8);
    utf8[25] = 'x'; // the second byte of the dash: its lead byte now stands alone
    Files.write(dir.resolve("invalid_utf8.txt"), utf8);
    Files.write(dir.resolve("cyrillic_1251.txt"), "Токаев провёл переговоры с Мирзиёевым в Астане."
        .getBytes(Charset.forName("windows-1251")));
    Files.write(dir.resolve("latin1.txt"), "Le président s'est rendu à Astana pour des entretiens."
        .getBytes(StandardCharsets.ISO_8859_1));
    byte[] chunk = "word ".repeat(1024 * 1024 / 5 + 1).substring(0, 1024 * 1024)
        .getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out = Files.newOutputStream(dir.resolve("huge_single_line.txt"))) {
      for (int i = 0; i < HUGE_BYTES / chunk.length; i++) {
        out.write(chunk);
      }
    }
    Files.write(dir.resolve("zero.txt"), new byte[0]);
    try (OutputStream out = Files.newOutputStream(dir.resolve("feed.jsonl"))) {
      out.write(("{\"id\": \"j_good\", \"text\": \"Ankara hosted talks with Baku on Monday.\", "
          + "\"published\": \"2024-01-08\"}\n"
          + "{\"id\": \"j_malformed\" \"text\": \"a comma is missing\"}\n"
          + "{\"id\": \"j_truncated\", \"text\": \"the line ends in the middle of\n"
          + "{\"id\": \"j_oversized\", \"text\": \"").getBytes(StandardCharsets.UTF_8));
      byte[] filler = "x".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 21; i++) {
        out.write(filler);
      }
      out.write(("\"}\n"
          + "{\"id\": \"j_number\", \"text\": 42}\n"
          + "{\"id\": \"j_object\", \"text\": {\"body\": \"nested\"}}\n"
          + "{\"id\": \"j_long\", \"text\": \"" + "Long text. ".repeat(20_000) + "\"}\n"
          + "{\"id\": \"j_after\", \"text\": \"Georgia rejected the proposal of Russia.\"}\n")
          .getBytes(StandardCharsets.UTF_8));
    }
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      for (int i = 1; i <= 60; i++) {
        out.write(("{\"id\": \"g" + i + "\", \"text\": \"Story " + i + ": the ministers of Kestria and "
            + "Valdor met in Lindar to discuss the tariffs on grain and the new rail corridor.\"}\n")
            .getBytes(StandardCharsets.UTF_8));
      }
    }
    // cut where only the first three lines can be decompressed
    byte[] whole = gz.toByteArray();
    Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(whole, cutAfterLines(whole, 3)));
    byte[] warc = warc(Map.of(
        "https://kestria.example/news/1", page("The envoy of Kestria arrived in Lindar on Monday."),
        "https://kestria.example/news/2", page("The second story is cut short by the crawler.")));
    Files.write(dir.resolve("cut.warc"), Arrays.copyOf(warc, warc.length - 60));
    Files.writeString(dir.resolve("deep.html"), "<html><body>" + "<div>".repeat(100_000)
        + "<p>Deep inside, the envoy spoke.</p>" + "</div>".repeat(100_000) + "</body></html>");
    Files.writeString(dir.resolve("quotes_only.txt"), "\u201cWe will not accept this.\u201d\n\n"
        + "\u201cNever.\u201d\n\n\"Not now, not later, not under any pressure.\"\n");
    Files.writeString(dir.resolve("unbalanced_quotes.txt"), "The minister said \u201cthe border is "
        + "closed and \"nobody\u201d knows \u00ab why. Kazakhstan will \"support the talks.\n"
        + "\u201d Tokayev said \u201c\u201c\u201d nothing more.\n");
    Files.writeString(dir.resolve("run_on.txt"),
        "the delegation discussed water sharing along the river ".repeat(10_000));
    return dir;
  }

  /** The problems the corpus in {@code dir} must be rejected with, as the CLI prints them. */
  static Map<String, String> expectedProblems(Path dir) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put(dir.resolve("binary.bin") + "", "binary file");
    p.put(dir.resolve("cut.jsonl.gz") + ":line 4", "truncated or corrupt gzip data");
    p.put(dir.resolve("cut.warc") + ":record 2", "truncated or corrupt record");
    p.put(dir.resolve("cyrillic_1251.txt") + "", "not UTF-8 (invalid byte at offset 0); looks like "
        + "Windows-1251 (Cyrillic); convert it to UTF-8, e.g. iconv -f windows-1251 -t utf-8");
    p.put(dir.resolve("deep.html") + "", "nested too deeply (100004 levels, limit 1000)");
    p.put(dir.resolve("feed.jsonl") + ":line 2", "not valid JSON (at column 22)");
    p.put(dir.resolve("feed.jsonl") + ":line 3", "not valid JSON (at column 62)");
    p.put(dir.resolve("feed.jsonl") + ":line 4", "line too long (22020129 bytes, limit 20971520)");
    p.put(dir.resolve("feed.jsonl") + ":line 5", "\"text\" is a number, not a string");
    p.put(dir.resolve("feed.jsonl") + ":line 6", "\"text\" is an object, not a string");
    p.put(dir.resolve("feed.jsonl") + ":line 7", "text too long (220000 characters, limit 200000)");
    p.put(dir.resolve("huge_single_line.txt") + "", "too large (over 20971520 bytes)");
    p.put(dir.resolve("invalid_utf8.txt") + "", "not UTF-8 (invalid byte at offset 24)");
    p.put(dir.resolve("latin1.txt") + "", "not UTF-8 (invalid byte at offset 5); looks like Latin-1 "
        + "(ISO-8859-1); convert it to UTF-8, e.g. iconv -f latin1 -t utf-8");
    p.put(dir.resolve("run_on.txt") + "", "text too long (550000 characters, limit 200000)");
    p.put(dir.resolve("zero.txt") + "", "empty file");
    return p;
  }

  private static String page(String paragraph) {
    return "<html><head><title>Kestria news</title></head><body><article><p>" + paragraph
        + "</p></article></body></html>";
  }

  /** The length of a prefix of {@code gz} from which exactly {@code lines} lines decompress. */
  private static int cutAfterLines(byte[] gz, int lines) throws IOException {
    for (int n = 20; n < gz.length; n++) {
      int complete = 0;
      try (var in = new GZIPInputStream(
          new ByteArrayInputStream(Arrays.copyOf(gz, n)))) {
        int b;
        while ((b = in.read()) >= 0) {
          if (b == '\n') {
            complete++;
          }
        }
      } catch (IOException cut) {
        // expected: the prefix is cut
      }
      if (complete == lines) {
        return n;
      }
    }
    throw new IllegalStateException("no prefix gives " + lines + " lines");
  }

  private static byte[] warc(Map<String, String> pages) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WarcWriter writer = new WarcWriter(Channels.newChannel(out));
    for (String url : new TreeSet<>(pages.keySet())) {
      HttpResponse http = new HttpResponse.Builder(200, "OK")
          .body(MediaType.parse("text/html; charset=utf-8"),
              pages.get(url).getBytes(StandardCharsets.UTF_8))
          .build();
      writer.write(new WarcResponse.Builder(url)
          .date(Instant.parse("2024-06-01T12:00:00Z")).body(http).build());
    }
    return out.toByteArray();
  }

  /** The id the WARC reader gives the page at {@code url}. */
  static String warcId(String url) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(url.getBytes(StandardCharsets.UTF_8));
      return "warc-" + HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
