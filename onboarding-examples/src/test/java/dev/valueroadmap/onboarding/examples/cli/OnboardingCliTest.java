package dev.valueroadmap.onboarding.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    ToolRun.of().assertBadInput("Missing required subcommand", "Usage: onboarding");
  }

  @Test
  void unknownOptionPrintsUsage() {
    ToolRun.of("demo", "--colour").assertBadInput("Unknown option: '--colour'",
        "Usage: onboarding demo");
  }

  @Test
  void unknownCommandPrintsUsage() {
    ToolRun.of("report").assertBadInput("Unmatched argument", "Usage: onboarding");
  }

  @Test
  void helpGoesToStandardOutput() {
    ToolRun run = ToolRun.of("segment", "--help").assertSuccess();
    assertTrue(run.out().contains("pinned_touch_model"), run.out());
  }
}
