package dev.valueroadmap.onboarding.segmentation;

import dev.valueroadmap.onboarding.program.TouchModel;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Currency;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The inputs of touch-model allocation for one account: its id, annual recurring revenue, how its
 * lifetime value is known, and an optional pinned touch model.
 *
 * <p>The lifetime value is given in exactly one of three ways:
 * <ul>
 *   <li>directly, with {@link #statedLifetimeValue()};
 *   <li>as ARR &times; gross margin &times; {@link #lifetimeYears()};
 *   <li>as ARR &times; gross margin &divide; {@link #annualChurnRate()}, since the expected
 *       lifetime is 1 / churn rate years. This division is rounded once to
 *       {@link MathContext#DECIMAL64}; the other two ways are exact.
 * </ul>
 *
 * <p>Building an account rejects, with an {@link InvalidSegmentationException} naming the
 * account id, the field and the value: a blank id, negative ARR, a gross margin outside
 * 0 to 1, lifetime years of 0 or less, a churn rate outside (0, 1], a negative stated
 * lifetime value or one in another currency than the ARR, and none or more than one way of
 * giving the lifetime value. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AccountValue {

  AccountValue() {
  }

  /**
   * Returns the account id, as in the CRM.
   *
   * @return the account id, not blank
   */
  public abstract String id();

  /**
   * Returns the annual recurring revenue.
   *
   * @return the ARR, at least 0
   */
  public abstract Money annualRecurringRevenue();

  /**
   * Returns the gross margin as a fraction of revenue. It is not used when the lifetime
   * value is stated directly.
   *
   * @return the gross margin from 0 to 1, 1 unless set
   */
  @Value.Default
  public BigDecimal grossMargin() {
    return BigDecimal.ONE;
  }

  /**
   * Returns the expected lifetime of the account.
   *
   * @return the lifetime in years, more than 0, or empty when the lifetime value is known
   *     another way
   */
  public abstract Optional<BigDecimal> lifetimeYears();

  /**
   * Returns the annual churn rate, the fraction of such accounts lost per year.
   *
   * @return the churn rate, more than 0 and at most 1, or empty when the lifetime value is
   *     known another way
   */
  public abstract Optional<BigDecimal> annualChurnRate();

  /**
   * Returns the lifetime value when it is stated directly rather than derived.
   *
   * @return the stated lifetime value, at least 0 and in the ARR's currency, or empty
   */
  public abstract Optional<Money> statedLifetimeValue();

  /**
   * Returns the touch model the account must get whatever its lifetime value, for example
   * by contract or because it is strategic.
   *
   * @return the pinned touch model, or empty when the allocation decides
   */
  public abstract Optional<TouchModel> pinnedTouchModel();

  /**
   * Returns the currency of the account's amounts.
   *
   * @return the currency of the ARR
   */
  public Currency currency() {
    return annualRecurringRevenue().currency();
  }

  /**
   * Returns the lifetime value: stated, or derived from ARR, gross margin and lifetime as
   * described in the type's documentation.
   *
   * @return the lifetime value in the ARR's currency, at least 0
   */
  @Value.Lazy
  public Money lifetimeValue() {
    if (statedLifetimeValue().isPresent()) {
      return statedLifetimeValue().get();
    }

    BigDecimal yearlyMargin = annualRecurringRevenue().amount().multiply(grossMargin());
    BigDecimal amount = lifetimeYears().isPresent()
        ? yearlyMargin.multiply(lifetimeYears().get())
        : yearlyMargin.divide(annualChurnRate().orElseThrow(), MathContext.DECIMAL64);
    return Money.of(amount, currency());
  }

  /**
   * Returns a builder for an account.
   *
   * @return a new builder
   */
  public static ImmutableAccountValue.Builder builder() {
    return ImmutableAccountValue.builder();
  }

  @Value.Check
  void check() {
    if (id().isBlank()) {
      throw new InvalidSegmentationException(SegmentationRule.ACCOUNT_ID_NOT_BLANK,
          "account id '" + id() + "' is blank");
    }
    String account = "account '" + id() + "' has ";
    DecimalBounds.require(account + "annualRecurringRevenue",
        annualRecurringRevenue().amount());
    DecimalBounds.require(account + "grossMargin", grossMargin());
    lifetimeYears().ifPresent(years -> DecimalBounds.require(account + "lifetimeYears", years));
    annualChurnRate().ifPresent(rate -> DecimalBounds.require(account + "annualChurnRate", rate));
    statedLifetimeValue().ifPresent(value ->
        DecimalBounds.require(account + "statedLifetimeValue", value.amount()));
    if (annualRecurringRevenue().amount().signum() < 0) {
      throw invalid(SegmentationRule.REVENUE_NOT_NEGATIVE, "annualRecurringRevenue",
          annualRecurringRevenue());
    }
    if (grossMargin().signum() < 0 || grossMargin().compareTo(BigDecimal.ONE) > 0) {
      throw invalid(SegmentationRule.GROSS_MARGIN_IN_RANGE, "grossMargin", grossMargin());
    }

    checkOneLifetimeSource();
    if (lifetimeYears().isPresent() && lifetimeYears().get().signum() <= 0) {
      throw invalid(SegmentationRule.LIFETIME_YEARS_POSITIVE, "lifetimeYears",
          lifetimeYears().get());
    }
    if (annualChurnRate().isPresent()) {
      BigDecimal churnRate = annualChurnRate().get();
      if (churnRate.signum() <= 0 || churnRate.compareTo(BigDecimal.ONE) > 0) {
        throw invalid(SegmentationRule.CHURN_RATE_IN_RANGE, "annualChurnRate", churnRate);
      }
    }
    if (statedLifetimeValue().isPresent()) {
      checkStatedLifetimeValue(statedLifetimeValue().get());
    }
  }

  private void checkOneLifetimeSource() {
    int sources = (statedLifetimeValue().isPresent() ? 1 : 0)
        + (lifetimeYears().isPresent() ? 1 : 0)
        + (annualChurnRate().isPresent() ? 1 : 0);
    if (sources != 1) {
      throw new InvalidSegmentationException(SegmentationRule.ONE_LIFETIME_SOURCE,
          "account '" + id() + "' gives " + sources + " of them: statedLifetimeValue="
              + statedLifetimeValue().map(Money::toString).orElse("none")
              + ", lifetimeYears="
              + lifetimeYears().map(BigDecimal::toPlainString).orElse("none")
              + ", annualChurnRate="
              + annualChurnRate().map(BigDecimal::toPlainString).orElse("none"));
    }
  }

  private void checkStatedLifetimeValue(Money lifetimeValue) {
    if (lifetimeValue.amount().signum() < 0) {
      throw invalid(SegmentationRule.LIFETIME_VALUE_NOT_NEGATIVE, "statedLifetimeValue",
          lifetimeValue);
    }
    if (!lifetimeValue.currency().equals(currency())) {
      throw new InvalidSegmentationException(SegmentationRule.ONE_CURRENCY,
          "account '" + id() + "' states its lifetime value in "
              + lifetimeValue.currency().getCurrencyCode() + " but its ARR in "
              + currency().getCurrencyCode());
    }
  }

  private InvalidSegmentationException invalid(SegmentationRule rule, String field,
      Object value) {
    String text = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    return new InvalidSegmentationException(rule,
        "account '" + id() + "' has " + field + " " + text);
  }
}
