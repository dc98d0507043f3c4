package org.demarche.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes HTML bytes strictly in the charset the page declares: a UTF-8 byte order mark, else
 * the HTTP {@code Content-Type} charset when there is one, else a {@code <meta charset>} or
 * {@code <meta http-equiv=Content-Type>} in the first 4 KB, else UTF-8. An unknown charset name
 * counts as undeclared. Stateless.
 */
final class HtmlCharset {

  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]{1,40})",
      Pattern.CASE_INSENSITIVE);
  private static final int SNIFF_BYTES = 4096;

  private HtmlCharset() {}

  /**
   * The page as text.
   *
   * @param httpCharset the charset named by the HTTP headers, or null
   * @throws UndecodableBytesException naming the charset and the offset of the first bad byte
   */
  static String decode(byte[] bytes, String httpCharset) throws UndecodableBytesException {
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      return TextBytes.decode(bytes, 3, bytes.length, StandardCharsets.UTF_8, 3);
    }
    Charset charset = lookup(httpCharset);
    if (charset == null) {
      String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES),
          StandardCharsets.ISO_8859_1);
      Matcher m = META_CHARSET.matcher(head);
      charset = m.find() ? lookup(m.group(1)) : null;
    }
    return TextBytes.decode(bytes, 0, bytes.length,
        charset == null ? StandardCharsets.UTF_8 : charset, 0);
  }

  private static Charset lookup(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Charset.forName(name.strip());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }
}
