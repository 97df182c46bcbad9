package dev.valueroadmap.onboarding.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OutputFailureTest {

  /** Standard output on a full disk: every write fails. */
  private static final class FullOutputStream extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("No space left on device");
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      throw new IOException("No space left on device");
    }
  }

  private static ToolRun runOnFullOutput(String... args) {
    StringWriter err = new StringWriter();
    int status = OnboardingCli.run(new PrintWriter(new FullOutputStream()),
        new PrintWriter(err), args);
    return new ToolRun(status, "", err.toString());
  }

  @Test
  void demoOnFullOutputExitsWithFailure() {
    ToolRun run = runOnFullOutput("demo");

    assertEquals(OnboardingCli.FAILURE, run.status(), run.err());
    assertTrue(run.err().contains("could not write the result to standard output"),
        run.err());
  }

  @Test
  void boardJsonOnFullOutputExitsWithFailure() {
    Path demo = Path.of("src/main/resources/dev/valueroadmap/onboarding/examples/demo");
    ToolRun run = runOnFullOutput("board", "--program", demo.resolve("program.json").toString(),
        "--accounts", demo.resolve("accounts.json").toString(), "--as-of", "2025-06-30",
        "--json");

    assertEquals(OnboardingCli.FAILURE, run.status(), run.err());
    assertTrue(run.err().contains("could not write the result to standard output"),
        run.err());
  }

  @Test
  void helpOnFullOutputExitsWithFailure() {
    assertEquals(OnboardingCli.FAILURE, runOnFullOutput("--help").status());
  }
}
