package dev.valueroadmap.onboarding.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the tool: its exit status and what it printed. */
record ToolRun(int status, String out, String err) {

  static ToolRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = OnboardingCli.run(new PrintWriter(out), new PrintWriter(err), args);
    return new ToolRun(status, out.toString(), err.toString());
  }

  /** Checks a success: status 0, nothing on standard error. */
  ToolRun assertSuccess() {
    assertEquals("", err, "standard error");
    assertEquals(0, status, "exit status");
    return this;
  }

  /** Checks a bad-input failure: status 2, nothing on standard output, the parts in err. */
  ToolRun assertBadInput(String... parts) {
    assertEquals("", out, "standard output on failure");
    assertEquals(OnboardingCli.BAD_INPUT, status, "exit status; stderr: " + err);
    for (String part : parts) {
      assertTrue(err.contains(part), () -> "expected '" + part + "' in: " + err);
    }
    return this;
  }
}
