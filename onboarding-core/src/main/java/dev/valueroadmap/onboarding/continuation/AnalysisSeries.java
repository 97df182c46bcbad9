package dev.valueroadmap.onboarding.continuation;

import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * A monthly re-analysis: one continuation-point analysis as of each month end, each over the
 * cases decided in the trailing window of months that ends with that month.
 *
 * <p>The series accounts for every case it was given. A case without a decision date cannot
 * be placed in any window and is counted as undated. A case whose date lies in no window of
 * the series is counted as outside the windows. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AnalysisSeries {

  AnalysisSeries() {
  }

  /**
   * Returns the length of the trailing window.
   *
   * @return the window length in months, at least 1
   */
  public abstract int windowMonths();

  /**
   * Returns the analyses, one per month from the first to the last month of the series.
   *
   * @return the monthly analyses in calendar order
   */
  public abstract List<MonthlyAnalysis> entries();

  /**
   * Returns the number of cases without a decision date, decided or not. No window includes
   * them.
   *
   * @return the number of cases
   */
  public abstract long undatedCases();

  /**
   * Returns the number of renewed or churned cases without a decision date. These usually
   * point to a gap in the renewal sheet.
   *
   * @return the number of cases, at most {@link #undatedCases()}
   */
  public abstract long undatedDecidedCases();

  /**
   * Returns the number of cases whose decision date lies before the first window or after the
   * last month of the series.
   *
   * @return the number of cases
   */
  public abstract long casesOutsideWindows();

  /**
   * Compares each monthly analysis with the one of the month before.
   *
   * @return one comparison per entry after the first, in calendar order
   */
  public List<AnalysisComparison> monthOverMonth() {
    List<AnalysisComparison> comparisons = new ArrayList<>();
    for (int i = 1; i < entries().size(); i++) {
      comparisons.add(AnalysisComparison.between(entries().get(i - 1).analysis(),
          entries().get(i).analysis()));
    }
    return comparisons;
  }

  static ImmutableAnalysisSeries.Builder builder() {
    return ImmutableAnalysisSeries.builder();
  }
}
