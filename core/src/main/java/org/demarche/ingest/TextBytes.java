package org.demarche.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Bounded reading and strict decoding of raw input bytes. Stateless. */
final class TextBytes {

  private TextBytes() {}

  /**
   * Reads {@code in} to its end, or up to {@code limit + 1} bytes: a result longer than
   * {@code limit} means the input is over the limit (and was not read further).
   */
  static byte[] readAtMost(InputStream in, int limit) throws IOException {
    return in.readNBytes(limit == Integer.MAX_VALUE ? limit : limit + 1);
  }

  /** Whether the bytes are binary rather than text: they contain a NUL byte. */
  static boolean looksBinary(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether the bytes are empty or only ASCII white space. */
  static boolean isBlank(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B) {
        return false;
      }
    }
    return true;
  }

  /** Strict UTF-8 decoding of all of {@code bytes}, offsets counted from 0. */
  static String utf8(byte[] bytes) throws UndecodableBytesException {
    return decode(bytes, 0, bytes.length, StandardCharsets.UTF_8, 0);
  }

  /**
   * Decodes {@code bytes[from, to)} in {@code charset}, refusing malformed and unmappable
   * input instead of replacing it.
   *
   * @param baseOffset the offset of {@code bytes[from]} in the source, added to the offset
   *     reported for an invalid byte
   * @throws UndecodableBytesException naming the source offset of the first invalid byte
   */
  static String decode(byte[] bytes, int from, int to, Charset charset, long baseOffset)
      throws UndecodableBytesException {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8,
        (long) ((to - from) * (double) decoder.maxCharsPerByte()) + 1));
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new UndecodableBytesException(charset, baseOffset + in.position() - from,
          charset.equals(StandardCharsets.UTF_8) ? EncodingGuess.hint(bytes, from, to) : null);
    }
    if (result.isOverflow()) {
      throw new IllegalStateException(charset + " decoded to more than maxCharsPerByte allows");
    }
    result = decoder.flush(out);
    if (result.isError()) {
      throw new UndecodableBytesException(charset, baseOffset + in.position() - from);
    }
    out.flip();
    return out.toString();
  }
}
