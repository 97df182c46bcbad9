package dev.valueroadmap.onboarding.segmentation;

import static dev.valueroadmap.onboarding.segmentation.SegmentationAssertions.assertRejected;
import static dev.valueroadmap.onboarding.segmentation.SegmentationAssertions.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AccountValueTest {

  @Test
  void lifetimeValue_fromLifetimeYears() {
    // 24000 x 0.8 x 2.5 = 48000, exact.
    AccountValue account = base().grossMargin(new BigDecimal("0.8"))
        .lifetimeYears(new BigDecimal("2.5")).build();

    assertEquals(eur("48000"), account.lifetimeValue());
  }

  @Test
  void lifetimeValue_grossMarginDefaultsToOne() {
    // 24000 x 1 x 3 = 72000.
    AccountValue account = base().lifetimeYears(new BigDecimal("3")).build();

    assertEquals(eur("72000"), account.lifetimeValue());
  }

  @Test
  void lifetimeValue_fromChurnRate() {
    // 24000 x 0.5 / 0.25 = 48000: a lifetime of 1 / 0.25 = 4 years, exact.
    AccountValue account = base().grossMargin(new BigDecimal("0.5"))
        .annualChurnRate(new BigDecimal("0.25")).build();

    assertEquals(eur("48000"), account.lifetimeValue());
  }

  @Test
  void lifetimeValue_fromChurnRateRoundsToSixteenDigits() {
    // 24000 / 0.9 = 26666.666..., rounded half-even to 16 significant digits.
    AccountValue account = base().annualChurnRate(new BigDecimal("0.9")).build();

    assertEquals(new BigDecimal("26666.66666666667"), account.lifetimeValue().amount());
  }

  @Test
  void lifetimeValue_stated() {
    AccountValue account = base().statedLifetimeValue(eur("99000.50")).build();

    assertEquals(eur("99000.50"), account.lifetimeValue());
  }

  @Test
  void build_rejectsDecimalsOutOfRange() {
    assertRejected(SegmentationRule.DECIMAL_IN_RANGE,
        "account 'acme' has grossMargin 1E-999999999 is out of range",
        () -> base().grossMargin(new BigDecimal("1e-999999999"))
            .lifetimeYears(BigDecimal.ONE).build());
    assertRejected(SegmentationRule.DECIMAL_IN_RANGE, "annualRecurringRevenue 1E+999999999",
        () -> base().annualRecurringRevenue(eur("1e999999999"))
            .lifetimeYears(BigDecimal.ONE).build());
    // 16 digits before the point, and 11 after it.
    assertRejected(SegmentationRule.DECIMAL_IN_RANGE, "statedLifetimeValue",
        () -> base().statedLifetimeValue(eur("1000000000000000")).build());
    assertRejected(SegmentationRule.DECIMAL_IN_RANGE, "lifetimeYears 2.00000000001",
        () -> base().lifetimeYears(new BigDecimal("2.00000000001")).build());
    assertRejected(SegmentationRule.DECIMAL_IN_RANGE, "annualChurnRate",
        () -> base().annualChurnRate(new BigDecimal("0.12345678901")).build());
  }

  @Test
  void build_acceptsDecimalsAtTheEdgeOfTheRange() {
    // 15 digits before the point; 10 after it; trailing zeros beyond the tenth do not count.
    AccountValue account = base().statedLifetimeValue(eur("999999999999999.9999999999"))
        .build();
    assertEquals(eur("999999999999999.9999999999"), account.lifetimeValue());

    AccountValue margin = base().grossMargin(new BigDecimal("0.500000000000000"))
        .lifetimeYears(new BigDecimal("1E+2")).build();
    // 24000 x 0.5 x 100 = 1200000.
    assertEquals(0, margin.lifetimeValue().amount().compareTo(new BigDecimal("1200000")));
  }

  @Test
  void build_rejectsBlankId() {
    assertRejected(SegmentationRule.ACCOUNT_ID_NOT_BLANK, "' '",
        () -> base().id(" ").lifetimeYears(BigDecimal.ONE).build());
  }

  @Test
  void build_rejectsNegativeRevenue() {
    assertRejected(SegmentationRule.REVENUE_NOT_NEGATIVE,
        "account 'acme' has annualRecurringRevenue -1 EUR",
        () -> base().annualRecurringRevenue(eur("-1")).lifetimeYears(BigDecimal.ONE).build());
  }

  @Test
  void build_rejectsGrossMarginOutsideZeroToOne() {
    assertRejected(SegmentationRule.GROSS_MARGIN_IN_RANGE, "account 'acme' has grossMargin 1.01",
        () -> base().grossMargin(new BigDecimal("1.01")).lifetimeYears(BigDecimal.ONE).build());
    assertRejected(SegmentationRule.GROSS_MARGIN_IN_RANGE, "account 'acme' has grossMargin -0.1",
        () -> base().grossMargin(new BigDecimal("-0.1")).lifetimeYears(BigDecimal.ONE).build());
  }

  @Test
  void build_acceptsGrossMarginBounds() {
    AccountValue zero = base().grossMargin(BigDecimal.ZERO).lifetimeYears(BigDecimal.ONE).build();
    AccountValue one = base().grossMargin(BigDecimal.ONE).lifetimeYears(BigDecimal.ONE).build();

    assertEquals(eur("0"), zero.lifetimeValue());
    assertEquals(eur("24000"), one.lifetimeValue());
  }

  @Test
  void build_rejectsLifetimeYearsNotPositive() {
    assertRejected(SegmentationRule.LIFETIME_YEARS_POSITIVE,
        "account 'acme' has lifetimeYears 0",
        () -> base().lifetimeYears(BigDecimal.ZERO).build());
  }

  @Test
  void build_rejectsChurnRateOutsideRange() {
    assertRejected(SegmentationRule.CHURN_RATE_IN_RANGE, "account 'acme' has annualChurnRate 0",
        () -> base().annualChurnRate(BigDecimal.ZERO).build());
    assertRejected(SegmentationRule.CHURN_RATE_IN_RANGE,
        "account 'acme' has annualChurnRate 1.5",
        () -> base().annualChurnRate(new BigDecimal("1.5")).build());
  }

  @Test
  void build_acceptsChurnRateOfOne() {
    AccountValue account = base().annualChurnRate(BigDecimal.ONE).build();

    assertEquals(eur("24000"), account.lifetimeValue());
  }

  @Test
  void build_rejectsNegativeStatedLifetimeValue() {
    assertRejected(SegmentationRule.LIFETIME_VALUE_NOT_NEGATIVE,
        "account 'acme' has statedLifetimeValue -5 EUR",
        () -> base().statedLifetimeValue(eur("-5")).build());
  }

  @Test
  void build_rejectsStatedLifetimeValueInOtherCurrency() {
    assertRejected(SegmentationRule.ONE_CURRENCY,
        "account 'acme' states its lifetime value in USD but its ARR in EUR",
        () -> base().statedLifetimeValue(Money.of("5", "USD")).build());
  }

  @Test
  void build_rejectsNoLifetimeSource() {
    assertRejected(SegmentationRule.ONE_LIFETIME_SOURCE, "account 'acme' gives 0 of them",
        () -> base().build());
  }

  @Test
  void build_rejectsTwoLifetimeSources() {
    assertRejected(SegmentationRule.ONE_LIFETIME_SOURCE,
        "account 'acme' gives 2 of them: statedLifetimeValue=none, lifetimeYears=2,"
            + " annualChurnRate=0.5",
        () -> base().lifetimeYears(new BigDecimal("2"))
            .annualChurnRate(new BigDecimal("0.5")).build());
  }

  private static ImmutableAccountValue.Builder base() {
    return AccountValue.builder().id("acme").annualRecurringRevenue(eur("24000"));
  }
}
