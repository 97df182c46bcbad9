package dev.valueroadmap.onboarding.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valueroadmap.onboarding.testing.Generators;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class DecimalSumTest {

  /**
   * Decimals of every kind a sum meets: small and long-sized unscaled values, values beyond
   * a long, negative values and scales from -3 to 40.
   */
  private static Gen<BigDecimal> decimals() {
    Gen<BigInteger> small = SourceDSL.longs().between(0, 1_000_000_000L).map(BigInteger::valueOf);
    Gen<BigInteger> large = SourceDSL.longs().between(0, Long.MAX_VALUE).map(BigInteger::valueOf);
    Gen<BigInteger> huge = large.map(value -> value.multiply(BigInteger.TEN.pow(5)));
    Gen<BigInteger> negative = small.map(BigInteger::negate);
    Gen<BigInteger> unscaled = small.mix(large, 30).mix(huge, 15).mix(negative, 10);
    return unscaled.zip(SourceDSL.integers().between(-3, 40), BigDecimal::new);
  }

  private static BigDecimal foldedSum(List<BigDecimal> values) {
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal value : values) {
      sum = sum.add(value);
    }
    return sum;
  }

  private static BigDecimal sum(List<BigDecimal> values) {
    DecimalSum sum = new DecimalSum();
    for (BigDecimal value : values) {
      sum.add(value, DecimalSum.compactUnscaled(value));
    }
    return sum.total();
  }

  @Test
  void total_equalsFoldedAddValueAndScale() {
    AtomicInteger inLongs = new AtomicInteger();
    AtomicInteger asDecimals = new AtomicInteger();

    Generators.qt().forAll(SourceDSL.lists().of(decimals()).ofSizeBetween(0, 40))
        .checkAssert(values -> {
          for (BigDecimal value : values) {
            (DecimalSum.compactUnscaled(value) >= 0 ? inLongs : asDecimals).incrementAndGet();
          }
          // equals, unlike compareTo, also compares the scale.
          assertEquals(foldedSum(values), sum(values), values::toString);
        });

    assertTrue(inLongs.get() >= 1000, () -> inLongs + " values kept in longs");
    assertTrue(asDecimals.get() >= 1000, () -> asDecimals + " values added as decimals");
  }

  @Test
  void total_survivesLongOverflow() {
    // 999999999999.999999 is 10^18 - 1 millionths. Nine of them, about 9.0 * 10^18, still
    // fit a long (at most about 9.22 * 10^18); the tenth does not. Twelve of them sum to
    // 12 * 10^18 - 12 millionths.
    BigDecimal value = new BigDecimal("999999999999.999999");
    List<BigDecimal> values = Collections.nCopies(12, value);

    assertEquals(new BigDecimal("11999999999999.999988"), sum(values));
  }

  @Test
  void total_empty() {
    assertEquals(BigDecimal.ZERO, new DecimalSum().total());
  }

  @Test
  void total_keepsTheLargestScaleOfZeroSums() {
    // 0.00 + 0 is 0.00 with BigDecimal.add, scale 2.
    List<BigDecimal> values = List.of(new BigDecimal("0.00"), BigDecimal.ZERO);

    assertEquals(new BigDecimal("0.00"), sum(values));
    assertEquals(2, sum(values).scale());
  }

  @Test
  void floorMillionths_matchesDecimalArithmetic() {
    BigDecimal longMax = BigDecimal.valueOf(Long.MAX_VALUE);
    BigDecimal longMin = BigDecimal.valueOf(Long.MIN_VALUE);

    Generators.qt().withExamples(2000).forAll(decimals()).checkAssert(value -> {
      BigDecimal floor = value.movePointRight(6).setScale(0, RoundingMode.FLOOR);
      BigDecimal expected = floor.max(longMin).min(longMax);

      long key = DecimalSum.floorMillionths(value, DecimalSum.compactUnscaled(value));

      assertEquals(expected.longValueExact(), key, value::toString);
    });
  }

  @Test
  void floorMillionths_handWorkedCases() {
    // 1.2345678 is 1,234,567.8 millionths, rounded down to 1,234,567.
    assertEquals(1_234_567L, key("1.2345678"));
    // 1.5E+3 is 1,500 or 1,500,000,000 millionths.
    assertEquals(1_500_000_000L, key("1.5E+3"));
    // 0.0000009 is 0.9 millionths, and -0.0000009 rounds down to -1.
    assertEquals(0L, key("0.0000009"));
    assertEquals(-1L, key("-0.0000009"));
    // 10^13 is 10^19 millionths, beyond Long.MAX_VALUE.
    assertEquals(Long.MAX_VALUE, key("10000000000000"));
    // 1 at scale 40 is far below a millionth.
    assertEquals(0L, key("1E-40"));
  }

  private static long key(String text) {
    BigDecimal value = new BigDecimal(text);
    return DecimalSum.floorMillionths(value, DecimalSum.compactUnscaled(value));
  }
}
