package dev.valueroadmap.onboarding.segmentation;

import java.math.BigDecimal;

/**
 * The range of decimal inputs: at most 15 digits before the decimal point, more than any
 * revenue or capacity needs, and 10 after it, finer than any rate or hour needs. Bounding
 * them keeps the exact arithmetic of an allocation small; an unbounded input such as
 * {@code 1E-999999999} would make it run out of memory.
 */
final class DecimalBounds {

  static final int MAX_INTEGER_DIGITS = 15;
  static final int MAX_FRACTION_DIGITS = 10;

  private DecimalBounds() {
  }

  /**
   * Rejects a decimal outside the range. The message shows the value in scientific notation,
   * because the plain form of an out-of-range value can be millions of digits long.
   */
  static void require(String what, BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    int integerDigits = stripped.precision() - stripped.scale();
    if (stripped.scale() > MAX_FRACTION_DIGITS || integerDigits > MAX_INTEGER_DIGITS) {
      throw new InvalidSegmentationException(SegmentationRule.DECIMAL_IN_RANGE,
          what + " " + value + " is out of range");
    }
  }
}
