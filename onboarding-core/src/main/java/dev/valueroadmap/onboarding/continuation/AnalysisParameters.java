package dev.valueroadmap.onboarding.continuation;

import java.util.Locale;
import org.immutables.value.Value;

/**
 * The thresholds of a continuation-point analysis: the renewal rate that customers past the
 * point must reliably reach, the confidence level of that "reliably", and the fewest accounts
 * a milestone needs before the analysis trusts it.
 *
 * <p>Immutable and thread-safe. {@link #defaults()} gives a target of 0.80, a confidence level
 * of 0.95 and a minimum of 30 accounts.
 */
@Value.Immutable
public abstract class AnalysisParameters {

  /** The default target renewal rate: 0.80. */
  public static final double DEFAULT_TARGET_RENEWAL_RATE = 0.80;

  /** The default confidence level of the Wilson score intervals: 0.95. */
  public static final double DEFAULT_CONFIDENCE_LEVEL = 0.95;

  /** The default minimum number of decided accounts that must reach a milestone: 30. */
  public static final int DEFAULT_MINIMUM_ACCOUNTS = 30;

  AnalysisParameters() {
  }

  /**
   * Returns the renewal rate that the lower confidence bound among accounts that reached the
   * continuation point must reach, as a fraction.
   *
   * @return the target, in (0, 1], 0.80 unless set
   */
  @Value.Default
  public double targetRenewalRate() {
    return DEFAULT_TARGET_RENEWAL_RATE;
  }

  /**
   * Returns the confidence level of every interval in the analysis, as a fraction.
   *
   * @return the confidence level, in (0, 1), 0.95 unless set
   */
  @Value.Default
  public double confidenceLevel() {
    return DEFAULT_CONFIDENCE_LEVEL;
  }

  /**
   * Returns the fewest decided accounts that must reach a milestone before it can be the
   * continuation point. Milestones reached by fewer are flagged as low-sample.
   *
   * @return the minimum number of accounts, at least 1, 30 unless set
   */
  @Value.Default
  public int minimumAccounts() {
    return DEFAULT_MINIMUM_ACCOUNTS;
  }

  /**
   * Returns the default parameters: target 0.80, confidence level 0.95, 30 accounts.
   *
   * @return the default parameters
   */
  public static AnalysisParameters defaults() {
    return builder().build();
  }

  /**
   * Creates parameters.
   *
   * @param targetRenewalRate the target renewal rate, in (0, 1]
   * @param confidenceLevel the confidence level, in (0, 1)
   * @param minimumAccounts the minimum number of accounts, at least 1
   * @return the parameters
   * @throws IllegalArgumentException if a value is out of its range; the message names the
   *     parameter and the value
   */
  public static AnalysisParameters of(double targetRenewalRate, double confidenceLevel,
      int minimumAccounts) {
    return builder()
        .targetRenewalRate(targetRenewalRate)
        .confidenceLevel(confidenceLevel)
        .minimumAccounts(minimumAccounts)
        .build();
  }

  /**
   * Returns a builder whose unset parameters take their defaults.
   *
   * @return a new builder
   */
  public static ImmutableAnalysisParameters.Builder builder() {
    return ImmutableAnalysisParameters.builder();
  }

  @Value.Check
  void check() {
    if (!(targetRenewalRate() > 0 && targetRenewalRate() <= 1)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "targetRenewalRate must be in (0, 1], but is %s", targetRenewalRate()));
    }
    if (!(confidenceLevel() > 0 && confidenceLevel() < 1)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "confidenceLevel must be in (0, 1), but is %s", confidenceLevel()));
    }
    if (minimumAccounts() < 1) {
      throw new IllegalArgumentException(
          "minimumAccounts must be at least 1, but is " + minimumAccounts());
    }
  }
}
