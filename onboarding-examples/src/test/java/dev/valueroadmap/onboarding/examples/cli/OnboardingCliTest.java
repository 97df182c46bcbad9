package dev.valueroadmap.onboarding.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OnboardingCliTest {

  @Test
  void demoPrintsBoardAnalysisAndAllocation() {
    ToolRun run = ToolRun.of("demo").assertSuccess();

    assertTrue(run.out().startsWith("Demo data as of 2025-06-30"), run.out());
    assertTrue(run.out().contains("Portfolio board as of 2025-06-30: 200 accounts"), run.out());
    assertTrue(run.out().contains("Continuation point: team-adoption"), run.out());
    assertTrue(run.out().contains("Touch-model allocation of demo/segment-accounts.csv"),
        run.out());
  }

  @Test
  void demoPrintsTheSameTwice() {
    assertEquals(ToolRun.of("demo").out(), ToolRun.of("demo").out());
  }

  @Test
  void missingCommandPrintsUsage() {
    ToolRun.of().assertBadInput("Missing required subcommand", "Run 'onboarding --help'");
  }

  @Test
  void unknownOptionPrintsUsage() {
    ToolRun.of("demo", "--colour").assertBadInput("Unknown option: '--colour'",
        "Run 'onboarding demo --help'");
  }

  @Test
  void unknownCommandPrintsUsage() {
    ToolRun.of("report").assertBadInput("Unmatched argument", "Run 'onboarding --help'");
  }

  @Test
  void helpGoesToStandardOutput() {
    ToolRun run = ToolRun.of("segment", "--help").assertSuccess();
    assertTrue(run.out().contains("pinned_touch_model"), run.out());
  }

  @Test
  void invalidDateNamesOptionAndValue() {
    ToolRun run = ToolRun.of("board", "--program", "p.json", "--accounts", "a.json",
        "--as-of", "2024-02-30").assertBadInput();

    assertEquals("error: option '--as-of': '2024-02-30' is not a valid date; expected"
        + " YYYY-MM-DD\nRun 'onboarding board --help' for the options.\n", run.err());
  }

  @Test
  void usageErrorPrintsOneMessage() {
    ToolRun run = ToolRun.of("analyze", "--cases", "c.csv", "--milestones", "a",
        "--min-accounts", "x3").assertBadInput("option '--min-accounts': 'x3' is not a whole"
            + " number");

    assertEquals(2, run.err().lines().count(), run.err());
    assertFalse(run.err().contains("Usage:"), run.err());
  }

  @Test
  void usageErrorsNameNoJavaClass() {
    String[][] commandLines = {
        {"board", "--program", "p.json", "--accounts", "a.json", "--as-of", "30.02.2024"},
        {"segment", "--accounts", "a.csv", "--capacity-hours", "NaN", "--program", "p.json"},
        {"segment", "--accounts", "a.csv", "--capacity-hours", "1", "--managers", "two",
            "--program", "p.json"},
        {"analyze", "--cases", "c.csv", "--milestones", "a", "--target", "high"},
        {"analyze", "--cases", "c.csv", "--milestones", "a", "--confidence", "0,95"}};

    for (String[] commandLine : commandLines) {
      ToolRun run = ToolRun.of(commandLine).assertBadInput("error: option '");

      assertFalse(run.err().contains("java."), run.err());
      assertFalse(run.err().contains("Exception"), run.err());
      assertFalse(run.err().contains("cannot convert"), run.err());
    }
  }

  @Test
  void exclusiveOptionsAreNamedPlainly() {
    ToolRun run = ToolRun.of("segment", "--accounts", "a.csv", "--capacity-hours", "1",
        "--program", "p.json", "--high-touch-hours", "1", "--low-touch-hours", "1")
        .assertBadInput("error: --program and --high-touch-hours cannot be used together;"
            + " give one of them");

    assertFalse(run.err().contains("Error:"), run.err());
    assertFalse(run.err().contains("expected only one match"), run.err());
  }

  @Test
  void exclusiveOptionsInAnyOrderAreNamedPlainly() {
    ToolRun.of("segment", "--accounts", "a.csv", "--capacity-hours", "1",
        "--high-touch-hours", "1", "--low-touch-hours", "1", "--program", "p.json")
        .assertBadInput("error: --program and --high-touch-hours cannot be used together;"
            + " give one of them");
  }
}
