package dev.valueroadmap.onboarding.segmentation;

import static dev.valueroadmap.onboarding.segmentation.SegmentationAssertions.assertRejected;
import static dev.valueroadmap.onboarding.segmentation.SegmentationAssertions.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valueroadmap.onboarding.program.TouchModel;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SegmentationPolicyTest {

  @Test
  void eligibleTouchModel_valueOnThresholdIsEligible() {
    SegmentationPolicy policy = policy("100000", "20000").build();

    assertEquals(TouchModel.HIGH_TOUCH, policy.eligibleTouchModel(eur("100000.00")));
    assertEquals(TouchModel.LOW_TOUCH, policy.eligibleTouchModel(eur("99999.99")));
    assertEquals(TouchModel.LOW_TOUCH, policy.eligibleTouchModel(eur("20000")));
    assertEquals(TouchModel.TECH_TOUCH, policy.eligibleTouchModel(eur("19999.99")));
  }

  @Test
  void eligibleTouchModel_equalThresholdsSkipLowTouch() {
    SegmentationPolicy policy = policy("50000", "50000").build();

    assertEquals(TouchModel.HIGH_TOUCH, policy.eligibleTouchModel(eur("50000")));
    assertEquals(TouchModel.TECH_TOUCH, policy.eligibleTouchModel(eur("49999")));
  }

  @Test
  void eligibleTouchModel_rejectsOtherCurrency() {
    SegmentationPolicy policy = policy("100000", "20000").build();

    InvalidSegmentationException e = assertThrows(InvalidSegmentationException.class,
        () -> policy.eligibleTouchModel(Money.of("5", "USD")));

    assertEquals(SegmentationRule.ONE_CURRENCY, e.rule());
    assertTrue(e.getMessage().contains("5 USD"), e.getMessage());
  }

  @Test
  void build_rejectsHighBelowLow() {
    assertRejected(SegmentationRule.THRESHOLDS_ORDERED,
        "highTouchMinimumLifetimeValue 10 EUR below lowTouchMinimumLifetimeValue 20 EUR",
        () -> policy("10", "20").build());
  }

  @Test
  void build_rejectsDecimalsOutOfRange() {
    assertRejected(SegmentationRule.DECIMAL_IN_RANGE,
        "policy has capacityHoursPerMonth 1E-999999999 is out of range",
        () -> policy("10", "5").capacityHoursPerMonth(new BigDecimal("1e-999999999")).build());
    assertRejected(SegmentationRule.DECIMAL_IN_RANGE, "highTouchMinimumLifetimeValue",
        () -> policy("1e20", "5").build());
  }

  @Test
  void build_rejectsNegativeLow() {
    assertRejected(SegmentationRule.THRESHOLDS_ORDERED, "lowTouchMinimumLifetimeValue -1 EUR",
        () -> policy("10", "-1").build());
  }

  @Test
  void build_rejectsMixedCurrencies() {
    assertRejected(SegmentationRule.ONE_CURRENCY,
        "highTouchMinimumLifetimeValue 10 EUR and lowTouchMinimumLifetimeValue 5 USD",
        () -> policy("10", "0").lowTouchMinimumLifetimeValue(Money.of("5", "USD")).build());
  }

  @Test
  void build_rejectsNegativeCapacity() {
    assertRejected(SegmentationRule.CAPACITY_NOT_NEGATIVE, "capacityHoursPerMonth -0.5",
        () -> policy("10", "0").capacityHoursPerMonth(new BigDecimal("-0.5")).build());
  }

  @Test
  void build_rejectsZeroManagers() {
    assertRejected(SegmentationRule.MANAGERS_POSITIVE, "csManagers 0",
        () -> policy("10", "0").csManagers(0).build());
  }

  private static ImmutableSegmentationPolicy.Builder policy(String high, String low) {
    return SegmentationPolicy.builder()
        .highTouchMinimumLifetimeValue(eur(high))
        .lowTouchMinimumLifetimeValue(eur(low))
        .capacityHoursPerMonth(new BigDecimal("160"));
  }
}
