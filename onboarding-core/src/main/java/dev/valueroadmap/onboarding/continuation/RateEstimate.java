package dev.valueroadmap.onboarding.continuation;

import java.util.Locale;
import org.immutables.value.Value;

/**
 * A rate observed in a group of accounts, such as the renewal rate among accounts that reached
 * a milestone, with its Wilson score confidence interval.
 *
 * <p>Only groups with at least one account have an estimate; the analysis reports an empty
 * group as an absent estimate. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RateEstimate {

  RateEstimate() {
  }

  /**
   * Returns the number of accounts in the group that count as a success, such as renewed.
   *
   * @return the number of successes, from 0 to {@link #trials()}
   */
  @Value.Parameter
  public abstract long successes();

  /**
   * Returns the number of accounts in the group.
   *
   * @return the number of accounts, at least 1
   */
  @Value.Parameter
  public abstract long trials();

  /**
   * Returns the lower bound of the Wilson score interval.
   *
   * @return the lower bound, a fraction from 0 to {@link #rate()}
   */
  @Value.Parameter
  public abstract double lowerBound();

  /**
   * Returns the upper bound of the Wilson score interval.
   *
   * @return the upper bound, a fraction from {@link #rate()} to 1
   */
  @Value.Parameter
  public abstract double upperBound();

  /**
   * Returns the confidence level of the interval.
   *
   * @return the confidence level, a fraction in (0, 1)
   */
  @Value.Parameter
  public abstract double confidenceLevel();

  /**
   * Returns the observed rate, successes divided by trials.
   *
   * @return the rate, a fraction from 0 to 1
   */
  public double rate() {
    return (double) successes() / trials();
  }

  /**
   * Creates an estimate from its counts and interval.
   *
   * @param successes the number of successes, from 0 to {@code trials}
   * @param trials the number of accounts, at least 1
   * @param lowerBound the lower interval bound, from 0 to the rate
   * @param upperBound the upper interval bound, from the rate to 1
   * @param confidenceLevel the confidence level, in (0, 1)
   * @return the estimate
   * @throws IllegalArgumentException if a count or bound is out of its range
   */
  public static RateEstimate of(long successes, long trials, double lowerBound,
      double upperBound, double confidenceLevel) {
    return ImmutableRateEstimate.of(successes, trials, lowerBound, upperBound, confidenceLevel);
  }

  @Value.Check
  void check() {
    if (trials() < 1 || successes() < 0 || successes() > trials()) {
      throw new IllegalArgumentException("a rate estimate needs 1 or more trials and 0 to "
          + "trials successes, but has " + successes() + " of " + trials());
    }
    // A small tolerance absorbs rounding in the interval at rates of exactly 0 or 1.
    double slack = 1e-12;
    if (!(lowerBound() >= 0 && lowerBound() <= rate() + slack
        && upperBound() >= rate() - slack && upperBound() <= 1)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "interval [%s, %s] of a rate estimate does not contain the rate %d/%d",
          lowerBound(), upperBound(), successes(), trials()));
    }
    if (!(confidenceLevel() > 0 && confidenceLevel() < 1)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "confidenceLevel must be in (0, 1), but is %s", confidenceLevel()));
    }
  }
}
