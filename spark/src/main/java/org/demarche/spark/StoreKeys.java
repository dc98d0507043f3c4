package org.demarche.spark;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import org.demarche.model.Article;

/**
 * The store's keys, computed the store's way so that a Parquet result loads into a store
 * unchanged: the article content hash ({@code org.demarche.store.ContentHash}), the event actor
 * key and the event id ({@code org.demarche.store.EventKey}). Those classes are private to the
 * store; {@code SparkJobIT} checks these against what the store writes. Stateless.
 */
final class StoreKeys {

  private StoreKeys() {}

  /**
   * SHA-256 in lowercase hex over id, text and publication date, each as its UTF-8 length (4
   * bytes big-endian, -1 for a null date) then its UTF-8 bytes.
   */
  static String contentHash(Article article) {
    MessageDigest digest = sha256();
    field(digest, article.id());
    field(digest, article.text());
    field(digest, article.published() == null ? null : article.published().toString());
    return HexFormat.of().formatHex(digest.digest());
  }

  /** An event actor's key: its entity id, or {@code country:<iso3 lowercase>} when only the country is known. */
  static String actorKey(String entity, String country) {
    if (entity != null) {
      return entity;
    }
    if (country == null) {
      throw new IllegalArgumentException("an event actor needs an entity or a country");
    }
    return "country:" + country.toLowerCase(Locale.ROOT);
  }

  /**
   * {@code evt-} and the first 20 hex digits of the SHA-256 of type, source key, target key and
   * date joined by U+001F (null target and date as empty strings).
   */
  static String eventId(String type, String sourceKey, String targetKey, LocalDate date) {
    String joined = type + '\u001f' + sourceKey + '\u001f' + (targetKey == null ? "" : targetKey)
        + '\u001f' + (date == null ? "" : date.toString());
    byte[] hash = sha256().digest(joined.getBytes(StandardCharsets.UTF_8));
    return "evt-" + HexFormat.of().formatHex(hash, 0, 10);
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

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
