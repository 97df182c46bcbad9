package dev.valueroadmap.onboarding.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV sheet with a header row, read whole with Commons CSV: UTF-8 with or without a
 * byte-order mark, quoted as in RFC 4180, spaces around fields ignored, blank rows skipped.
 * Columns are matched by name in any case and order; other columns are ignored.
 *
 * <p>Every problem becomes a {@link BadInputException} naming the source, the line the row
 * starts on (a quoted field may span lines), the 1-based column and the value.
 * {@link StrictCsvReader} decodes the bytes and rejects what RFC 4180 forbids but Commons
 * CSV accepts, such as a quote inside an unquoted field, and rows longer than
 * {@value StrictCsvReader#MAX_ROW_LENGTH} characters.
 */
final class CsvSheet {

  /** One data row and the line it starts on. */
  record Row(long line, CSVRecord record) {
  }

  private final String source;
  private final Map<String, Integer> positions;
  private final List<Row> rows;

  private CsvSheet(String source, Map<String, Integer> positions, List<Row> rows) {
    this.source = source;
    this.positions = positions;
    this.rows = rows;
  }

  /**
   * Reads a sheet from a file.
   *
   * @param file the CSV file
   * @param known every column name the caller reads, lower case
   * @param required the column names that must be present
   * @return the sheet
   * @throws BadInputException if the file is missing, empty, not UTF-8 or badly formed
   */
  static CsvSheet read(Path file, List<String> known, List<String> required) {
    InputFiles.requireRegularFile(file);
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.toString(), in, known, required);
    } catch (NoSuchFileException e) {
      throw new BadInputException(file, 0, 0, "file not found", e);
    } catch (IOException e) {
      throw new BadInputException(file, 0, 0, "could not be read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a sheet from a stream, which stays open.
   *
   * @param source the name of the input in messages
   * @param in the UTF-8 bytes
   * @param known every column name the caller reads, lower case
   * @param required the column names that must be present
   * @return the sheet
   * @throws BadInputException if the input is empty, not UTF-8 or badly formed
   */
  static CsvSheet read(String source, InputStream in, List<String> known,
      List<String> required) {
    try {
      return read(source, new StrictCsvReader(source, in), known, required);
    } catch (IOException e) {
      throw new BadInputException(source, 0, 0, "could not be read: " + e.getMessage(), e);
    }
  }

  static CsvSheet read(String source, Reader reader, List<String> known, List<String> required)
      throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get();
    try (CSVParser parser = CSVParser.builder().setReader(skipByteOrderMark(reader))
        .setFormat(format).get()) {
      Iterator<CSVRecord> records = parser.iterator();
      if (!hasNext(source, records, 1)) {
        throw new BadInputException(source, 0, 0,
            "file is empty; expected a header row with the columns " + required);
      }
      CSVRecord header = records.next();
      Map<String, Integer> positions = positions(source, header, known, required);

      List<Row> rows = new ArrayList<>();
      long line = parser.getCurrentLineNumber() + 1;
      while (hasNext(source, records, line)) {
        CSVRecord record = records.next();
        boolean blank = record.size() == 1 && record.get(0).isBlank();
        if (!blank && record.size() != header.size()) {
          throw new BadInputException(source, line, 0, "row has " + record.size()
              + " fields but the header has " + header.size());
        }
        if (!blank) {
          rows.add(new Row(line, record));
        }
        line = parser.getCurrentLineNumber() + 1;
      }
      return new CsvSheet(source, positions, List.copyOf(rows));
    }
  }

  private static Map<String, Integer> positions(String source, CSVRecord header,
      List<String> known, List<String> required) {
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).trim().toLowerCase(Locale.ROOT);
      if (!known.contains(name)) {
        continue;
      }
      Integer earlier = positions.putIfAbsent(name, i);
      if (earlier != null) {
        throw new BadInputException(source, 1, i + 1, "column '" + name
            + "' appears twice, in columns " + (earlier + 1) + " and " + (i + 1));
      }
    }
    for (String name : required) {
      if (!positions.containsKey(name)) {
        throw new BadInputException(source, 1, 0, "missing required column '" + name
            + "'; the header has " + header.toList() + " and needs " + required);
      }
    }
    return positions;
  }

  private static boolean hasNext(String source, Iterator<CSVRecord> records, long line) {
    try {
      return records.hasNext();
    } catch (UncheckedIOException e) {
      // Commons CSV wraps its own parse errors, which name their class, in an IOException.
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof IOException && !(cause instanceof CSVException)) {
        throw new BadInputException(source, line, 0, "could not be read: "
            + cause.getMessage(), cause);
      }
      throw new BadInputException(source, line, 0, "invalid CSV: " + cause.getMessage(),
          cause);
    } catch (IllegalStateException e) {
      throw new BadInputException(source, line, 0, "invalid CSV: " + e.getMessage(), e);
    }
  }

  private static Reader skipByteOrderMark(Reader reader) throws IOException {
    BufferedReader buffered = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    buffered.mark(1);
    if (buffered.read() != '\uFEFF') {
      buffered.reset();
    }
    return buffered;
  }

  /** Returns the name of the input in messages. */
  String source() {
    return source;
  }

  /** Returns the data rows in file order, blank rows left out. */
  List<Row> rows() {
    return rows;
  }

  /** Returns the 0-based position of a column, or -1 when the header lacks it. */
  int position(String name) {
    return positions.getOrDefault(name, -1);
  }

  /** Returns whether the header has a column. */
  boolean has(String name) {
    return positions.containsKey(name);
  }

  /** Returns a row's value in a column, or "" when the header lacks the column. */
  String value(Row row, String name) {
    int position = position(name);
    return position < 0 ? "" : row.record().get(position);
  }

  /** Returns an exception for a bad value in a column of a row. */
  BadInputException error(Row row, String name, String problem) {
    return error(row, name, problem, null);
  }

  /** Returns an exception for a bad value in a column of a row, with its cause. */
  BadInputException error(Row row, String name, String problem, Throwable cause) {
    return new BadInputException(source, row.line(), position(name) + 1, problem, cause);
  }
}
