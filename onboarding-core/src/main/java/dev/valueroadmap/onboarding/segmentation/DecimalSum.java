package dev.valueroadmap.onboarding.segmentation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact running sum of decimals, with the order key that the allocation sorts lifetime
 * values by. The sum equals, value and scale, the sum that
 * {@link BigDecimal#add} gives when folded from {@link BigDecimal#ZERO}, but adds most
 * values as longs. Values of one scale from 0 to {@value #MAX_BUCKET_SCALE} that are not
 * negative and have at most 18 digits go to a long per scale, which is moved into a
 * {@code BigDecimal} only before it would overflow; other values are added as decimals.
 *
 * <p>Mutable and not thread-safe: one sum belongs to one allocation.
 */
final class DecimalSum {

  /** The largest scale kept in a long. Larger scales are added as decimals. */
  static final int MAX_BUCKET_SCALE = 31;

  /** The powers of ten that fit a long, by exponent. */
  private static final long[] TEN_POWERS = new long[19];

  static {
    TEN_POWERS[0] = 1;
    for (int i = 1; i < TEN_POWERS.length; i++) {
      TEN_POWERS[i] = TEN_POWERS[i - 1] * 10;
    }
  }

  private static final int KEY_SCALE = 6;
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);

  /** The sum of the unscaled values added so far, by scale. */
  private final long[] unscaledSums = new long[MAX_BUCKET_SCALE + 1];
  /** One bit per scale with at least one value added, so that its scale counts. */
  private int scalesAdded;
  /** The values that no long took, and the long sums moved out before an overflow. */
  private BigDecimal decimals = BigDecimal.ZERO;

  /**
   * Returns the unscaled value of a decimal that a sum can keep in a long: not negative,
   * of a scale from 0 to {@value #MAX_BUCKET_SCALE} and below 10^18 unscaled. Returns -1
   * for any other decimal.
   */
  static long compactUnscaled(BigDecimal value) {
    int scale = value.scale();
    if (value.signum() < 0 || scale < 0 || scale > MAX_BUCKET_SCALE || value.precision() > 18) {
      return -1;
    }
    return value.unscaledValue().longValue();
  }

  /**
   * Returns the decimal times one million, rounded down and limited to the range of a long.
   * The key never reverses the order of two decimals, so that unequal keys order them.
   *
   * @param value the decimal
   * @param compactUnscaled the result of {@link #compactUnscaled} for the decimal
   */
  static long floorMillionths(BigDecimal value, long compactUnscaled) {
    if (compactUnscaled >= 0) {
      int shift = KEY_SCALE - value.scale();
      if (shift >= 0) {
        long power = TEN_POWERS[shift];
        return compactUnscaled > Long.MAX_VALUE / power ? Long.MAX_VALUE
            : compactUnscaled * power;
      }
      // Below 10^18 unscaled, a division by 10^19 or more leaves 0.
      return -shift < TEN_POWERS.length ? compactUnscaled / TEN_POWERS[-shift] : 0;
    }

    BigDecimal millionths = value.movePointRight(KEY_SCALE).setScale(0, RoundingMode.FLOOR);
    if (millionths.compareTo(LONG_MAX) > 0) {
      return Long.MAX_VALUE;
    }
    if (millionths.compareTo(LONG_MIN) < 0) {
      return Long.MIN_VALUE;
    }
    return millionths.longValueExact();
  }

  /**
   * Adds a decimal.
   *
   * @param value the decimal
   * @param compactUnscaled the result of {@link #compactUnscaled} for the decimal
   */
  void add(BigDecimal value, long compactUnscaled) {
    if (compactUnscaled < 0) {
      decimals = decimals.add(value);
      return;
    }

    int scale = value.scale();
    long sum = unscaledSums[scale];
    if (sum > Long.MAX_VALUE - compactUnscaled) {
      decimals = decimals.add(BigDecimal.valueOf(sum, scale));
      sum = 0;
    }
    unscaledSums[scale] = sum + compactUnscaled;
    scalesAdded |= 1 << scale;
  }

  /** Returns the exact sum, with the largest scale of 0 and the values added. */
  BigDecimal total() {
    BigDecimal total = decimals;
    for (int scale = 0; scale <= MAX_BUCKET_SCALE; scale++) {
      if ((scalesAdded & 1 << scale) != 0) {
        total = total.add(BigDecimal.valueOf(unscaledSums[scale], scale));
      }
    }
    return total;
  }
}
