package dev.valueroadmap.onboarding.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code onboarding} command-line tool: the portfolio board, the continuation analysis
 * of a case sheet and the touch-model allocation, on the bundled demo data or on your own
 * files.
 *
 * <p>Exit status: 0 on success, 2 on bad input (the message names the file, line, column and
 * value, and nothing is printed on standard output), 1 on any other failure.
 */
@Command(name = "onboarding", mixinStandardHelpOptions = true,
    versionProvider = OnboardingCli.Version.class,
    description = "Customer success onboarding: board, continuation analysis, segmentation.",
    subcommands = {DemoCommand.class, BoardCommand.class, AnalyzeCommand.class,
        SegmentCommand.class})
public final class OnboardingCli {

  /** Exit status for bad input. */
  public static final int BAD_INPUT = 2;

  /** Exit status for any other failure. */
  public static final int FAILURE = 1;

  private OnboardingCli() {
  }

  /**
   * Runs the tool and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true),
        args));
  }

  /**
   * Runs the tool with the given output streams.
   *
   * @param out standard output
   * @param err standard error
   * @param args the command line
   * @return the exit status
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new OnboardingCli());
    commandLine.setOut(out);
    commandLine.setErr(err);
    OptionValues.register(commandLine);
    commandLine.setExitCodeExceptionMapper(error ->
        error instanceof BadInputException ? BAD_INPUT : FAILURE);
    commandLine.setExecutionExceptionHandler((error, line, parseResult) -> {
      err.println(error instanceof BadInputException ? "error: " + error.getMessage()
          : "error: " + error);
      err.flush();
      return line.getExitCodeExceptionMapper().getExitCode(error);
    });
    commandLine.setParameterExceptionHandler((error, arguments) -> {
      err.println("error: " + UsageErrors.message(error, arguments));
      err.println("Run '" + error.getCommandLine().getCommandSpec().qualifiedName()
          + " --help' for the options.");
      err.flush();
      return BAD_INPUT;
    });
    int status = commandLine.execute(args);

    // PrintWriter keeps write errors to itself, so a full disk or a closed pipe would
    // otherwise lose the result and still exit 0. checkError() flushes first.
    if (out.checkError()) {
      err.println("error: could not write the result to standard output");
      err.flush();
      return FAILURE;
    }
    return status;
  }

  /** Reports the version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = OnboardingCli.class.getPackage().getImplementationVersion();
      return new String[] {"onboarding " + (version == null ? "development build" : version)};
    }
  }
}
