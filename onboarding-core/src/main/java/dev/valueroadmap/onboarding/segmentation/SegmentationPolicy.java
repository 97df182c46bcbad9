package dev.valueroadmap.onboarding.segmentation;

import dev.valueroadmap.onboarding.program.TouchModel;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The team's rules for touch-model allocation: the minimum lifetime value for high touch and
 * for low touch, the CS hours available per month and, for a per-person view, the number of
 * CS managers.
 *
 * <p>An account is eligible for high touch when its lifetime value is at least the high-touch
 * minimum, otherwise for low touch when it is at least the low-touch minimum, otherwise for
 * tech touch. A value exactly on a minimum is eligible.
 *
 * <p>Building a policy rejects, with an {@link InvalidSegmentationException}: minimums in two
 * currencies, a low-touch minimum below 0 or above the high-touch minimum, negative capacity
 * and fewer than 1 CS manager. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SegmentationPolicy {

  SegmentationPolicy() {
  }

  /**
   * Returns the lifetime value from which an account is eligible for high touch.
   *
   * @return the high-touch minimum, at least the low-touch minimum
   */
  public abstract Money highTouchMinimumLifetimeValue();

  /**
   * Returns the lifetime value from which an account is eligible for low touch.
   *
   * @return the low-touch minimum, at least 0
   */
  public abstract Money lowTouchMinimumLifetimeValue();

  /**
   * Returns the CS hours available per month for onboarding, across all CS managers.
   *
   * @return the capacity in hours per month, at least 0
   */
  public abstract BigDecimal capacityHoursPerMonth();

  /**
   * Returns the number of CS managers who share the capacity, for the per-person view.
   *
   * @return the number of CS managers, at least 1, or empty when no per-person view is
   *     requested
   */
  public abstract OptionalInt csManagers();

  /**
   * Returns the currency of the minimums, which every allocated account must share.
   *
   * @return the currency
   */
  public Currency currency() {
    return highTouchMinimumLifetimeValue().currency();
  }

  /**
   * Returns the touch model a lifetime value is eligible for under this policy.
   *
   * @param lifetimeValue the lifetime value, in the policy's currency
   * @return high touch from the high-touch minimum, low touch from the low-touch minimum,
   *     otherwise tech touch
   * @throws InvalidSegmentationException when the value is in another currency
   */
  public TouchModel eligibleTouchModel(Money lifetimeValue) {
    if (!lifetimeValue.currency().equals(currency())) {
      throw new InvalidSegmentationException(SegmentationRule.ONE_CURRENCY,
          "lifetime value " + lifetimeValue + " is not in the policy's currency "
              + currency().getCurrencyCode());
    }
    return eligibleTouchModel(lifetimeValue.amount());
  }

  /** Returns the eligible touch model for an amount already known to be in this currency. */
  TouchModel eligibleTouchModel(BigDecimal lifetimeValue) {
    if (lifetimeValue.compareTo(highTouchMinimumLifetimeValue().amount()) >= 0) {
      return TouchModel.HIGH_TOUCH;
    }
    if (lifetimeValue.compareTo(lowTouchMinimumLifetimeValue().amount()) >= 0) {
      return TouchModel.LOW_TOUCH;
    }
    return TouchModel.TECH_TOUCH;
  }

  /**
   * Returns a builder for a policy.
   *
   * @return a new builder
   */
  public static ImmutableSegmentationPolicy.Builder builder() {
    return ImmutableSegmentationPolicy.builder();
  }

  @Value.Check
  void check() {
    Money high = highTouchMinimumLifetimeValue();
    Money low = lowTouchMinimumLifetimeValue();
    DecimalBounds.require("policy has highTouchMinimumLifetimeValue", high.amount());
    DecimalBounds.require("policy has lowTouchMinimumLifetimeValue", low.amount());
    DecimalBounds.require("policy has capacityHoursPerMonth", capacityHoursPerMonth());
    if (!high.currency().equals(low.currency())) {
      throw new InvalidSegmentationException(SegmentationRule.ONE_CURRENCY,
          "policy has highTouchMinimumLifetimeValue " + high
              + " and lowTouchMinimumLifetimeValue " + low);
    }
    if (low.amount().signum() < 0) {
      throw new InvalidSegmentationException(SegmentationRule.THRESHOLDS_ORDERED,
          "policy has lowTouchMinimumLifetimeValue " + low);
    }
    if (high.amount().compareTo(low.amount()) < 0) {
      throw new InvalidSegmentationException(SegmentationRule.THRESHOLDS_ORDERED,
          "policy has highTouchMinimumLifetimeValue " + high
              + " below lowTouchMinimumLifetimeValue " + low);
    }

    if (capacityHoursPerMonth().signum() < 0) {
      throw new InvalidSegmentationException(SegmentationRule.CAPACITY_NOT_NEGATIVE,
          "policy has capacityHoursPerMonth " + capacityHoursPerMonth().toPlainString());
    }
    if (csManagers().isPresent() && csManagers().getAsInt() < 1) {
      throw new InvalidSegmentationException(SegmentationRule.MANAGERS_POSITIVE,
          "policy has csManagers " + csManagers().getAsInt());
    }
  }
}
