package dev.valueroadmap.onboarding.examples.cli;

import java.math.BigDecimal;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts option values of the tool with messages that name the value and what was
 * expected, in place of picocli's defaults, which name Java classes. The tool prefixes each
 * message with the option.
 */
final class OptionValues {

  private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]+");

  private OptionValues() {
  }

  /** Registers the converters on a command line and its subcommands. */
  static void register(CommandLine commandLine) {
    commandLine.registerConverter(Path.class, OptionValues::path);
    commandLine.registerConverter(LocalDate.class, OptionValues::date);
    commandLine.registerConverter(BigDecimal.class, OptionValues::decimal);
    commandLine.registerConverter(Double.class, OptionValues::fraction);
    commandLine.registerConverter(Double.TYPE, OptionValues::fraction);
    commandLine.registerConverter(Integer.class, OptionValues::integer);
    commandLine.registerConverter(Integer.TYPE, OptionValues::integer);
  }

  /** Converts a file path; rejects an empty one, which would name the working folder. */
  static Path path(String value) {
    if (value.isEmpty()) {
      throw new TypeConversionException("the file path is empty; expected a file");
    }
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new TypeConversionException("'" + value + "' is not a valid file path: "
          + e.getReason());
    }
  }

  /** Converts an ISO date such as 2025-06-30. */
  static LocalDate date(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("'" + value + "' is not a valid date; expected"
          + " YYYY-MM-DD");
    }
  }

  /** Converts a decimal number such as 12.5, as {@link Decimals} reads it. */
  static BigDecimal decimal(String value) {
    try {
      return Decimals.parse(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }

  /** Converts a rate or a level such as 0.95, as a double. */
  static Double fraction(String value) {
    return decimal(value).doubleValue();
  }

  /** Converts a whole number such as 30, in ASCII digits. */
  static Integer integer(String value) {
    if (!WHOLE_NUMBER.matcher(value).matches()) {
      throw new TypeConversionException("'" + value + "' is not a whole number; expected"
          + " ASCII digits such as 30");
    }
    try {
      return Integer.valueOf(value);
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + value + "' is too large; expected at most "
          + Integer.MAX_VALUE);
    }
  }
}
