package dev.valueroadmap.onboarding.continuation;

import static dev.valueroadmap.onboarding.continuation.Outcome.CHURNED;
import static dev.valueroadmap.onboarding.continuation.Outcome.RENEWED;
import static dev.valueroadmap.onboarding.continuation.Outcome.UNDECIDED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonthlyReanalysisTest {

  private static final ContinuationAnalyzer ANALYZER = ContinuationAnalyzer.of(List.of("a"));

  /**
   * Decided 2023-12-31: a renewed. 2024-01-15: 2 a renewed. 2024-02-10: none churned.
   * 2024-03-31: a churned. 2024-04-01: a renewed. Undated: 1 renewed, 1 undecided.
   */
  private static List<OutcomeCase> sheet() {
    return new Cases()
        .addDecided(1, "a", RENEWED, LocalDate.of(2023, 12, 31))
        .addDecided(2, "a", RENEWED, LocalDate.of(2024, 1, 15))
        .addDecided(1, null, CHURNED, LocalDate.of(2024, 2, 10))
        .addDecided(1, "a", CHURNED, LocalDate.of(2024, 3, 31))
        .addDecided(1, "a", RENEWED, LocalDate.of(2024, 4, 1))
        .add(1, "a", RENEWED)
        .add(1, null, UNDECIDED)
        .list();
  }

  @Test
  void twoMonthWindow_coversMonthAndOneBefore() {
    AnalysisSeries series = ANALYZER.analyzeMonthly(sheet(), YearMonth.of(2024, 2),
        YearMonth.of(2024, 3), 2);

    assertEquals(2, series.windowMonths());
    assertEquals(2, series.entries().size());

    // As of 2024-02-29, January and February: 2 reached a and renewed, 1 reached none.
    MonthlyAnalysis february = series.entries().get(0);
    assertEquals(YearMonth.of(2024, 2), february.month());
    assertEquals(LocalDate.of(2024, 2, 29), february.asOf());
    assertEquals(LocalDate.of(2024, 1, 1), february.windowStart());
    assertEquals(3, february.analysis().decidedCases());
    assertEquals(2, february.analysis().milestones().get(0).reached());
    assertEquals(2, february.analysis().milestones().get(0).renewedAmongReached());
    assertEquals(1, february.analysis().reachedNone());

    // As of 2024-03-31, February and March: 1 reached none, 1 reached a and churned.
    MonthlyAnalysis march = series.entries().get(1);
    assertEquals(LocalDate.of(2024, 3, 31), march.asOf());
    assertEquals(LocalDate.of(2024, 2, 1), march.windowStart());
    assertEquals(2, march.analysis().decidedCases());
    assertEquals(1, march.analysis().milestones().get(0).reached());
    assertEquals(0, march.analysis().milestones().get(0).renewedAmongReached());
  }

  @Test
  void undatedAndOutsideCases_countedNotDropped() {
    AnalysisSeries series = ANALYZER.analyzeMonthly(sheet(), YearMonth.of(2024, 2),
        YearMonth.of(2024, 3), 2);

    // Undated: the renewed and the undecided case. Outside: 2023-12-31 and 2024-04-01.
    assertEquals(2, series.undatedCases());
    assertEquals(1, series.undatedDecidedCases());
    assertEquals(2, series.casesOutsideWindows());
  }

  @Test
  void defaultWindow_isTwelveMonths() {
    // As of 2024-03-31 the window starts 2023-04-01, so 2023-12-31 is inside.
    AnalysisSeries series = ANALYZER.analyzeMonthly(sheet(), YearMonth.of(2024, 3),
        YearMonth.of(2024, 3));

    assertEquals(12, series.windowMonths());
    assertEquals(LocalDate.of(2023, 4, 1), series.entries().get(0).windowStart());
    assertEquals(5, series.entries().get(0).analysis().decidedCases());
    assertEquals(1, series.casesOutsideWindows());
  }

  @Test
  void monthOverMonth_comparesConsecutiveEntries() {
    AnalysisSeries series = ANALYZER.analyzeMonthly(sheet(), YearMonth.of(2024, 1),
        YearMonth.of(2024, 3), 2);

    List<AnalysisComparison> comparisons = series.monthOverMonth();

    assertEquals(2, comparisons.size());
    // February to March: the rate among accounts at a falls from 2/2 to 0/1.
    assertEquals(-1.0, comparisons.get(1).milestones().get(0).change().orElseThrow(), 1e-12);
  }

  @Test
  void lastMonthBeforeFirst_rejected() {
    IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
        () -> ANALYZER.analyzeMonthly(sheet(), YearMonth.of(2024, 3), YearMonth.of(2024, 2)));

    assertEquals("lastMonth 2024-02 comes before firstMonth 2024-03", thrown.getMessage());
  }

  @Test
  void windowBelowOneMonth_rejected() {
    IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
        () -> ANALYZER.analyzeMonthly(sheet(), YearMonth.of(2024, 3), YearMonth.of(2024, 3),
            0));

    assertEquals("windowMonths must be at least 1, but is 0", thrown.getMessage());
  }

  @Test
  void hugeWindow_rejected() {
    IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
        () -> ANALYZER.analyzeMonthly(sheet(), YearMonth.of(2024, 1), YearMonth.of(2024, 3),
            Integer.MAX_VALUE));

    assertEquals("windowMonths must be at most 1200, but is 2147483647", thrown.getMessage());
  }

  @Test
  void seriesOverACentury_rejected() {
    // 2024-01 to 2124-01 is 1,200 months; with the 12-month window, 1,212 months of decisions.
    IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
        () -> ANALYZER.analyzeMonthly(sheet(), YearMonth.of(2024, 1), YearMonth.of(2124, 1)));

    assertTrue(thrown.getMessage().contains("covers 1212 months"), thrown.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ANALYZER.analyzeMonthly(sheet(),
        YearMonth.of(-999_999_999, 1), YearMonth.of(999_999_999, 12), 1));
  }

  @Test
  void seriesOfExactlyACentury_accepted() {
    // 2024-12 to 2124-11 is 1,199 months after the first; with a 1-month window, 1,200.
    AnalysisSeries series = ANALYZER.analyzeMonthly(sheet(), YearMonth.of(2024, 12),
        YearMonth.of(2124, 11), 1);

    assertEquals(1200, series.entries().size());
  }

  @Test
  void undatedCaseWithUnknownMilestone_rejected() {
    List<OutcomeCase> cases = new Cases().add(1, "zz", RENEWED).list();

    UnknownMilestoneException thrown = assertThrows(UnknownMilestoneException.class,
        () -> ANALYZER.analyzeMonthly(cases, YearMonth.of(2024, 3), YearMonth.of(2024, 3)));

    assertEquals("zz", thrown.milestoneId());
  }

  @Test
  void everyCaseAccountedFor_inLongSeries() {
    List<OutcomeCase> cases = sheet();

    AnalysisSeries series = ANALYZER.analyzeMonthly(cases, YearMonth.of(2023, 1),
        YearMonth.of(2025, 12), 1);

    // With one-month windows every dated case falls in exactly one window.
    long inWindows = series.entries().stream()
        .mapToLong(entry -> entry.analysis().decidedCases() + entry.analysis().undecidedCases())
        .sum();
    assertEquals(cases.size(), inWindows + series.undatedCases() + series.casesOutsideWindows());
    assertEquals(36, series.entries().size());
    assertTrue(series.entries().stream().allMatch(
        entry -> entry.windowStart().equals(entry.month().atDay(1))));
  }
}
