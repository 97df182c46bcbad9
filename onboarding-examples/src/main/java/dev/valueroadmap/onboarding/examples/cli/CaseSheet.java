package dev.valueroadmap.onboarding.examples.cli;

import dev.valueroadmap.onboarding.continuation.Expansion;
import dev.valueroadmap.onboarding.continuation.ImmutableOutcomeCase;
import dev.valueroadmap.onboarding.continuation.Outcome;
import dev.valueroadmap.onboarding.continuation.OutcomeCase;
import dev.valueroadmap.onboarding.program.TouchModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a case sheet: the CSV export of renewed and churned accounts that the continuation
 * analysis reads.
 *
 * <p>The first row is a header. Columns, matched by name in any order:
 * <ul>
 *   <li>{@code account_id} (required): the account id, unique within the sheet;
 *   <li>{@code furthest_milestone} (required): the furthest milestone id reached by the
 *       graduation exam, empty when none was reached;
 *   <li>{@code renewed} (required): {@code yes}, {@code no}, {@code true}, {@code false},
 *       {@code 1} or {@code 0} in any case, empty when the renewal is undecided;
 *   <li>{@code expanded} (optional): the same values, empty when unknown;
 *   <li>{@code decided_on} (optional): the decision date as {@code YYYY-MM-DD};
 *   <li>{@code touch_model} (optional): {@code HIGH_TOUCH}, {@code LOW_TOUCH} or
 *       {@code TECH_TOUCH}, in any case and with '-' for '_'.
 * </ul>
 * Other columns are ignored. The file is UTF-8, with or without a byte-order mark, quoted
 * as in RFC 4180. Every problem is reported as a {@link BadInputException} naming the file,
 * line, column and value; no row is skipped.
 */
public final class CaseSheet {

  private static final List<String> REQUIRED = List.of("account_id", "furthest_milestone",
      "renewed");
  private static final List<String> BOOLEANS = List.of("yes", "no", "true", "false", "1", "0");

  private CaseSheet() {
  }

  /**
   * Reads every case of a sheet.
   *
   * @param file the CSV file
   * @param milestoneIds the roadmap's milestone ids; a furthest milestone outside them is
   *     rejected
   * @return the cases in file order
   * @throws BadInputException if the file is missing, empty, not UTF-8 or has a bad value
   */
  public static List<OutcomeCase> read(Path file, List<String> milestoneIds) {
    try (Reader reader = utf8Reader(file)) {
      return read(file, reader, milestoneIds);
    } catch (NoSuchFileException e) {
      throw new BadInputException(file, 0, 0, "file not found", e);
    } catch (CharacterCodingException e) {
      throw new BadInputException(file, 0, 0, "file is not valid UTF-8 text", e);
    } catch (IOException e) {
      throw new BadInputException(file, 0, 0, "could not be read: " + e.getMessage(), e);
    }
  }

  private static Reader utf8Reader(Path file) throws IOException {
    return new BufferedReader(new InputStreamReader(Files.newInputStream(file),
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)));
  }

  static List<OutcomeCase> read(Path file, Reader reader, List<String> milestoneIds)
      throws IOException {
    List<String> milestones = List.copyOf(milestoneIds);
    CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get();

    try (CSVParser parser = CSVParser.builder().setReader(skipByteOrderMark(reader))
        .setFormat(format).get()) {
      Iterator<CSVRecord> records = parser.iterator();
      long line = parser.getCurrentLineNumber() + 1;
      if (!nextExists(file, records, line)) {
        throw new BadInputException(file, 0, 0,
            "file is empty; expected a header row with the columns " + REQUIRED);
      }
      Columns columns = Columns.of(file, records.next());

      List<OutcomeCase> cases = new ArrayList<>();
      Map<String, Long> seen = new HashMap<>();
      line = parser.getCurrentLineNumber() + 1;
      while (nextExists(file, records, line)) {
        CSVRecord record = records.next();
        if (isBlank(record)) {
          line = parser.getCurrentLineNumber() + 1;
          continue;
        }
        OutcomeCase outcomeCase = columns.parse(file, line, record, milestones);
        Long earlier = seen.putIfAbsent(outcomeCase.accountId(), line);
        if (earlier != null) {
          throw new BadInputException(file, line, columns.accountId + 1,
              "account_id '" + outcomeCase.accountId() + "' already appears on line " + earlier);
        }
        cases.add(outcomeCase);
        line = parser.getCurrentLineNumber() + 1;
      }
      return cases;
    }
  }

  private static boolean nextExists(Path file, Iterator<CSVRecord> records, long line) {
    try {
      return records.hasNext();
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new BadInputException(file, line, 0, "invalid CSV: " + e.getMessage(), e);
    }
  }

  private static boolean isBlank(CSVRecord record) {
    return record.size() == 1 && record.get(0).isBlank();
  }

  private static Reader skipByteOrderMark(Reader reader) throws IOException {
    BufferedReader buffered = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    buffered.mark(1);
    if (buffered.read() != '\uFEFF') {
      buffered.reset();
    }
    return buffered;
  }

  /** Positions of the known columns in the header; -1 for an absent optional column. */
  private static final class Columns {
    int accountId;
    int furthestMilestone;
    int renewed;
    int expanded = -1;
    int decidedOn = -1;
    int touchModel = -1;
    int width;

    static Columns of(Path file, CSVRecord header) {
      Map<String, Integer> positions = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        String name = header.get(i).trim().toLowerCase(Locale.ROOT);
        Integer earlier = positions.putIfAbsent(name, i);
        if (earlier != null && !name.isEmpty() && isKnown(name)) {
          throw new BadInputException(file, 1, i + 1, "column '" + name
              + "' appears twice, in columns " + (earlier + 1) + " and " + (i + 1));
        }
      }
      for (String required : REQUIRED) {
        if (!positions.containsKey(required)) {
          throw new BadInputException(file, 1, 0, "missing required column '" + required
              + "'; the header has " + header.toList() + " and needs " + REQUIRED);
        }
      }

      Columns columns = new Columns();
      columns.accountId = positions.get("account_id");
      columns.furthestMilestone = positions.get("furthest_milestone");
      columns.renewed = positions.get("renewed");
      columns.expanded = positions.getOrDefault("expanded", -1);
      columns.decidedOn = positions.getOrDefault("decided_on", -1);
      columns.touchModel = positions.getOrDefault("touch_model", -1);
      columns.width = header.size();
      return columns;
    }

    private static boolean isKnown(String name) {
      return REQUIRED.contains(name) || List.of("expanded", "decided_on", "touch_model")
          .contains(name);
    }

    OutcomeCase parse(Path file, long line, CSVRecord record, List<String> milestones) {
      if (record.size() != width) {
        throw new BadInputException(file, line, 0, "row has " + record.size()
            + " fields but the header has " + width);
      }
      ImmutableOutcomeCase.Builder builder = OutcomeCase.builder();

      String account = record.get(accountId);
      if (account.isEmpty()) {
        throw new BadInputException(file, line, accountId + 1, "account_id is empty");
      }
      if (account.isBlank()) {
        // Only a quoted value can be blank, because unquoted values lose surrounding spaces.
        throw new BadInputException(file, line, accountId + 1, "account_id '" + account
            + "' is blank; expected the account id");
      }
      builder.accountId(account);

      String milestone = record.get(furthestMilestone);
      if (!milestone.isEmpty()) {
        if (!milestones.contains(milestone)) {
          throw new BadInputException(file, line, furthestMilestone + 1, "furthest_milestone '"
              + milestone + "' is not a milestone of the roadmap " + milestones);
        }
        builder.furthestMilestone(milestone);
      }

      Boolean renewal = parseBoolean(file, line, record, renewed, "renewed");
      builder.outcome(renewal == null ? Outcome.UNDECIDED
          : renewal ? Outcome.RENEWED : Outcome.CHURNED);

      if (expanded >= 0) {
        Boolean expansion = parseBoolean(file, line, record, expanded, "expanded");
        builder.expansion(expansion == null ? Expansion.UNKNOWN
            : expansion ? Expansion.YES : Expansion.NO);
      }
      if (decidedOn >= 0 && !record.get(decidedOn).isEmpty()) {
        builder.decidedOn(parseDate(file, line, record.get(decidedOn)));
      }
      if (touchModel >= 0 && !record.get(touchModel).isEmpty()) {
        builder.touchModel(parseTouchModel(file, line, record.get(touchModel)));
      }
      return builder.build();
    }

    private LocalDate parseDate(Path file, long line, String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new BadInputException(file, line, decidedOn + 1, "decided_on '" + value
            + "' is not a date; expected YYYY-MM-DD", e);
      }
    }

    private TouchModel parseTouchModel(Path file, long line, String value) {
      String name = value.toUpperCase(Locale.ROOT).replace('-', '_');
      for (TouchModel candidate : TouchModel.values()) {
        if (candidate.name().equals(name)) {
          return candidate;
        }
      }
      throw new BadInputException(file, line, touchModel + 1, "touch_model '" + value
          + "' is not a touch model; expected one of " + Arrays.toString(TouchModel.values()));
    }
  }

  private static Boolean parseBoolean(Path file, long line, CSVRecord record, int column,
      String name) {
    String value = record.get(column);
    switch (value.toLowerCase(Locale.ROOT)) {
      case "":
        return null;
      case "yes":
      case "true":
      case "1":
        return Boolean.TRUE;
      case "no":
      case "false":
      case "0":
        return Boolean.FALSE;
      default:
        throw new BadInputException(file, line, column + 1, name + " '" + value
            + "' is not a boolean; expected one of " + BOOLEANS + " or empty");
    }
  }
}
