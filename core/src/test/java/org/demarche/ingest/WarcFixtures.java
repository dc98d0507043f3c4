package org.demarche.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Builds small WARC files in memory from pages written for the tests. */
final class WarcFixtures {

  static final Instant CRAWLED = Instant.parse("2024-06-01T12:00:00Z");

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final WarcWriter writer;

  WarcFixtures(boolean gzip) throws IOException {
    writer = new WarcWriter(Channels.newChannel(bytes),
        gzip ? WarcCompression.GZIP : WarcCompression.NONE);
  }

  WarcFixtures request(String url) throws IOException {
    HttpRequest http = new HttpRequest.Builder("GET", url).build();
    writer.write(new WarcRequest.Builder(url).date(CRAWLED).body(http).build());
    return this;
  }

  WarcFixtures response(String url, int status, String contentType, byte[] payload)
      throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
        .body(MediaType.parse(contentType), payload)
        .build();
    writer.write(new WarcResponse.Builder(url).date(CRAWLED).body(http).build());
    return this;
  }

  WarcFixtures html(String url, String html) throws IOException {
    return response(url, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
  }

  /** Everything written so far; further records may still be added. */
  byte[] bytes() {
    return bytes.toByteArray();
  }

  static String page(String title, String date, String paragraph) {
    return "<html><head><title>" + title + "</title>"
        + (date == null
            ? "" : "<meta property=\"article:published_time\" content=\"" + date + "\">")
        + "</head><body><article><p>" + paragraph + "</p></article></body></html>";
  }
}
