package dev.valueroadmap.onboarding.continuation;

import static dev.valueroadmap.onboarding.continuation.Outcome.CHURNED;
import static dev.valueroadmap.onboarding.continuation.Outcome.RENEWED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnalysisComparisonTest {

  private static final ContinuationAnalyzer ANALYZER = ContinuationAnalyzer.of(
      List.of("a", "b"), AnalysisParameters.of(0.5, 0.95, 1));

  /** a: 10 renewed. Wilson lower bound of 10/10 is 10 / (10 + 3.84146) = 0.722 >= 0.5. */
  private static final ContinuationAnalysis POINT_A = ANALYZER.analyze(
      new Cases().add(10, "a", RENEWED).list());

  /**
   * none: 5 churned, a: 5 churned, b: 10 renewed. At a, 10/15 has lower bound 0.417 < 0.5;
   * at b, 10/10 has 0.722.
   */
  private static final ContinuationAnalysis POINT_B = ANALYZER.analyze(new Cases()
      .add(5, null, CHURNED)
      .add(5, "a", CHURNED)
      .add(10, "b", RENEWED)
      .list());

  /** a: 5 churned, so the rate at a is 0 and no milestone qualifies. */
  private static final ContinuationAnalysis NO_POINT = ANALYZER.analyze(
      new Cases().add(5, "a", CHURNED).list());

  @Test
  void sheets_haveExpectedPoints() {
    assertEquals(Optional.of("a"), POINT_A.continuationPoint());
    assertEquals(Optional.of("b"), POINT_B.continuationPoint());
    assertEquals(Optional.empty(), NO_POINT.continuationPoint());
  }

  @Test
  void movement_coversEveryCase() {
    assertEquals(PointMovement.LATER, AnalysisComparison.between(POINT_A, POINT_B).movement());
    assertEquals(PointMovement.EARLIER,
        AnalysisComparison.between(POINT_B, POINT_A).movement());
    assertEquals(PointMovement.APPEARED,
        AnalysisComparison.between(NO_POINT, POINT_A).movement());
    assertEquals(PointMovement.DISAPPEARED,
        AnalysisComparison.between(POINT_B, NO_POINT).movement());
    assertEquals(PointMovement.STAYED,
        AnalysisComparison.between(POINT_A, POINT_A).movement());
    assertEquals(PointMovement.NONE,
        AnalysisComparison.between(NO_POINT, NO_POINT).movement());
  }

  @Test
  void comparison_namesBothPoints() {
    AnalysisComparison comparison = AnalysisComparison.between(NO_POINT, POINT_B);

    assertEquals(Optional.empty(), comparison.pointBefore());
    assertEquals(Optional.of("b"), comparison.pointAfter());
  }

  @Test
  void rateChange_perMilestone() {
    AnalysisComparison comparison = AnalysisComparison.between(POINT_A, POINT_B);

    // a: 10/10 = 1 before, 10/15 = 2/3 after, change -1/3.
    MilestoneChange a = comparison.milestones().get(0);
    assertEquals("a", a.milestoneId());
    assertEquals(1.0, a.rateBefore().orElseThrow(), 1e-12);
    assertEquals(2.0 / 3, a.rateAfter().orElseThrow(), 1e-12);
    assertEquals(-1.0 / 3, a.change().orElseThrow(), 1e-12);

    // b: no account reached b before, so there is no rate and no change.
    MilestoneChange b = comparison.milestones().get(1);
    assertTrue(b.rateBefore().isEmpty());
    assertEquals(1.0, b.rateAfter().orElseThrow(), 1e-12);
    assertTrue(b.change().isEmpty());
  }

  @Test
  void analysesOfOtherMilestones_rejected() {
    ContinuationAnalysis other = ContinuationAnalyzer.of(List.of("a", "c")).analyze(List.of());

    IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
        () -> AnalysisComparison.between(POINT_A, other));

    assertTrue(thrown.getMessage().contains("[a, b]"), thrown.getMessage());
    assertTrue(thrown.getMessage().contains("[a, c]"), thrown.getMessage());
  }
}
