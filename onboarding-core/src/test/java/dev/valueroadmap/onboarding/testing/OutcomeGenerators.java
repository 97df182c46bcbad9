package dev.valueroadmap.onboarding.testing;

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

/**
 * QuickTheories generators of outcome cases over roadmaps whose milestone ids are
 * {@code m0, m1, ...} in roadmap order, as {@link Generators#programs()} names them.
 */
public final class OutcomeGenerators {

  private OutcomeGenerators() {
  }

  /**
   * A sheet of outcome cases over milestone ids in roadmap order.
   *
   * @param milestoneIds the milestone ids in roadmap order
   * @param cases the cases, each with a furthest milestone from the ids or none
   */
  public record Sheet(List<String> milestoneIds, List<OutcomeCase> cases) {
  }

  /** Returns the milestone ids {@code m0} to {@code m<count - 1>}. */
  public static List<String> milestoneIds(int count) {
    List<String> ids = new ArrayList<>();
    for (int m = 0; m < count; m++) {
      ids.add("m" + m);
    }
    return ids;
  }

  /** Returns a generator of sheets: 1 to 8 milestones, 0 to {@code maxCases} cases. */
  public static Gen<Sheet> sheets(int maxCases) {
    return in -> {
      List<String> ids = milestoneIds(between(in, 1, 8));
      int count = between(in, 0, maxCases);
      List<OutcomeCase> cases = new ArrayList<>();
      for (int c = 0; c < count; c++) {
        cases.add(outcomeCase(in, "a" + c, ids));
      }
      return new Sheet(ids, cases);
    };
  }

  /**
   * Draws one outcome case: any furthest milestone or none, any outcome and expansion, a
   * decision date in 2023 to 2025 or none, any touch model or none.
   */
  public static OutcomeCase outcomeCase(RandomnessSource in, String accountId,
      List<String> milestoneIds) {
    int furthest = between(in, -1, milestoneIds.size() - 1);
    ImmutableOutcomeCase.Builder outcomeCase = OutcomeCase.builder()
        .accountId(accountId)
        .outcome(pick(in, Outcome.values()))
        .expansion(pick(in, Expansion.values()));
    if (furthest >= 0) {
      outcomeCase.furthestMilestone(milestoneIds.get(furthest));
    }
    if (between(in, 0, 9) > 0) {
      outcomeCase.decidedOn(LocalDate.of(2023, 1, 1).plusDays(between(in, 0, 3 * 365)));
    }
    if (between(in, 0, 4) > 0) {
      outcomeCase.touchModel(pick(in, TouchModel.values()));
    }
    return outcomeCase.build();
  }
}
