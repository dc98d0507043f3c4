package org.demarche.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.demarche.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

  @TempDir Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.write(file, bytes);
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private String path(String name) {
    return dir.resolve(name).toString();
  }

  @Test
  void mixedBatchReadsEveryGoodArticleAndReportsEveryBadInput() throws IOException {
    write("batch/01_note.txt", " date 2024-03-05 Kestria and Valdor signed a treaty.");
    write("batch/02_feed.jsonl", "{\"id\":\"j1\",\"text\":\"One.\"}\nnot json\n"
        + "{\"id\":\"j2\",\"text\":\"Two.\"}\n");
    write("batch/03_page.html", "<article><p>The envoy returned to Lindar.</p></article>");
    write("batch/04_crawl.warc.gz", new WarcFixtures(true)
        .html("https://lindar.example/a", WarcFixtures.page("A", null, "Crawled story.")).bytes());
    write("batch/05_notes.dat", "Plain UTF-8 text under an unknown extension.");
    byte[] random = new byte[512];
    new Random(42).nextBytes(random);
    random[100] = 0;
    write("batch/06_blob.bin", random);
    write("batch/07_cyrillic.txt", "Мир".getBytes(Charset.forName("windows-1251")));
    write("batch/08_zero.txt", new byte[0]);
    byte[] gz = JsonLinesReaderTest.gzip("{\"id\":\"z1\",\"text\":\"Zipped one.\"}\n"
        + "{\"id\":\"z2\",\"text\":\"" + "Zipped two, which is long. ".repeat(40) + "\"}\n");
    write("batch/09_cut.jsonl.gz", Arrays.copyOf(gz, gz.length - 30));
    write("batch/10_blank.txt", "  \n\n ");
    write("batch/.hidden.txt", "Never read.");
    write("batch/sub/11_deep.txt", "Found in a subdirectory.");
    ByteArrayInputStream stdin = new ByteArrayInputStream(
        "{\"text\":\"From standard input.\"}\n".getBytes(StandardCharsets.UTF_8));
    CollectingSink sink = new CollectingSink();

    ReadSummary summary = new Inputs(ReadLimits.defaults(), () -> stdin)
        .read(List.of(path("batch"), path("missing.txt"), "-"), sink);

    assertEquals(List.of("01_note", "j1", "j2", "03_page",
        WarcReader.idFor("https://lindar.example/a"), "05_notes", "z1", "11_deep", "stdin-1"),
        sink.ids());
    assertEquals(List.of(
        new Problem(path("batch/02_feed.jsonl"), "line 2", "not valid JSON (at column 4)"),
        new Problem(path("batch/06_blob.bin"), null, "binary file"),
        new Problem(path("batch/07_cyrillic.txt"), null, "not UTF-8 (invalid byte at offset 0)"
            + "; looks like Windows-1251 (Cyrillic); convert it to UTF-8, e.g. iconv -f windows-1251 -t utf-8"),
        new Problem(path("batch/08_zero.txt"), null, "empty file"),
        new Problem(path("batch/09_cut.jsonl.gz"), "line 2",
            "truncated or corrupt gzip data (Unexpected end of ZLIB input stream)"),
        new Problem(path("batch/10_blank.txt"), null, "empty file"),
        new Problem(path("missing.txt"), null, "no such file or directory")),
        sink.problems);
    assertEquals(new ReadSummary(11, 9, 7), summary);
  }

  @Test
  void directoryIsWalkedInNameOrder() throws IOException {
    write("d/b.txt", "B.");
    write("d/a/z.txt", "Z.");
    write("d/C.txt", "C.");
    CollectingSink sink = new CollectingSink();

    new Inputs().read(List.of(path("d")), sink);

    assertEquals(List.of("C", "z", "b"), sink.ids());
  }

  @Test
  void readerIsChosenByFileName() {
    Inputs inputs = new Inputs();

    assertEquals(List.of(JsonLinesReader.class, JsonLinesReader.class, JsonLinesReader.class,
            WarcReader.class, WarcReader.class, HtmlReader.class, HtmlReader.class,
            PlainTextReader.class, PlainTextReader.class),
        List.of("a.jsonl", "A.JSONL.GZ", "b.ndjson", "c.warc", "c.warc.gz", "d.html", "d.HTM",
                "e.txt", "f.unknown").stream()
            .map(name -> inputs.readerFor(name).getClass()).toList());
  }

  @Test
  void fileOverTheConfiguredLimitIsAProblem() throws IOException {
    write("big.txt", "x".repeat(2000));
    CollectingSink sink = new CollectingSink();

    new Inputs(new ReadLimits(1000), InputStream::nullInputStream)
        .read(List.of(path("big.txt")), sink);

    assertEquals(List.of(new Problem(path("big.txt"), null, "too large (over 1000 bytes)")),
        sink.problems);
  }
}
