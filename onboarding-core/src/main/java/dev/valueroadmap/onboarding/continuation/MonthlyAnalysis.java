package dev.valueroadmap.onboarding.continuation;

import java.time.LocalDate;
import java.time.YearMonth;
import org.immutables.value.Value;

/**
 * One entry of a monthly re-analysis: the analysis as of a month end over the cases decided
 * in the trailing window that ends with that month.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class MonthlyAnalysis {

  MonthlyAnalysis() {
  }

  /**
   * Returns the month whose end the analysis is as of.
   *
   * @return the month
   */
  public abstract YearMonth month();

  /**
   * Returns the first day of the trailing window.
   *
   * @return the first decision date the window includes
   */
  public abstract LocalDate windowStart();

  /**
   * Returns the analysis of the cases decided from {@link #windowStart()} to {@link #asOf()},
   * both included.
   *
   * @return the analysis
   */
  public abstract ContinuationAnalysis analysis();

  /**
   * Returns the as-of date: the last day of the month, which is also the last decision date
   * the window includes.
   *
   * @return the month end
   */
  public LocalDate asOf() {
    return month().atEndOfMonth();
  }

  static ImmutableMonthlyAnalysis.Builder builder() {
    return ImmutableMonthlyAnalysis.builder();
  }
}
