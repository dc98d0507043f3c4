package org.demarche.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.demarche.model.Article;
import org.junit.jupiter.api.Test;

/** Any bytes into any reader: no exception, and whatever comes out is a sound article. */
class RandomInputTest {

  private static final byte[] PIECES = String.join("",
          "{\"id\":\"text\":\"published\":\"2024-02-30\"}[]\n\r\\ ",
          "<html><article><p>x</p></article><meta charset=koi8-r><time datetime=>",
          "date 2023-01-01 ASTANA, Feb 28 (EFE).- WARC/1.1 Content-Length: 12 ",
          "Жé")
      .getBytes(StandardCharsets.UTF_8);

  private static byte[] randomBytes(Random random) {
    byte[] bytes = new byte[random.nextInt(400)];
    for (int i = 0; i < bytes.length; i++) {
      int r = random.nextInt(20);
      bytes[i] = r == 0 ? (byte) random.nextInt(256) : PIECES[random.nextInt(PIECES.length)];
    }
    return bytes;
  }

  private static void check(ArticleReader reader, String source, byte[] bytes) throws IOException {
    CollectingSink sink = new CollectingSink();
    reader.read(source, new ByteArrayInputStream(bytes), sink);
    for (Article article : sink.articles) {
      assertFalse(article.text().isBlank(), article.toString());
      assertEquals(-1, article.text().indexOf('\r'), article.toString());
    }
  }

  @Test
  void randomBytesNeverThrowFromAnyReader() throws IOException {
    Random random = new Random(11);
    List<ArticleReader> readers = List.of(new PlainTextReader(), new JsonLinesReader(),
        new HtmlReader(), new WarcReader());
    for (int i = 0; i < 3000; i++) {
      byte[] bytes = randomBytes(random);
      for (ArticleReader reader : readers) {
        check(reader, "random-" + i, bytes);
      }
    }
  }

  @Test
  void warcHeaderFollowedByRandomBytesNeverThrows() throws IOException {
    Random random = new Random(12);
    byte[] header = ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://x.example/\r\n"
        + "WARC-Date: 2024-01-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
        + "Content-Type: application/http; msgtype=response\r\nContent-Length: 120\r\n\r\n"
        + "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < 2000; i++) {
      byte[] tail = randomBytes(random);
      byte[] bytes = new byte[header.length + tail.length];
      System.arraycopy(header, 0, bytes, 0, header.length);
      System.arraycopy(tail, 0, bytes, header.length, tail.length);
      check(new WarcReader(), "random.warc", bytes);
    }
  }
}
