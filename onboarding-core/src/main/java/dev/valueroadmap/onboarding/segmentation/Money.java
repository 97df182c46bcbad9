package dev.valueroadmap.onboarding.segmentation;

import java.math.BigDecimal;
import java.util.Currency;
import org.immutables.value.Value;

/**
 * An amount of money in one currency, such as annual recurring revenue or lifetime value.
 *
 * <p>Two amounts are equal when their currencies are equal and their amounts are
 * numerically equal, whatever their scale: {@code 1200.00 EUR} equals {@code 1200 EUR}. The
 * amount keeps the scale it was given with. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Money {

  Money() {
  }

  /**
   * Returns the amount, in units of the currency (euros, not cents).
   *
   * @return the amount as given
   */
  @Value.Parameter
  public abstract BigDecimal amount();

  /**
   * Returns the currency.
   *
   * @return the currency
   */
  @Value.Parameter
  public abstract Currency currency();

  /**
   * Creates an amount of money.
   *
   * @param amount the amount in units of the currency, any sign
   * @param currency the currency
   * @return the money value
   */
  public static Money of(BigDecimal amount, Currency currency) {
    return ImmutableMoney.of(amount, currency);
  }

  /**
   * Creates an amount of money from its decimal text and an ISO 4217 currency code.
   *
   * @param amount the amount as decimal text, for example {@code "12000.50"}
   * @param currencyCode the currency code, for example {@code "EUR"}
   * @return the money value
   * @throws InvalidSegmentationException when the amount is not a decimal number or the code
   *     is not an ISO 4217 currency code
   */
  public static Money of(String amount, String currencyCode) {
    BigDecimal parsedAmount;
    try {
      parsedAmount = new BigDecimal(amount);
    } catch (NumberFormatException e) {
      throw new InvalidSegmentationException(SegmentationRule.MONEY_FORMAT,
          "amount '" + amount + "' is not a decimal number");
    }

    Currency currency;
    try {
      currency = Currency.getInstance(currencyCode);
    } catch (IllegalArgumentException e) {
      throw new InvalidSegmentationException(SegmentationRule.MONEY_FORMAT,
          "currency code '" + currencyCode + "' is not an ISO 4217 code");
    }
    return of(parsedAmount, currency);
  }

  /**
   * Compares amount and currency; amounts that differ only in scale are equal.
   *
   * @param other the object to compare with
   * @return true when {@code other} is money of the same currency and numeric amount
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof Money money
        && currency().equals(money.currency())
        && amount().compareTo(money.amount()) == 0;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return 31 * currency().hashCode() + amount().stripTrailingZeros().hashCode();
  }

  /**
   * Returns the amount without exponent and the currency code, for example
   * {@code "1200.00 EUR"}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return amount().toPlainString() + " " + currency().getCurrencyCode();
  }
}
