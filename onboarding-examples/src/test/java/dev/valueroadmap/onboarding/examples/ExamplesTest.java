package dev.valueroadmap.onboarding.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExamplesTest {

  private static final String[] NO_ARGS = {};

  @Test
  void defineProgramPrintsTotalsAndRejection() throws Exception {
    String out = StandardOutput.of(() -> DefineProgram.main(NO_ARGS));

    // High touch: 60 + 90 minutes; low touch: 30; tech touch counts only the customer ToDo.
    assertTrue(out.contains("HIGH_TOUCH: 3 ToDos, 150 CS minutes"), out);
    assertTrue(out.contains("LOW_TOUCH: 3 ToDos, 30 CS minutes"), out);
    assertTrue(out.contains("TECH_TOUCH: 2 ToDos, 0 CS minutes"), out);
    assertTrue(out.contains("\"id\" : \"starter-onboarding\"")
        || out.contains("\"id\": \"starter-onboarding\""), out);
    assertTrue(out.contains("Rejected: "), out);
    assertTrue(out.contains("late-kickoff-recap"), out);
  }

  @Test
  void trackProgressShowsBallAndNextActions() throws Exception {
    String out = StandardOutput.of(() -> TrackProgress.main(NO_ARGS));

    // On day 10 every kickoff ToDo is done and invite-admins (due day 12) is next.
    assertTrue(out.contains("acme on 2025-03-13: ON_TRACK"), out);
    assertTrue(out.contains("furthest milestone kickoff"), out);
    assertTrue(out.contains("next: invite-admins (CUSTOMER, due 2025-03-15)"), out);
    // By day 30 invite-admins is 18 days overdue, past the 14-day stall threshold.
    assertTrue(out.contains("acme on 2025-04-02: STALLED"), out);
    assertTrue(out.contains("ball in court: CUSTOMER, holding ToDo: invite-admins, days"
        + " overdue: 18"), out);
  }

  @Test
  void analyzeRenewalsFindsTeamAdoption() throws Exception {
    String out = StandardOutput.of(() -> AnalyzeRenewals.main(NO_ARGS));

    assertTrue(out.contains("team-adoption: 38 of 40 renewed (0.95"), out);
    // Reaching first-report-shared: 40 + 25 cases with 38 + 12 renewals.
    assertTrue(out.contains("first-report-shared: 50 of 65 renewed"), out);
    assertTrue(out.contains("Continuation point: team-adoption"), out);
  }

  @Test
  void allocateTouchModelsPlacesEveryAccount() throws Exception {
    String out = StandardOutput.of(() -> AllocateTouchModels.main(NO_ARGS));

    // globex: 120000 x 0.8 x 4 = 384000, high touch; initech: 40000 x 0.75 / 0.25 = 120000.
    assertTrue(out.contains("hooli: lifetime value 9000.00 EUR, eligible for TECH_TOUCH,"
        + " placed on HIGH_TOUCH (PINNED"), out);
    assertTrue(out.contains("globex: lifetime value 384000.00 EUR"), out);
    assertTrue(out.contains("eligible for HIGH_TOUCH, placed on HIGH_TOUCH (ELIGIBLE"), out);
    assertTrue(out.contains("initech: lifetime value 120000.00 EUR"), out);
    // Hours have one decimal: no "4.170979" and no "0.000000".
    assertTrue(out.matches("(?s)(.*\\(\\w+, \\d+\\.\\d hours per month\\)\\n){4}.*"), out);
    assertTrue(out.contains(" of 10.0\n"), out);
  }
}
