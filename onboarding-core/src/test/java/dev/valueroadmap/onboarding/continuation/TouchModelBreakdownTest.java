package dev.valueroadmap.onboarding.continuation;

import static dev.valueroadmap.onboarding.continuation.Outcome.CHURNED;
import static dev.valueroadmap.onboarding.continuation.Outcome.RENEWED;
import static dev.valueroadmap.onboarding.continuation.Outcome.UNDECIDED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valueroadmap.onboarding.program.TouchModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class TouchModelBreakdownTest {

  private static final ContinuationAnalyzer ANALYZER = ContinuationAnalyzer.of(List.of("a"));

  private static List<OutcomeCase> sheet() {
    Cases cases = new Cases();
    cases.add(cases.builder("a", RENEWED).touchModel(TouchModel.HIGH_TOUCH).build());
    cases.add(cases.builder("a", RENEWED).touchModel(TouchModel.HIGH_TOUCH).build());
    cases.add(cases.builder(null, CHURNED).touchModel(TouchModel.HIGH_TOUCH).build());
    cases.add(cases.builder("a", CHURNED).touchModel(TouchModel.TECH_TOUCH).build());
    cases.add(cases.builder(null, UNDECIDED).touchModel(TouchModel.TECH_TOUCH).build());
    return cases.add(1, "a", RENEWED).add(1, null, UNDECIDED).list();
  }

  @Test
  void breakdown_oneAnalysisPerTouchModelPresent() {
    TouchModelBreakdown breakdown = ANALYZER.analyzeByTouchModel(sheet());

    assertEquals(List.of(TouchModel.HIGH_TOUCH, TouchModel.TECH_TOUCH),
        List.copyOf(breakdown.analyses().keySet()));
    assertTrue(breakdown.analysis(TouchModel.LOW_TOUCH).isEmpty());
  }

  @Test
  void breakdown_countsEachTouchModelSeparately() {
    TouchModelBreakdown breakdown = ANALYZER.analyzeByTouchModel(sheet());

    // High touch: 2 reached a and renewed, 1 reached none and churned.
    ContinuationAnalysis high = breakdown.analysis(TouchModel.HIGH_TOUCH).orElseThrow();
    assertEquals(3, high.decidedCases());
    assertEquals(2, high.milestones().get(0).renewedAmongReached());
    assertEquals(1, high.reachedNone());

    // Tech touch: 1 reached a and churned, 1 undecided.
    ContinuationAnalysis tech = breakdown.analysis(TouchModel.TECH_TOUCH).orElseThrow();
    assertEquals(1, tech.decidedCases());
    assertEquals(1, tech.undecidedCases());
    assertEquals(0, tech.renewedCases());
  }

  @Test
  void breakdown_countsCasesWithoutTouchModel() {
    assertEquals(2, ANALYZER.analyzeByTouchModel(sheet()).casesWithoutTouchModel());
  }

  @Test
  void caseWithoutTouchModel_stillCheckedAgainstRoadmap() {
    List<OutcomeCase> cases = new Cases().add(1, "zz", RENEWED).list();

    assertThrows(UnknownMilestoneException.class, () -> ANALYZER.analyzeByTouchModel(cases));
  }
}
