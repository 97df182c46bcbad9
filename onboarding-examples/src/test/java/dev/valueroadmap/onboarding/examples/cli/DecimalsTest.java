package dev.valueroadmap.onboarding.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DecimalsTest {

  @Test
  void parse_asciiDecimals() {
    assertEquals(new BigDecimal("1200.50"), Decimals.parse("1200.50"));
    assertEquals(new BigDecimal("-3"), Decimals.parse("-3"));
    assertEquals(new BigDecimal("0.5"), Decimals.parse("+0.5"));
    assertEquals(new BigDecimal("999999999999999.9999999999"),
        Decimals.parse("999999999999999.9999999999"));
    // Leading zeros do not count towards the 15 digits.
    assertEquals(new BigDecimal("7"), Decimals.parse("0000000000000000007"));
  }

  @Test
  void parse_otherDigitsAndForms() {
    // Arabic-Indic and full-width digits, exponents, and forms BigDecimal or Double accept.
    String[] values = {"\u0661\u0660\u0660", "\uff11\uff10\uff10", "1e3", "1E-2", "NaN",
        "Infinity", ".5", "5.", "1,5", " 1", "0x10", ""};
    for (String value : values) {
      IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
          () -> Decimals.parse(value), value);
      assertTrue(error.getMessage().contains("'" + value + "' is not a decimal number"),
          error.getMessage());
    }
  }

  @Test
  void parse_tooManyDigits() {
    IllegalArgumentException integer = assertThrows(IllegalArgumentException.class,
        () -> Decimals.parse("1234567890123456"));
    assertTrue(integer.getMessage().contains("more than 15 digits before the decimal point"),
        integer.getMessage());

    IllegalArgumentException fraction = assertThrows(IllegalArgumentException.class,
        () -> Decimals.parse("0.12345678901"));
    assertTrue(fraction.getMessage().contains("more than 10 digits after the decimal point"),
        fraction.getMessage());
  }
}
