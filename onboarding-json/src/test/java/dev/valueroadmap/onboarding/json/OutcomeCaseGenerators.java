package dev.valueroadmap.onboarding.json;

import static dev.valueroadmap.onboarding.testing.Generators.between;
import static dev.valueroadmap.onboarding.testing.Generators.pick;

import dev.valueroadmap.onboarding.continuation.Expansion;
import dev.valueroadmap.onboarding.continuation.ImmutableOutcomeCase;
import dev.valueroadmap.onboarding.continuation.Outcome;
import dev.valueroadmap.onboarding.continuation.OutcomeCase;
import dev.valueroadmap.onboarding.program.TouchModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/** Generators of valid outcome cases, including texts that JSON must escape. */
final class OutcomeCaseGenerators {

  /** Texts with quotes, backslashes, control characters, non-Latin letters and emoji. */
  private static final String[] AWKWARD = {"acme", "a\"b", "back\\slash", "tab\there",
      "line\nbreak", "Zürich", "東京", "emoji \uD83D\uDE80", " padded ", "\u0001ctl", "/slash"};

  private OutcomeCaseGenerators() {
  }

  /** Returns a generator of lists of 0 to 8 outcome cases. */
  static Gen<List<OutcomeCase>> caseLists() {
    return in -> {
      int count = between(in, 0, 8);
      List<OutcomeCase> cases = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        cases.add(outcomeCase(in, i));
      }
      return cases;
    };
  }

  private static OutcomeCase outcomeCase(RandomnessSource in, int index) {
    ImmutableOutcomeCase.Builder outcomeCase = OutcomeCase.builder()
        .accountId(pick(in, AWKWARD) + "-" + index)
        .outcome(pick(in, Outcome.values()))
        .expansion(pick(in, Expansion.values()));
    if (between(in, 0, 3) > 0) {
      outcomeCase.furthestMilestone(pick(in, AWKWARD));
    }
    if (between(in, 0, 3) > 0) {
      // Days from 1900-01-01 to about 2100, so that leap days and centuries occur.
      outcomeCase.decidedOn(LocalDate.of(1900, 1, 1).plusDays(between(in, 0, 73_000)));
    }
    if (between(in, 0, 3) > 0) {
      outcomeCase.touchModel(pick(in, TouchModel.values()));
    }
    return outcomeCase.build();
  }
}
