package dev.valueroadmap.onboarding.json;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Passes the bytes of a UTF-8 document through and throws an {@link InvalidUtf8Exception} at
 * the first byte sequence that is not UTF-8.
 *
 * <p>Jackson's UTF-8 byte parser (jackson-core 2.21) looks a field name up in its name cache
 * before it decodes the bytes, and pads the last four-byte group of a name with 0xFF bytes.
 * A name that contains the invalid byte 0xFF, such as {@code "even\xFFts"}, then matches a
 * cached {@code "events"} from an earlier document, so the document was read as if it were
 * valid. Checking every byte here rejects such a document whatever was read before.
 */
final class Utf8CheckingInputStream extends FilterInputStream {

  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final CharBuffer decoded = CharBuffer.allocate(4096);

  /** The bytes of a character that the last read split, at most three. */
  private ByteBuffer pending = ByteBuffer.allocate(0);
  private long checkedBytes;
  private int line = 1;
  private int column = 1;
  private boolean ended;

  private Utf8CheckingInputStream(InputStream in) {
    super(in);
  }

  /**
   * Returns a stream that checks the input when it is UTF-8, and the input itself when it is
   * UTF-16 or UTF-32. A JSON text starts with ASCII characters, so UTF-16 and UTF-32 show
   * in its first four bytes as a zero byte, unless they start with a UTF-16 byte-order mark.
   */
  static InputStream wrap(InputStream in) throws IOException {
    PushbackInputStream peeking = new PushbackInputStream(in, 4);
    byte[] head = peeking.readNBytes(4);
    peeking.unread(head);

    int first = head.length > 0 ? head[0] & 0xFF : -1;
    int second = head.length > 1 ? head[1] & 0xFF : -1;
    boolean utf16Mark = first == 0xFE && second == 0xFF || first == 0xFF && second == 0xFE;
    for (byte b : head) {
      if (b == 0) {
        return peeking;
      }
    }
    return utf16Mark ? peeking : new Utf8CheckingInputStream(peeking);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int count = read(one, 0, 1);
    return count < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int count = super.read(buffer, offset, length);
    if (count < 0) {
      finish();
    } else {
      check(ByteBuffer.wrap(buffer, offset, count), false);
    }
    return count;
  }

  @Override
  public long skip(long count) throws IOException {
    byte[] skipped = new byte[(int) Math.min(count, 8192)];
    int read = read(skipped, 0, skipped.length);
    return Math.max(read, 0);
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void finish() throws IOException {
    if (!ended) {
      ended = true;
      check(ByteBuffer.allocate(0), true);
    }
  }

  private void check(ByteBuffer bytes, boolean endOfInput) throws IOException {
    ByteBuffer input = bytes;
    if (pending.hasRemaining()) {
      input = ByteBuffer.allocate(pending.remaining() + bytes.remaining());
      input.put(pending).put(bytes).flip();
    }

    int start = input.position();
    CoderResult result;
    do {
      decoded.clear();
      result = decoder.decode(input, decoded, endOfInput);
    } while (result.isOverflow());
    count(input, start, input.position());

    if (result.isError()) {
      byte[] bad = new byte[result.length()];
      input.get(bad);
      throw new InvalidUtf8Exception(bad, checkedBytes, line, column);
    }
    pending = ByteBuffer.allocate(input.remaining());
    pending.put(input).flip();
  }

  /** Moves the line and the column, which counts characters, past the decoded bytes. */
  private void count(ByteBuffer input, int from, int to) {
    for (int i = from; i < to; i++) {
      int b = input.get(i) & 0xFF;
      if (b == '\n') {
        line++;
        column = 1;
      } else if ((b & 0xC0) != 0x80) {
        column++;
      }
    }
    checkedBytes += to - from;
  }

  /** Thrown at the first byte sequence of the input that is not UTF-8. */
  static final class InvalidUtf8Exception extends CharConversionException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    InvalidUtf8Exception(byte[] bytes, long offset, int line, int column) {
      super("invalid UTF-8: the byte sequence " + HexFormat.ofDelimiter(" ").withUpperCase()
          .formatHex(bytes) + " at byte offset " + offset + " is not UTF-8;"
          + " save the document as UTF-8, UTF-16 or UTF-32");
      this.line = line;
      this.column = column;
    }

    int line() {
      return line;
    }

    int column() {
      return column;
    }
  }
}
