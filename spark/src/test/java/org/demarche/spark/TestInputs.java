package org.demarche.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.demarche.ingest.ArticleSink;
import org.demarche.ingest.Inputs;
import org.demarche.model.Article;
import org.demarche.model.Problem;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Builds the job's test inputs from the sample articles ({@code samples/articles/*.txt}). */
final class TestInputs {

  static final Instant CRAWLED = Instant.parse("2025-11-01T08:00:00Z");

  private TestInputs() {}

  /** The sample articles as the plain-text reader reads them, in file name order. */
  static List<Article> samples() {
    Path dir = Path.of(System.getProperty("demarche.samples", "../samples/articles"));
    List<String> files = new ArrayList<>();
    try (var list = Files.list(dir)) {
      list.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(p -> files.add(p.toString()));
    } catch (IOException e) {
      throw new IllegalStateException("cannot list the samples in " + dir.toAbsolutePath(), e);
    }
    List<Article> out = new ArrayList<>();
    new Inputs().read(files, new ArticleSink() {
      @Override
      public void article(Article a) {
        out.add(a);
      }

      @Override
      public void problem(Problem p) {
        throw new IllegalStateException("sample not readable: " + p);
      }
    });
    return out;
  }

  /** How many articles {@link #writeJsonLines} writes twice. */
  static final int REPEATED = 6;

  /**
   * JSON Lines of {@code articles}, each under its own id, and the first {@value #REPEATED} again
   * as {@code <id>-next} dated a day later (so that events meet across articles), in the order
   * {@code load-parquet} stores articles (publication date, undated last, then id: so that
   * {@code demarche ingest} of this file stores them in that order too), then one line that is
   * not JSON.
   */
  static void writeJsonLines(List<Article> articles, Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<ObjectNode> lines = new ArrayList<>();
    for (int copy = 0; copy < 2; copy++) {
      for (Article a : copy == 0 ? articles : articles.subList(0, REPEATED)) {
        ObjectNode line = json.createObjectNode();
        line.put("id", copy == 0 ? a.id() : a.id() + "-next");
        line.put("text", a.text());
        LocalDate published = a.published() == null ? null : a.published().plusDays(copy);
        if (published != null) {
          line.put("published", published.toString());
        }
        line.put("outlet", "Sample Wire");
        lines.add(line);
      }
    }
    lines.sort(Comparator
        .comparing((ObjectNode l) -> l.has("published") ? l.get("published").asText() : null,
            Comparator.nullsLast(Comparator.<String>naturalOrder()))
        .thenComparing(l -> l.get("id").asText()));
    StringBuilder out = new StringBuilder();
    for (ObjectNode line : lines) {
      out.append(json.writeValueAsString(line)).append('\n');
    }
    out.append("{\"id\": \"broken\", \"text\": \n");
    Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
  }

  /**
   * A gzipped WARC with one HTML page per article, wrapped in the boilerplate of a news site
   * (navigation, byline, script, comment, footer), each after its request record, and one image
   * response that is not an article.
   */
  static void writeWarc(List<Article> articles, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        WarcWriter warc = new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP)) {
      for (Article a : articles) {
        String url = "https://news.example.org/world/" + a.id();
        warc.write(new WarcRequest.Builder(url).date(CRAWLED)
            .body(new HttpRequest.Builder("GET", url).build()).build());
        byte[] page = page(a).getBytes(StandardCharsets.UTF_8);
        HttpResponse http = new HttpResponse.Builder(200, "OK")
            .body(MediaType.parse("text/html; charset=utf-8"), page).build();
        warc.write(new WarcResponse.Builder(url).date(CRAWLED).body(http).build());
      }
      String logo = "https://news.example.org/logo.png";
      HttpResponse image = new HttpResponse.Builder(200, "OK")
          .body(MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'}).build();
      warc.write(new WarcResponse.Builder(logo).date(CRAWLED).body(image).build());
    }
  }

  private static String page(Article a) {
    String[] paragraphs = a.text().split("\n\\s*\n");
    StringBuilder body = new StringBuilder();
    for (String p : paragraphs) {
      if (!p.isBlank()) {
        body.append("<p>").append(escape(p.strip())).append("</p>\n");
      }
    }
    String title = a.id().replace('_', ' ');
    return "<!DOCTYPE html><html><head><title>" + title + " | Example News</title>"
        + (a.published() == null ? ""
            : "<meta property=\"article:published_time\" content=\"" + a.published() + "\">")
        + "<script>window.dataLayer = [{'page': 'article'}];</script></head><body>"
        + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/business\">Business</a></nav>"
        + "<!-- ad slot 1 --><article><h1>" + title + "</h1>"
        + "<div class=\"byline\">By Example News staff</div>\n" + body + "</article>"
        + "<aside class=\"related\"><h2>Related</h2><ul><li><a href=\"/x\">More news</a></li></ul></aside>"
        + "<footer>Copyright 2025 Example News. All rights reserved.</footer></body></html>";
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
