package dev.valueroadmap.onboarding.examples.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts option values of the tool with messages that name the value and what was
 * expected, in place of picocli's defaults, which name Java classes. The tool prefixes each
 * message with the option.
 */
final class OptionValues {

  private OptionValues() {
  }

  /** Registers the converters on a command line and its subcommands. */
  static void register(CommandLine commandLine) {
    commandLine.registerConverter(Path.class, OptionValues::path);
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
}
