package org.demarche.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines at {@code \n} (a {@code \r} before it is dropped) without
 * ever holding more than {@code maxLineBytes} of one line: a longer line is skipped to its end
 * and returned as {@link Line#tooLong()}. Not thread-safe.
 */
final class ByteLines {

  /**
   * One line.
   *
   * @param number 1-based line number
   * @param offset offset of its first byte in the stream
   * @param bytes its bytes without the line end; null when it is too long
   * @param length its length in bytes without the line end
   */
  record Line(long number, long offset, byte[] bytes, long length) {

    boolean tooLong() {
      return bytes == null;
    }
  }

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buffer = new byte[64 * 1024];
  private int bufferPos;
  private int bufferEnd;
  private long streamPos;
  private long lineNumber;

  ByteLines(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The number of the next line to read: lines returned so far plus one. */
  long nextLineNumber() {
    return lineNumber + 1;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    if (bufferPos == bufferEnd && !fill()) {
      return null;
    }
    long number = lineNumber + 1;
    long start = streamPos;
    byte[] line = new byte[Math.min(maxLineBytes, 256)];
    long length = 0;
    boolean tooLong = false;
    while (true) {
      if (bufferPos == bufferEnd && !fill()) {
        break;
      }
      int newline = indexOf((byte) '\n');
      int end = newline < 0 ? bufferEnd : newline;
      int chunk = end - bufferPos;
      if (!tooLong && length + chunk > maxLineBytes + 1L) {
        // one byte of slack: a line of exactly maxLineBytes may still end in \r
        tooLong = true;
        line = null;
      }
      if (!tooLong) {
        line = ensure(line, (int) length + chunk);
        System.arraycopy(buffer, bufferPos, line, (int) length, chunk);
      }
      length += chunk;
      streamPos += chunk;
      bufferPos = end;
      if (newline >= 0) {
        bufferPos++;
        streamPos++;
        break;
      }
    }
    if (!tooLong && length > 0 && line[(int) length - 1] == '\r') {
      length--;
    }
    lineNumber = number;
    if (tooLong || length > maxLineBytes) {
      return new Line(number, start, null, length);
    }
    return new Line(number, start, Arrays.copyOf(line, (int) length), length);
  }

  private int indexOf(byte b) {
    for (int i = bufferPos; i < bufferEnd; i++) {
      if (buffer[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static byte[] ensure(byte[] array, int size) {
    if (size <= array.length) {
      return array;
    }
    int doubled = (int) Math.min(Integer.MAX_VALUE - 8, array.length * 2L);
    return Arrays.copyOf(array, Math.max(size, doubled));
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer);
    if (n <= 0) {
      bufferPos = bufferEnd = 0;
      return false;
    }
    bufferPos = 0;
    bufferEnd = n;
    return true;
  }
}
