package dev.valueroadmap.onboarding.continuation;

import static dev.valueroadmap.onboarding.continuation.Outcome.CHURNED;
import static dev.valueroadmap.onboarding.continuation.Outcome.RENEWED;
import static dev.valueroadmap.onboarding.continuation.Outcome.UNDECIDED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valueroadmap.onboarding.program.Milestone;
import dev.valueroadmap.onboarding.program.ValueRoadmap;
import dev.valueroadmap.onboarding.sample.SamplePrograms;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContinuationAnalyzerTest {

  private static final double EXACT = 1e-12;
  private static final double HAND = 1e-4;
  private static final List<String> ABC = List.of("a", "b", "c");

  /**
   * Returns the worked sheet over milestones a, b, c (furthest milestone: renewed / churned).
   *
   * <pre>
   * none: 1 / 2    a: 1 / 1    b: 3 / 1 (the churned one did not expand)
   * c: 4 / 0 (2 expanded, 1 did not, 1 unknown), and 2 undecided at c that expanded
   * decided = 3 + 2 + 4 + 4 = 13, renewed = 1 + 1 + 3 + 4 = 9
   * </pre>
   */
  private static List<OutcomeCase> workedSheet() {
    return new Cases()
        .add(1, null, RENEWED)
        .add(2, null, CHURNED)
        .add(1, "a", RENEWED)
        .add(1, "a", CHURNED)
        .add(3, "b", RENEWED)
        .add(1, "b", CHURNED, Expansion.NO)
        .add(2, "c", RENEWED, Expansion.YES)
        .add(1, "c", RENEWED, Expansion.NO)
        .add(1, "c", RENEWED)
        .add(2, "c", UNDECIDED, Expansion.YES)
        .list();
  }

  private static ContinuationAnalysis analyzeWorked(AnalysisParameters parameters) {
    return ContinuationAnalyzer.of(ABC, parameters).analyze(workedSheet());
  }

  @Test
  void workedSheet_countsPerMilestone() {
    ContinuationAnalysis analysis = analyzeWorked(AnalysisParameters.defaults());

    assertEquals(13, analysis.decidedCases());
    assertEquals(9, analysis.renewedCases());
    assertEquals(2, analysis.undecidedCases());
    assertEquals(3, analysis.reachedNone());

    // a: reached = a + b + c = 2 + 4 + 4 = 10, renewed 1 + 3 + 4 = 8; not reached 3, renewed 1.
    MilestoneStatistics a = analysis.milestones().get(0);
    assertEquals("a", a.milestoneId());
    assertEquals(0, a.position());
    assertEquals(10, a.reached());
    assertEquals(8, a.renewedAmongReached());
    assertEquals(3, a.notReached());
    assertEquals(1, a.renewedAmongNotReached());
    assertEquals(2, a.stoppedHere());

    // b: reached = b + c = 8, renewed 7; not reached = 3 + 2 = 5, renewed 2.
    MilestoneStatistics b = analysis.milestones().get(1);
    assertEquals(8, b.reached());
    assertEquals(7, b.renewedAmongReached());
    assertEquals(5, b.notReached());
    assertEquals(2, b.renewedAmongNotReached());
    assertEquals(4, b.stoppedHere());

    // c: reached 4, renewed 4; not reached 9, renewed 5. Undecided cases stay out.
    MilestoneStatistics c = analysis.milestones().get(2);
    assertEquals(4, c.reached());
    assertEquals(4, c.renewedAmongReached());
    assertEquals(9, c.notReached());
    assertEquals(5, c.renewedAmongNotReached());
    assertEquals(4, c.stoppedHere());
  }

  @Test
  void workedSheet_expansionSkipsUnknownAndUndecided() {
    ContinuationAnalysis analysis = analyzeWorked(AnalysisParameters.defaults());

    // a and b: known = 1 (b, NO) + 3 (c: YES, YES, NO) = 4, expanded 2.
    MilestoneStatistics a = analysis.milestones().get(0);
    assertEquals(4, a.expansionKnownAmongReached());
    assertEquals(2, a.expandedAmongReached());
    assertEquals(0.5, a.expansionReached().orElseThrow().rate(), EXACT);
    assertEquals(4, analysis.milestones().get(1).expansionKnownAmongReached());

    // c: known 3, expanded 2; the undecided cases that expanded are left out.
    MilestoneStatistics c = analysis.milestones().get(2);
    assertEquals(3, c.expansionKnownAmongReached());
    assertEquals(2, c.expandedAmongReached());
    assertEquals(2.0 / 3, c.expansionReached().orElseThrow().rate(), EXACT);
  }

  @Test
  void workedSheet_ratesLiftAndDifference() {
    ContinuationAnalysis analysis = analyzeWorked(AnalysisParameters.defaults());

    // a: 8/10 = 0.8 against 1/3; difference 0.8 - 0.3333 = 0.4667, lift 0.8 / (1/3) = 2.4.
    MilestoneStatistics a = analysis.milestones().get(0);
    assertEquals(0.8, a.renewalReached().orElseThrow().rate(), EXACT);
    assertEquals(1.0 / 3, a.renewalNotReached().orElseThrow().rate(), EXACT);
    assertEquals(0.8 - 1.0 / 3, a.rateDifference().orElseThrow(), EXACT);
    assertEquals(2.4, a.lift().orElseThrow(), EXACT);

    // b: 7/8 = 0.875 against 2/5 = 0.4; difference 0.475, lift 2.1875.
    MilestoneStatistics b = analysis.milestones().get(1);
    assertEquals(0.475, b.rateDifference().orElseThrow(), EXACT);
    assertEquals(2.1875, b.lift().orElseThrow(), EXACT);

    // c: 4/4 = 1 against 5/9; lift 9/5 = 1.8.
    MilestoneStatistics c = analysis.milestones().get(2);
    assertEquals(1.8, c.lift().orElseThrow(), EXACT);
  }

  /**
   * Fisher's two-sided p-value from the hypergeometric formula: with the margins fixed, the
   * number x of renewed among reached has P(x) = C(9, x) C(4, r - x) / C(13, r), where 9 is
   * the number renewed, 4 the number churned and r the number reached. The p-value sums
   * P(x) over every x with P(x) at most P(observed).
   */
  @Test
  void workedSheet_fisherPValuesMatchHypergeometricSums() {
    ContinuationAnalysis analysis = analyzeWorked(AnalysisParameters.defaults());

    // a: r = 10, x from 6 to 9, C(9,x) C(4,10-x) = 84, 144, 54, 4 (sum 286 = C(13,10)).
    // Observed x = 8 (54); tables at most as probable: 54 + 4 = 58. p = 58/286.
    assertEquals(58.0 / 286, analysis.milestones().get(0).fisherPValue().orElseThrow(), 1e-9);

    // b: r = 8, x from 4 to 8: 126, 504, 504, 144, 9 (sum 1287 = C(13,8)).
    // Observed x = 7 (144); at most as probable: 126 + 144 + 9 = 279. p = 279/1287.
    assertEquals(279.0 / 1287, analysis.milestones().get(1).fisherPValue().orElseThrow(),
        1e-9);

    // c: r = 4, x from 0 to 4: 1, 36, 216, 336, 126 (sum 715 = C(13,4)).
    // Observed x = 4 (126); at most as probable: 1 + 36 + 126 = 163. p = 163/715.
    assertEquals(163.0 / 715, analysis.milestones().get(2).fisherPValue().orElseThrow(),
        1e-9);
  }

  /**
   * Wilson lower bounds at 95 % (z = 1.959964), from
   * (p + z²/2n - z sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n):
   * a 8/10 gives 0.71673 - 0.22658 = 0.49016; b 7/8 gives 0.75335 - 0.22424 = 0.52911;
   * c 4/4 gives n / (n + z²) = 4 / 7.84146 = 0.51011.
   */
  @Test
  void workedSheet_pointIsEarliestQualifyingMilestone() {
    ContinuationAnalysis analysis = analyzeWorked(AnalysisParameters.of(0.5, 0.95, 5));

    MilestoneStatistics a = analysis.milestones().get(0);
    MilestoneStatistics b = analysis.milestones().get(1);
    MilestoneStatistics c = analysis.milestones().get(2);
    assertEquals(0.49016, a.renewalReached().orElseThrow().lowerBound(), HAND);
    assertEquals(0.52911, b.renewalReached().orElseThrow().lowerBound(), HAND);
    assertEquals(0.51011, c.renewalReached().orElseThrow().lowerBound(), HAND);

    // a misses the target 0.5; b meets it with 8 >= 5 accounts; c has only 4 accounts.
    assertFalse(a.qualifies());
    assertTrue(b.qualifies());
    assertFalse(c.qualifies());
    assertTrue(c.lowSample());
    assertFalse(b.lowSample());
    assertEquals(Optional.of("b"), analysis.continuationPoint());
    assertEquals(1, analysis.continuationPointPosition());
    assertEquals(Optional.empty(), analysis.closestMilestone());
  }

  @Test
  void workedSheet_noPointNamesClosestMilestone() {
    // With 30 accounts required, no milestone qualifies; b has the highest lower bound.
    ContinuationAnalysis analysis = analyzeWorked(AnalysisParameters.defaults());

    assertEquals(Optional.empty(), analysis.continuationPoint());
    assertEquals(-1, analysis.continuationPointPosition());
    assertEquals(Optional.of("b"), analysis.closestMilestone());
    assertTrue(analysis.milestones().stream().allMatch(MilestoneStatistics::lowSample));
  }

  @Test
  void noDecidedCases_everyRateAbsent() {
    List<OutcomeCase> cases = new Cases().add(2, "a", UNDECIDED).add(1, null, UNDECIDED).list();

    ContinuationAnalysis analysis = ContinuationAnalyzer.of(ABC).analyze(cases);

    assertEquals(0, analysis.decidedCases());
    assertEquals(3, analysis.undecidedCases());
    assertEquals(0, analysis.reachedNone());
    for (MilestoneStatistics milestone : analysis.milestones()) {
      assertEquals(0, milestone.reached(), milestone.milestoneId());
      assertEquals(0, milestone.notReached(), milestone.milestoneId());
      assertTrue(milestone.renewalReached().isEmpty(), milestone.milestoneId());
      assertTrue(milestone.renewalNotReached().isEmpty(), milestone.milestoneId());
      assertTrue(milestone.rateDifference().isEmpty(), milestone.milestoneId());
      assertTrue(milestone.lift().isEmpty(), milestone.milestoneId());
      assertTrue(milestone.fisherPValue().isEmpty(), milestone.milestoneId());
      assertTrue(milestone.expansionReached().isEmpty(), milestone.milestoneId());
      assertTrue(milestone.lowSample(), milestone.milestoneId());
    }
    assertEquals(Optional.empty(), analysis.continuationPoint());
    assertEquals(Optional.empty(), analysis.closestMilestone());
  }

  @Test
  void noCases_analysisIsEmptyNotAnError() {
    ContinuationAnalysis analysis = ContinuationAnalyzer.of(ABC).analyze(List.of());

    assertEquals(0, analysis.decidedCases());
    assertEquals(3, analysis.milestones().size());
    assertEquals(Optional.empty(), analysis.closestMilestone());
  }

  @Test
  void everyCaseRenewed_liftOneAndPValueOne() {
    // none: 2 renewed, a: 3 renewed, b and c: no account.
    List<OutcomeCase> cases = new Cases().add(2, null, RENEWED).add(3, "a", RENEWED).list();

    ContinuationAnalysis analysis = ContinuationAnalyzer.of(ABC, AnalysisParameters.of(0.5,
        0.95, 3)).analyze(cases);

    // a: 3/3 against 2/2, difference 0, lift 1; every table with one column has p = 1.
    MilestoneStatistics a = analysis.milestones().get(0);
    assertEquals(1.0, a.renewalReached().orElseThrow().rate(), EXACT);
    assertEquals(1.0, a.renewalNotReached().orElseThrow().rate(), EXACT);
    assertEquals(0.0, a.rateDifference().orElseThrow(), EXACT);
    assertEquals(1.0, a.lift().orElseThrow(), EXACT);
    assertEquals(1.0, a.fisherPValue().orElseThrow(), 1e-12);

    // Wilson lower bound of 3/3 is 3 / (3 + 1.959964²) = 3 / 6.84146 = 0.43850 < 0.5.
    assertEquals(0.43850, a.renewalReached().orElseThrow().lowerBound(), HAND);
    assertEquals(1.0, a.renewalReached().orElseThrow().upperBound(), EXACT);
    assertEquals(Optional.empty(), analysis.continuationPoint());
    assertEquals(Optional.of("a"), analysis.closestMilestone());
  }

  @Test
  void everyCaseChurned_liftAbsent() {
    List<OutcomeCase> cases = new Cases().add(2, null, CHURNED).add(3, "b", CHURNED).list();

    ContinuationAnalysis analysis = ContinuationAnalyzer.of(ABC).analyze(cases);

    // a and b: 0/3 against 0/2. Lift divides by a zero rate, so it is absent.
    MilestoneStatistics a = analysis.milestones().get(0);
    assertEquals(0.0, a.renewalReached().orElseThrow().rate(), EXACT);
    assertEquals(0.0, a.renewalReached().orElseThrow().lowerBound(), EXACT);
    assertEquals(0.0, a.rateDifference().orElseThrow(), EXACT);
    assertTrue(a.lift().isEmpty());
    assertEquals(1.0, a.fisherPValue().orElseThrow(), 1e-12);
    assertEquals(5, analysis.decidedCases());
    assertEquals(0, analysis.renewedCases());
    assertEquals(Optional.empty(), analysis.continuationPoint());
    assertEquals(Optional.of("a"), analysis.closestMilestone());
  }

  @Test
  void milestoneNobodyReached_rateAbsent() {
    // none: 1 renewed and 1 churned, a: 2 renewed; no account reached b or c.
    List<OutcomeCase> cases = new Cases()
        .add(1, null, RENEWED)
        .add(1, null, CHURNED)
        .add(2, "a", RENEWED)
        .list();

    ContinuationAnalysis analysis = ContinuationAnalyzer.of(ABC).analyze(cases);

    MilestoneStatistics c = analysis.milestones().get(2);
    assertEquals(0, c.reached());
    assertEquals(0, c.stoppedHere());
    assertEquals(4, c.notReached());
    assertEquals(3, c.renewedAmongNotReached());
    assertTrue(c.renewalReached().isEmpty());
    assertEquals(0.75, c.renewalNotReached().orElseThrow().rate(), EXACT);
    assertTrue(c.rateDifference().isEmpty());
    assertTrue(c.lift().isEmpty());
    assertTrue(c.fisherPValue().isEmpty());
    assertTrue(c.lowSample());
    assertFalse(c.qualifies());
  }

  @Test
  void everyoneReachedFirstMilestone_notReachedGroupEmpty() {
    List<OutcomeCase> cases = new Cases().add(2, "a", RENEWED).add(1, "c", CHURNED).list();

    MilestoneStatistics a = ContinuationAnalyzer.of(ABC).analyze(cases).milestones().get(0);

    assertEquals(3, a.reached());
    assertEquals(0, a.notReached());
    assertTrue(a.renewalNotReached().isEmpty());
    assertTrue(a.lift().isEmpty());
    assertTrue(a.fisherPValue().isEmpty());
  }

  @Test
  void roadmapEntryPoint_usesRoadmapOrder() {
    ValueRoadmap roadmap = SamplePrograms.b2bSaas().roadmap();
    String last = roadmap.milestoneIds().get(roadmap.milestoneIds().size() - 1);
    List<OutcomeCase> cases = new Cases().add(3, last, RENEWED).list();

    ContinuationAnalysis analysis = ContinuationAnalyzer.of(roadmap).analyze(cases);

    assertEquals(roadmap.milestoneIds(), analysis.milestoneIds());
    for (MilestoneStatistics milestone : analysis.milestones()) {
      assertEquals(3, milestone.reached(), milestone.milestoneId());
    }
    assertEquals(3, analysis.milestone(last).orElseThrow().stoppedHere());
    assertEquals(Optional.empty(), analysis.milestone("no-such-milestone"));
  }

  @Test
  void unknownMilestone_rejectedNamingAccountAndRoadmap() {
    ValueRoadmap roadmap = ValueRoadmap.of(Milestone.of("kickoff", "Kickoff", "Plan agreed", 0),
        Milestone.of("live", "Live", "First value", 30));
    OutcomeCase stray = OutcomeCase.builder()
        .accountId("acme-42")
        .furthestMilestone("golive")
        .outcome(RENEWED)
        .build();

    UnknownMilestoneException thrown = assertThrows(UnknownMilestoneException.class,
        () -> ContinuationAnalyzer.of(roadmap).analyze(List.of(stray)));

    assertEquals("acme-42", thrown.accountId());
    assertEquals("golive", thrown.milestoneId());
    assertEquals(List.of("kickoff", "live"), thrown.roadmapMilestoneIds());
    assertTrue(thrown.getMessage().contains("'acme-42'"), thrown.getMessage());
    assertTrue(thrown.getMessage().contains("'golive'"), thrown.getMessage());
    assertTrue(thrown.getMessage().contains("[kickoff, live]"), thrown.getMessage());
  }

  @Test
  void unknownMilestone_rejectedEvenWhenUndecided() {
    OutcomeCase stray = OutcomeCase.builder()
        .accountId("acme-7")
        .furthestMilestone("z")
        .outcome(UNDECIDED)
        .build();

    assertThrows(UnknownMilestoneException.class,
        () -> ContinuationAnalyzer.of(ABC).analyze(List.of(stray)));
  }

  @Test
  void milestoneIds_rejectedWhenEmptyBlankOrRepeated() {
    IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
        () -> ContinuationAnalyzer.of(List.of()));
    IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
        () -> ContinuationAnalyzer.of(List.of("a", " ")));
    IllegalArgumentException repeated = assertThrows(IllegalArgumentException.class,
        () -> ContinuationAnalyzer.of(List.of("a", "b", "a")));

    assertTrue(empty.getMessage().contains("empty"), empty.getMessage());
    assertTrue(blank.getMessage().contains("position 1"), blank.getMessage());
    assertTrue(repeated.getMessage().contains("'a' appears at positions 0 and 2"),
        repeated.getMessage());
  }

  @Test
  void countsOverOtherMilestones_rejected() {
    OutcomeCounts counts = OutcomeCounts.of(List.of("a", "b"));

    IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
        () -> ContinuationAnalyzer.of(ABC).analyze(counts));

    assertTrue(thrown.getMessage().contains("[a, b]"), thrown.getMessage());
    assertTrue(thrown.getMessage().contains("[a, b, c]"), thrown.getMessage());
  }
}
