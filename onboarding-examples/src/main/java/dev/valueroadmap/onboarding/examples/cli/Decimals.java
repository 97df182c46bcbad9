package dev.valueroadmap.onboarding.examples.cli;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the decimal numbers of option values and sheet cells: ASCII digits with an optional
 * sign and fraction, no exponent, at most {@value #MAX_INTEGER_DIGITS} digits before the
 * decimal point and {@value #MAX_FRACTION_DIGITS} after it. {@link BigDecimal} alone also
 * takes other scripts' digits and exponents such as {@code 1e999999999}, whose size makes
 * later arithmetic run out of memory or overflow.
 */
final class Decimals {

  /** The maximum number of digits before the decimal point, leading zeros not counted. */
  static final int MAX_INTEGER_DIGITS = 15;

  /** The maximum number of digits after the decimal point. */
  static final int MAX_FRACTION_DIGITS = 10;

  private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+)(?:\\.([0-9]+))?");

  private Decimals() {
  }

  /**
   * Parses a decimal number.
   *
   * @param value the text, such as {@code 1200.50}
   * @return the number, with the scale written
   * @throws IllegalArgumentException if the text is not such a number or is too long; the
   *     message names the value and what was expected
   */
  static BigDecimal parse(String value) {
    Matcher matcher = DECIMAL.matcher(value);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("'" + value + "' is not a decimal number; expected"
          + " ASCII digits with an optional '.', such as 1200.50");
    }

    String integerDigits = matcher.group(1).replaceFirst("^0+(?=.)", "");
    if (integerDigits.length() > MAX_INTEGER_DIGITS) {
      throw new IllegalArgumentException("'" + value + "' has more than "
          + MAX_INTEGER_DIGITS + " digits before the decimal point");
    }
    String fractionDigits = matcher.group(2);
    if (fractionDigits != null && fractionDigits.length() > MAX_FRACTION_DIGITS) {
      throw new IllegalArgumentException("'" + value + "' has more than "
          + MAX_FRACTION_DIGITS + " digits after the decimal point");
    }
    return new BigDecimal(value);
  }
}
