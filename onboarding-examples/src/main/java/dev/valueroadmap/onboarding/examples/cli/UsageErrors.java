package dev.valueroadmap.onboarding.examples.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * Rewrites picocli's messages for a bad command line as plain sentences. A value that
 * cannot be converted is named with its option. Options of an exclusive group that are given
 * together, or all missing, are named by their option names instead of picocli's group
 * notation.
 */
final class UsageErrors {

  private UsageErrors() {
  }

  /** Returns the message for a command line that picocli rejected. */
  static String message(ParameterException error, String[] arguments) {
    String message = error.getMessage() == null ? "" : error.getMessage();
    message = message.replaceFirst("^Error: ", "");

    TypeConversionException conversion = conversionCause(error);
    if (conversion != null && error.getArgSpec() instanceof OptionSpec option) {
      return "option '" + option.longestName() + "': " + conversion.getMessage();
    }

    boolean together = message.contains("mutually exclusive")
        || message.startsWith("expected only one match");
    boolean missing = error instanceof MissingParameterException
        && message.contains("specify one of these");
    if (!together && !missing) {
      return message;
    }
    List<String> argumentList = Arrays.asList(arguments);
    for (ArgGroupSpec group : error.getCommandLine().getCommandSpec().argGroups()) {
      if (!group.exclusive()) {
        continue;
      }
      List<String> alternatives = new ArrayList<>();
      List<String> given = new ArrayList<>();
      for (List<OptionSpec> member : members(group)) {
        alternatives.add(member.get(0).longestName());
        member.stream().map(OptionSpec::longestName)
            .filter(name -> isGiven(name, argumentList)).findFirst().ifPresent(given::add);
      }
      if (together && given.size() >= 2) {
        return given.get(0) + " and " + given.get(1) + " cannot be used together; give one"
            + " of them";
      }
      if (missing && given.isEmpty()) {
        return "missing " + String.join(" or ", alternatives) + "; give one of them";
      }
    }
    return message;
  }

  /** Returns the options of each member of a group: an option or a nested group. */
  private static List<List<OptionSpec>> members(ArgGroupSpec group) {
    List<List<OptionSpec>> members = new ArrayList<>();
    for (OptionSpec option : group.options()) {
      members.add(List.of(option));
    }
    for (ArgGroupSpec subgroup : group.subgroups()) {
      List<OptionSpec> options = new ArrayList<>(subgroup.allOptionsNested());
      if (!options.isEmpty()) {
        members.add(options);
      }
    }
    return members;
  }

  private static boolean isGiven(String name, List<String> arguments) {
    return arguments.stream().anyMatch(argument -> argument.equals(name)
        || argument.startsWith(name + "="));
  }

  private static TypeConversionException conversionCause(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof TypeConversionException conversion) {
        return conversion;
      }
    }
    return null;
  }
}
