package dev.valueroadmap.onboarding.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void equals_ignoresScale() {
    Money plain = Money.of("1200", "EUR");
    Money cents = Money.of("1200.00", "EUR");

    assertEquals(plain, cents);
    assertEquals(plain.hashCode(), cents.hashCode());
  }

  @Test
  void equals_comparesCurrency() {
    assertNotEquals(Money.of("1200", "EUR"), Money.of("1200", "USD"));
  }

  @Test
  void toString_plainAmountAndCode() {
    assertEquals("1200.50 EUR", Money.of("1200.50", "EUR").toString());
    assertEquals("1000 EUR", Money.of("1E+3", "EUR").toString());
  }

  @Test
  void of_rejectsBadAmount() {
    InvalidSegmentationException e = assertThrows(InvalidSegmentationException.class,
        () -> Money.of("12,00", "EUR"));

    assertEquals(SegmentationRule.MONEY_FORMAT, e.rule());
    assertTrue(e.getMessage().contains("'12,00'"), e.getMessage());
  }

  @Test
  void of_rejectsBadCurrencyCode() {
    InvalidSegmentationException e = assertThrows(InvalidSegmentationException.class,
        () -> Money.of("12", "EURO"));

    assertEquals(SegmentationRule.MONEY_FORMAT, e.rule());
    assertTrue(e.getMessage().contains("'EURO'"), e.getMessage());
  }
}
