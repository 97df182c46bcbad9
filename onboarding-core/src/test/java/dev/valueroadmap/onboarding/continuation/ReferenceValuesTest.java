package dev.valueroadmap.onboarding.continuation;

import static dev.valueroadmap.onboarding.continuation.Outcome.CHURNED;
import static dev.valueroadmap.onboarding.continuation.Outcome.RENEWED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks the intervals and p-values of the analysis against published values. Each case is
 * fed through the analysis, so that the counts reach the library in the right order.
 */
class ReferenceValuesTest {

  /** Published values are rounded to four decimals. */
  private static final double FOUR_DECIMALS = 0.00005;

  /**
   * Returns the statistics of milestone "a" when {@code renewedReached} of {@code reached}
   * accounts that reached it renewed, and {@code renewedNotReached} of {@code notReached}
   * that did not.
   */
  private static MilestoneStatistics milestoneA(int renewedReached, int reached,
      int renewedNotReached, int notReached) {
    List<OutcomeCase> cases = new Cases()
        .add(renewedReached, "a", RENEWED)
        .add(reached - renewedReached, "a", CHURNED)
        .add(renewedNotReached, null, RENEWED)
        .add(notReached - renewedNotReached, null, CHURNED)
        .list();
    return ContinuationAnalyzer.of(List.of("a")).analyze(cases).milestones().get(0);
  }

  /**
   * Checks Wilson score intervals without continuity correction at 95 % against the four
   * examples of Newcombe RG (1998), "Two-sided confidence intervals for the single
   * proportion: comparison of seven methods", Statistics in Medicine 17:857-872, Table I.
   * There 81/263 gives 0.2553 to 0.3662, 15/148 gives 0.0624 to 0.1605, 0/20 gives 0 to
   * 0.1611, and 1/29 gives 0.0061 to 0.1718.
   */
  @Test
  void wilsonInterval_matchesNewcombeTable() {
    int[][] examples = {{81, 263}, {15, 148}, {0, 20}, {1, 29}};
    double[][] published = {
        {0.2553, 0.3662}, {0.0624, 0.1605}, {0.0000, 0.1611}, {0.0061, 0.1718}};

    for (int i = 0; i < examples.length; i++) {
      RateEstimate estimate = milestoneA(examples[i][0], examples[i][1], 0, 0)
          .renewalReached().orElseThrow();
      String example = examples[i][0] + "/" + examples[i][1];
      assertEquals(published[i][0], estimate.lowerBound(), FOUR_DECIMALS, example);
      assertEquals(published[i][1], estimate.upperBound(), FOUR_DECIMALS, example);
      assertEquals(0.95, estimate.confidenceLevel(), example);
    }
  }

  /**
   * The same intervals apply to the group that did not reach the milestone, so a swap of
   * successes and trials there would show.
   */
  @Test
  void wilsonInterval_notReachedGroupMatchesNewcombeTable() {
    RateEstimate estimate = milestoneA(1, 1, 15, 148).renewalNotReached().orElseThrow();

    assertEquals(0.0624, estimate.lowerBound(), FOUR_DECIMALS);
    assertEquals(0.1605, estimate.upperBound(), FOUR_DECIMALS);
  }

  /**
   * Fisher's tea-tasting experiment (The Design of Experiments, 1935):
   * table [[3, 1], [1, 3]]. With all margins 4, P(x) = C(4, x) C(4, 4 - x) / C(8, 4) for
   * x = 0..4 is 1, 16, 36, 16, 1 over 70. The two-sided p-value sums the tables at most as
   * probable as the observed x = 3: (1 + 16 + 16 + 1) / 70 = 34/70 = 0.4857.
   */
  @Test
  void fisherPValue_matchesTeaTasting() {
    MilestoneStatistics statistics = milestoneA(3, 4, 1, 4);

    assertEquals(34.0 / 70, statistics.fisherPValue().orElseThrow(), 1e-9);
    assertEquals(0.4857, statistics.fisherPValue().orElseThrow(), FOUR_DECIMALS);
  }

  /**
   * Table [[5, 0], [1, 4]]: margins 5 and 5 by 6 renewed and 4 churned, so
   * P(x) = C(6, x) C(4, 5 - x) / C(10, 5) for x = 1..5 is 6, 60, 120, 60, 6 over 252.
   * Observed x = 5 (6); the tables at most as probable are x = 1 and x = 5:
   * p = 12/252 = 0.047619.
   */
  @Test
  void fisherPValue_matchesHandComputedTable() {
    MilestoneStatistics statistics = milestoneA(5, 5, 1, 5);

    assertEquals(12.0 / 252, statistics.fisherPValue().orElseThrow(), 1e-9);
  }

  /**
   * At a confidence level of 0.99 the normal quantile is 2.575829; for 4/4 the Wilson lower
   * bound is n / (n + z²) = 4 / (4 + 6.634897) = 0.376120.
   */
  @Test
  void wilsonInterval_usesConfiguredConfidenceLevel() {
    List<OutcomeCase> cases = new Cases().add(4, "a", RENEWED).list();

    RateEstimate estimate = ContinuationAnalyzer.of(List.of("a"),
        AnalysisParameters.of(0.8, 0.99, 1)).analyze(cases).milestones().get(0)
        .renewalReached().orElseThrow();

    assertEquals(0.376120, estimate.lowerBound(), 1e-6);
    assertEquals(0.99, estimate.confidenceLevel());
  }
}
