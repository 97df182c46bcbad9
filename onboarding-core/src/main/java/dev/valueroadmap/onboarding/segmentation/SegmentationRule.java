package dev.valueroadmap.onboarding.segmentation;

/**
 * The rules that accounts, the segmentation policy and the effort model must satisfy. An
 * {@link InvalidSegmentationException} names the one that was broken.
 */
public enum SegmentationRule {

  /** Account ids are not blank. */
  ACCOUNT_ID_NOT_BLANK("an account id is not blank"),

  /** Account ids are unique within one allocation. */
  ACCOUNT_ID_UNIQUE("account ids are unique within one allocation"),

  /** Annual recurring revenue is not negative. */
  REVENUE_NOT_NEGATIVE("annual recurring revenue is at least 0"),

  /** Gross margin is a fraction from 0 to 1. */
  GROSS_MARGIN_IN_RANGE("gross margin is from 0 to 1, both included"),

  /** Expected lifetime in years is positive. */
  LIFETIME_YEARS_POSITIVE("an expected lifetime is more than 0 years"),

  /** Annual churn rate is a fraction above 0 and at most 1. */
  CHURN_RATE_IN_RANGE("an annual churn rate is more than 0 and at most 1"),

  /** A lifetime value given directly is not negative. */
  LIFETIME_VALUE_NOT_NEGATIVE("a lifetime value given directly is at least 0"),

  /** Exactly one of lifetime value, lifetime years and churn rate is given. */
  ONE_LIFETIME_SOURCE("an account gives exactly one of: a lifetime value, an expected lifetime"
      + " in years, an annual churn rate"),

  /** All amounts of one allocation are in one currency. */
  ONE_CURRENCY("all amounts of one allocation, the policy thresholds included, share one"
      + " currency"),

  /** An amount is a decimal number and the currency an ISO 4217 code. */
  MONEY_FORMAT("an amount is a decimal number and a currency an ISO 4217 code"),

  /** Thresholds are ordered: high-touch minimum at least low-touch minimum, at least 0. */
  THRESHOLDS_ORDERED("the high-touch minimum lifetime value is at least the low-touch minimum,"
      + " which is at least 0"),

  /** CS capacity is not negative. */
  CAPACITY_NOT_NEGATIVE("CS capacity is at least 0 hours per month"),

  /** The number of CS managers, when given, is positive. */
  MANAGERS_POSITIVE("the number of CS managers, when given, is at least 1"),

  /** A decimal input has at most 15 digits before the decimal point and 10 after it. */
  DECIMAL_IN_RANGE("a decimal input has at most 15 digits before the decimal point and 10"
      + " after it"),

  /** Effort per account is not negative. */
  EFFORT_NOT_NEGATIVE("CS effort per account is at least 0 hours per month"),

  /** The onboarding window over which program effort is spread lasts at least one day. */
  ONBOARDING_WINDOW_POSITIVE("the onboarding window, up to the continuation point's deadline,"
      + " lasts at least 1 day");

  private final String statement;

  SegmentationRule(String statement) {
    this.statement = statement;
  }

  /**
   * Returns the rule in words, as it appears in exception messages.
   *
   * @return the rule, for example "account ids are unique within one allocation"
   */
  public String statement() {
    return statement;
  }
}
