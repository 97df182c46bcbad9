package dev.valueroadmap.onboarding.continuation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds rows of hand-written renewal sheets for the tests of this package. */
final class Cases {

  private final List<OutcomeCase> cases = new ArrayList<>();

  /** Adds {@code count} cases with the furthest milestone (null for none) and outcome. */
  Cases add(int count, String furthest, Outcome outcome) {
    return add(count, furthest, outcome, Expansion.UNKNOWN);
  }

  Cases add(int count, String furthest, Outcome outcome, Expansion expansion) {
    for (int i = 0; i < count; i++) {
      cases.add(builder(furthest, outcome).expansion(expansion).build());
    }
    return this;
  }

  /** Adds {@code count} cases decided on a date. */
  Cases addDecided(int count, String furthest, Outcome outcome, LocalDate decidedOn) {
    for (int i = 0; i < count; i++) {
      cases.add(builder(furthest, outcome).decidedOn(decidedOn).build());
    }
    return this;
  }

  Cases add(OutcomeCase outcomeCase) {
    cases.add(outcomeCase);
    return this;
  }

  ImmutableOutcomeCase.Builder builder(String furthest, Outcome outcome) {
    ImmutableOutcomeCase.Builder builder = OutcomeCase.builder()
        .accountId("acct-" + cases.size())
        .outcome(outcome);
    if (furthest != null) {
      builder.furthestMilestone(furthest);
    }
    return builder;
  }

  List<OutcomeCase> list() {
    return List.copyOf(cases);
  }
}
