package dev.valueroadmap.onboarding.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A subcommand that renders its whole result into a buffer and prints it only when nothing
 * failed, so that a failure never leaves a partial result on standard output.
 */
abstract class ToolCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  /** Renders the result; throws {@link BadInputException} on bad input. */
  abstract void render(StringBuilder out);

  @Override
  public final Integer call() {
    StringBuilder out = new StringBuilder();
    render(out);

    PrintWriter writer = spec.commandLine().getOut();
    writer.print(out);
    writer.flush();
    return 0;
  }

  /** Returns the exception for an option value the command cannot use. */
  ParameterException invalidOption(String option, Object value, String problem) {
    return new ParameterException(spec.commandLine(),
        "option '" + option + "': " + value + " " + problem);
  }
}
