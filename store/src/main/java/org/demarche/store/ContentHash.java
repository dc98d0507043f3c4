package org.demarche.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.demarche.model.Article;

/**
 * The content hash that makes storing idempotent: SHA-256, in lowercase hex, over the article's
 * id, text and publication date. Each field enters the digest as its UTF-8 length (4 bytes,
 * big-endian; -1 for a null date) followed by its UTF-8 bytes, so no two different field
 * triples can hash alike by shifting characters between fields. Public for the Spark job, which
 * writes the same hashes into Parquet. Stateless.
 */
public final class ContentHash {

  private ContentHash() {}

  /** The hash of {@code article}. */
  public static String of(Article article) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    field(digest, article.id());
    field(digest, article.text());
    field(digest, article.published() == null ? null : article.published().toString());
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void field(MessageDigest digest, String value) {
    if (value == null) {
      digest.update(ByteBuffer.allocate(4).putInt(-1).array());
      return;
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
    digest.update(bytes);
  }
}
