package dev.valueroadmap.onboarding.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes the UTF-8 bytes of a CSV file for Commons CSV and checks, as it decodes, what
 * Commons CSV either accepts or reports without a usable position: invalid UTF-8, a quote
 * inside an unquoted field, text after a closing quote, a quoted field still open at the
 * end of the file and a row longer than {@value #MAX_ROW_LENGTH} characters. Each problem
 * becomes a {@link BadInputException} with the line and column, so a reader never needs
 * more memory than one row of that length. A leading byte-order mark is dropped.
 *
 * <p>Spaces and tabs around a field are allowed, as the sheet's CSV format ignores them.
 * Lines end with CR, LF or CR LF; columns count characters (code points) from 1.
 */
final class StrictCsvReader extends Reader {

  /** The maximum length of a row, in characters including its line breaks. */
  static final int MAX_ROW_LENGTH = 1_000_000;

  private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED, AFTER_CLOSING_QUOTE }

  private final String source;
  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
  private final CharBuffer decoded = CharBuffer.allocate(8192);
  private final char[] ready = new char[8192];
  private int next;
  private int limit;
  private long bytesDecoded;
  private boolean endOfInput;
  private boolean finished;
  private boolean firstCharacter = true;

  private State state = State.FIELD_START;
  private long line = 1;
  private long column;
  private boolean afterCarriageReturn;
  private long rowLine = 1;
  private long rowLength;
  private long quoteLine;
  private long quoteColumn;

  StrictCsvReader(String source, InputStream in) {
    this.source = source;
    this.in = in;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (next == limit) {
      if (finished) {
        return -1;
      }
      fill();
    }

    int count = Math.min(length, limit - next);
    System.arraycopy(ready, next, buffer, offset, count);
    next += count;
    return count;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** Decodes and checks the next bytes; sets finished at the end of the input. */
  private void fill() throws IOException {
    if (!endOfInput) {
      bytes.compact();
      int read = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(),
          bytes.remaining());
      if (read < 0) {
        endOfInput = true;
      } else {
        bytes.position(bytes.position() + read);
      }
      bytes.flip();
    }

    decoded.clear();
    int before = bytes.position();
    CoderResult result = decoder.decode(bytes, decoded, endOfInput);
    bytesDecoded += bytes.position() - before;
    if (!result.isError() && endOfInput && !bytes.hasRemaining()) {
      decoder.flush(decoded);
    }
    decoded.flip();
    next = 0;
    limit = 0;
    while (decoded.hasRemaining()) {
      char c = decoded.get();
      if (firstCharacter && c == '\uFEFF') {
        firstCharacter = false;
        continue;
      }
      firstCharacter = false;
      check(c);
      ready[limit++] = c;
    }

    if (result.isError()) {
      int bad = bytes.get(bytes.position()) & 0xFF;
      throw new BadInputException(source, line, Math.toIntExact(column + 1), String.format(
          Locale.ROOT, "file is not valid UTF-8 text: byte 0x%02X at byte offset %d (counted"
              + " from 0) does not start a valid UTF-8 sequence; save the file as UTF-8", bad,
          bytesDecoded));
    }
    if (endOfInput && !bytes.hasRemaining()) {
      finished = true;
      if (state == State.QUOTED) {
        throw new BadInputException(source, quoteLine, Math.toIntExact(quoteColumn),
            "invalid CSV: the quoted field that starts here is not closed before the end of"
                + " the file; add the closing '\"'");
      }
    }
  }

  /** Advances the position and the quoting state over one character. */
  private void check(char c) {
    if (c == '\n' && afterCarriageReturn) {
      // The LF of a CR LF pair: the CR already ended the line.
      afterCarriageReturn = false;
      return;
    }
    afterCarriageReturn = c == '\r';
    boolean lineBreak = c == '\r' || c == '\n';
    if (!Character.isLowSurrogate(c)) {
      column++;
    }
    rowLength++;
    if (rowLength > MAX_ROW_LENGTH) {
      throw new BadInputException(source, rowLine, 0, "invalid CSV: the row that starts on"
          + " this line is longer than " + String.format(Locale.ROOT, "%,d", MAX_ROW_LENGTH)
          + " characters");
    }

    switch (state) {
      case FIELD_START -> {
        if (c == '"') {
          state = State.QUOTED;
          quoteLine = line;
          quoteColumn = column;
        } else if (lineBreak) {
          endRow();
        } else if (c != ',' && !isSpace(c)) {
          state = State.UNQUOTED;
        }
      }
      case UNQUOTED -> {
        if (c == '"') {
          throw new BadInputException(source, line, Math.toIntExact(column), "invalid CSV: a"
              + " quote inside a field that does not start with a quote; enclose the whole"
              + " field in quotes and write each quote in it twice (\"\"), as RFC 4180 asks");
        } else if (c == ',') {
          state = State.FIELD_START;
        } else if (lineBreak) {
          endRow();
        }
      }
      case QUOTED -> {
        if (c == '"') {
          state = State.QUOTE_IN_QUOTED;
        }
      }
      case QUOTE_IN_QUOTED, AFTER_CLOSING_QUOTE -> {
        if (c == '"' && state == State.QUOTE_IN_QUOTED) {
          state = State.QUOTED;
        } else if (c == ',') {
          state = State.FIELD_START;
        } else if (lineBreak) {
          endRow();
        } else if (isSpace(c)) {
          state = State.AFTER_CLOSING_QUOTE;
        } else {
          throw new BadInputException(source, line, Math.toIntExact(column), "invalid CSV: "
              + describe(c) + " after the closing quote of a field; expected ',' or the end"
              + " of the line");
        }
      }
      default -> throw new IllegalStateException("unknown state " + state);
    }

    if (lineBreak) {
      line++;
      column = 0;
    }
  }

  private void endRow() {
    state = State.FIELD_START;
    rowLine = line + 1;
    rowLength = 0;
  }

  /** Returns whether the CSV format ignores the character around a field. */
  private static boolean isSpace(char c) {
    return c != ',' && c != '\r' && c != '\n' && Character.isWhitespace(c);
  }

  private static String describe(char c) {
    if (c == '"') {
      return "'\"'";
    }
    if (Character.isISOControl(c) || Character.isSurrogate(c)) {
      return String.format(Locale.ROOT, "character U+%04X", (int) c);
    }
    return "character '" + c + "'";
  }
}
