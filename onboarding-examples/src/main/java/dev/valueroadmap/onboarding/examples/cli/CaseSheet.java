package dev.valueroadmap.onboarding.examples.cli;

import dev.valueroadmap.onboarding.continuation.Expansion;
import dev.valueroadmap.onboarding.continuation.ImmutableOutcomeCase;
import dev.valueroadmap.onboarding.continuation.Outcome;
import dev.valueroadmap.onboarding.continuation.OutcomeCase;
import dev.valueroadmap.onboarding.program.TouchModel;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
  private static final List<String> KNOWN = List.of("account_id", "furthest_milestone",
      "renewed", "expanded", "decided_on", "touch_model");
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
    return parse(CsvSheet.read(file, KNOWN, REQUIRED), milestoneIds);
  }

  /**
   * Reads every case of a sheet from a stream, which stays open.
   *
   * @param source the name of the input in messages, such as a file path or a resource name
   * @param in the UTF-8 bytes of the sheet
   * @param milestoneIds the roadmap's milestone ids; a furthest milestone outside them is
   *     rejected
   * @return the cases in file order
   * @throws BadInputException if the input is empty, not UTF-8 or has a bad value
   */
  public static List<OutcomeCase> read(String source, InputStream in, List<String> milestoneIds) {
    return parse(CsvSheet.read(source, in, KNOWN, REQUIRED), milestoneIds);
  }

  private static List<OutcomeCase> parse(CsvSheet sheet, List<String> milestoneIds) {
    List<String> milestones = List.copyOf(milestoneIds);
    List<OutcomeCase> cases = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    for (CsvSheet.Row row : sheet.rows()) {
      OutcomeCase outcomeCase = parse(sheet, row, milestones);
      Long earlier = seen.putIfAbsent(outcomeCase.accountId(), row.line());
      if (earlier != null) {
        throw sheet.error(row, "account_id", "account_id '" + outcomeCase.accountId()
            + "' already appears on line " + earlier);
      }
      cases.add(outcomeCase);
    }
    return cases;
  }

  private static OutcomeCase parse(CsvSheet sheet, CsvSheet.Row row, List<String> milestones) {
    ImmutableOutcomeCase.Builder builder = OutcomeCase.builder();

    String account = sheet.value(row, "account_id");
    if (account.isEmpty()) {
      throw sheet.error(row, "account_id", "account_id is empty");
    }
    if (account.isBlank()) {
      // Only a quoted value can be blank, because unquoted values lose surrounding spaces.
      throw sheet.error(row, "account_id", "account_id '" + account
          + "' is blank; expected the account id");
    }
    builder.accountId(account);

    String milestone = sheet.value(row, "furthest_milestone");
    if (!milestone.isEmpty()) {
      if (!milestones.contains(milestone)) {
        throw sheet.error(row, "furthest_milestone", "furthest_milestone '" + milestone
            + "' is not a milestone of the roadmap " + milestones);
      }
      builder.furthestMilestone(milestone);
    }

    Boolean renewal = parseBoolean(sheet, row, "renewed");
    builder.outcome(renewal == null ? Outcome.UNDECIDED
        : renewal ? Outcome.RENEWED : Outcome.CHURNED);

    Boolean expansion = parseBoolean(sheet, row, "expanded");
    builder.expansion(expansion == null ? Expansion.UNKNOWN
        : expansion ? Expansion.YES : Expansion.NO);

    String decidedOn = sheet.value(row, "decided_on");
    if (!decidedOn.isEmpty()) {
      builder.decidedOn(parseDate(sheet, row, decidedOn));
    }
    String touchModel = sheet.value(row, "touch_model");
    if (!touchModel.isEmpty()) {
      builder.touchModel(parseTouchModel(sheet, row, "touch_model", touchModel));
    }
    return builder.build();
  }

  private static LocalDate parseDate(CsvSheet sheet, CsvSheet.Row row, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw sheet.error(row, "decided_on", "decided_on '" + value
          + "' is not a date; expected YYYY-MM-DD", e);
    }
  }

  /**
   * Parses a touch model written as {@code HIGH_TOUCH}, {@code high-touch} or any case mix.
   */
  static TouchModel parseTouchModel(CsvSheet sheet, CsvSheet.Row row, String column,
      String value) {
    String name = value.toUpperCase(Locale.ROOT).replace('-', '_');
    for (TouchModel candidate : TouchModel.values()) {
      if (candidate.name().equals(name)) {
        return candidate;
      }
    }
    throw sheet.error(row, column, column + " '" + value
        + "' is not a touch model; expected one of " + Arrays.toString(TouchModel.values()));
  }

  private static Boolean parseBoolean(CsvSheet sheet, CsvSheet.Row row, String column) {
    String value = sheet.value(row, column);
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
        throw sheet.error(row, column, column + " '" + value
            + "' is not a boolean; expected one of " + BOOLEANS + " or empty");
    }
  }
}
