package dev.valueroadmap.onboarding.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.valueroadmap.onboarding.segmentation.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ViewFormatTest {

  @Test
  void hours_roundHalvesUp() {
    assertEquals("18.3", AllocationView.hours(new BigDecimal("18.25")));
    assertEquals("15.8", AllocationView.hours(new BigDecimal("15.75")));
    assertEquals("0.1", AllocationView.hours(new BigDecimal("0.05")));
    assertEquals("4.2", AllocationView.hours(new BigDecimal("4.170979")));
  }

  @Test
  void money_roundsHalvesUp() {
    assertEquals("3 EUR", AllocationView.money(Money.of("2.5", "EUR")));
    assertEquals("4 EUR", AllocationView.money(Money.of("3.5", "EUR")));
  }

  @Test
  void level_keepsEveryDigit() {
    assertEquals("0.95", AnalysisView.level(0.95));
    assertEquals("0.80", AnalysisView.level(0.8));
    assertEquals("1.00", AnalysisView.level(1.0));
    assertEquals("0.999999999999", AnalysisView.level(0.999999999999));
  }

  @Test
  void count_pluralises() {
    assertEquals("1 account", AnalysisView.count(1, "account", "accounts"));
    assertEquals("0 accounts", AnalysisView.count(0, "account", "accounts"));
    assertEquals("2 accounts", AnalysisView.count(2, "account", "accounts"));
  }
}
