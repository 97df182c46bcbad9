package dev.valueroadmap.onboarding.examples.cli;

import dev.valueroadmap.onboarding.segmentation.AccountValue;
import dev.valueroadmap.onboarding.segmentation.ImmutableAccountValue;
import dev.valueroadmap.onboarding.segmentation.InvalidSegmentationException;
import dev.valueroadmap.onboarding.segmentation.Money;
import dev.valueroadmap.onboarding.segmentation.SegmentationRule;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an account-value sheet: the CSV list of accounts that touch-model allocation places.
 *
 * <p>The first row is a header. Columns, matched by name in any case and order:
 * <ul>
 *   <li>{@code account_id} (required): the account id, unique within the sheet;
 *   <li>{@code arr} (required): annual recurring revenue in units of the currency, a decimal
 *       number such as {@code 48000} or {@code 48000.50}, at least 0;
 *   <li>{@code currency} (required): the ISO 4217 code, the same on every row;
 *   <li>{@code gross_margin} (optional): the fraction of revenue kept, from 0 to 1, 1 when
 *       empty;
 *   <li>{@code lifetime_years}, {@code churn_rate}, {@code ltv}: the lifetime value, given on
 *       each row by exactly one of them: the expected lifetime in years (lifetime value =
 *       ARR &times; gross margin &times; years), the annual churn rate above 0 and at most 1
 *       (lifetime value = ARR &times; gross margin &divide; churn rate), or the lifetime value
 *       itself in the row's currency. The header has at least one of the three;
 *   <li>{@code pinned_touch_model} (optional): {@code HIGH_TOUCH}, {@code LOW_TOUCH} or
 *       {@code TECH_TOUCH} (any case, '-' for '_'), empty when the allocation decides.
 * </ul>
 * Every number is written in ASCII digits with an optional sign and '.', without an
 * exponent, with at most 15 digits before the decimal point and 10 after it.
 * Other columns are ignored. The file is UTF-8, with or without a byte-order mark, quoted as
 * in RFC 4180. Every problem is reported as a {@link BadInputException} naming the file,
 * line, column and value; no row is skipped.
 */
public final class AccountValueSheet {

  private static final List<String> REQUIRED = List.of("account_id", "arr", "currency");
  private static final List<String> LIFETIME = List.of("lifetime_years", "churn_rate", "ltv");
  private static final List<String> KNOWN = List.of("account_id", "arr", "currency",
      "gross_margin", "lifetime_years", "churn_rate", "ltv", "pinned_touch_model");

  private AccountValueSheet() {
  }

  /**
   * Reads every account of a sheet.
   *
   * @param file the CSV file
   * @return the accounts in file order, at least one, all in one currency
   * @throws BadInputException if the file is missing, empty, not UTF-8 or has a bad value
   */
  public static List<AccountValue> read(Path file) {
    return parse(CsvSheet.read(file, KNOWN, REQUIRED));
  }

  /**
   * Reads every account of a sheet from a stream, which stays open.
   *
   * @param source the name of the input in messages, such as a file path or a resource name
   * @param in the UTF-8 bytes of the sheet
   * @return the accounts in file order, at least one, all in one currency
   * @throws BadInputException if the input is empty, not UTF-8 or has a bad value
   */
  public static List<AccountValue> read(String source, InputStream in) {
    return parse(CsvSheet.read(source, in, KNOWN, REQUIRED));
  }

  private static List<AccountValue> parse(CsvSheet sheet) {
    if (LIFETIME.stream().noneMatch(sheet::has)) {
      throw new BadInputException(sheet.source(), 1, 0, "missing a lifetime column; the"
          + " header needs at least one of " + LIFETIME);
    }
    if (sheet.rows().isEmpty()) {
      throw new BadInputException(sheet.source(), 0, 0,
          "the sheet has a header but no account rows");
    }

    List<AccountValue> accounts = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    Currency currency = null;
    for (CsvSheet.Row row : sheet.rows()) {
      AccountValue account = parse(sheet, row);
      Long earlier = seen.putIfAbsent(account.id(), row.line());
      if (earlier != null) {
        throw sheet.error(row, "account_id", "account_id '" + account.id()
            + "' already appears on line " + earlier);
      }
      if (currency == null) {
        currency = account.currency();
      } else if (!currency.equals(account.currency())) {
        throw sheet.error(row, "currency", "currency '" + sheet.value(row, "currency")
            + "' differs from " + currency.getCurrencyCode() + " on line "
            + sheet.rows().get(0).line() + "; every account must use one currency");
      }
      accounts.add(account);
    }
    return accounts;
  }

  private static AccountValue parse(CsvSheet sheet, CsvSheet.Row row) {
    String id = sheet.value(row, "account_id");
    if (id.isEmpty()) {
      throw sheet.error(row, "account_id", "account_id is empty");
    }

    Currency currency = parseCurrency(sheet, row);
    ImmutableAccountValue.Builder builder = AccountValue.builder()
        .id(id)
        .annualRecurringRevenue(Money.of(decimal(sheet, row, "arr"), currency));
    if (!sheet.value(row, "gross_margin").isEmpty()) {
      builder.grossMargin(decimal(sheet, row, "gross_margin"));
    }

    List<String> given = new ArrayList<>();
    for (String column : LIFETIME) {
      if (!sheet.value(row, column).isEmpty()) {
        given.add(column);
      }
    }
    if (given.size() != 1) {
      throw new BadInputException(sheet.source(), row.line(), 0, "account '" + id + "' gives "
          + (given.isEmpty() ? "none" : given) + " but needs exactly one of " + LIFETIME);
    }
    switch (given.get(0)) {
      case "lifetime_years" -> builder.lifetimeYears(decimal(sheet, row, "lifetime_years"));
      case "churn_rate" -> builder.annualChurnRate(decimal(sheet, row, "churn_rate"));
      default -> builder.statedLifetimeValue(Money.of(decimal(sheet, row, "ltv"),
          currency));
    }

    String pinned = sheet.value(row, "pinned_touch_model");
    if (!pinned.isEmpty()) {
      builder.pinnedTouchModel(CaseSheet.parseTouchModel(sheet, row, "pinned_touch_model",
          pinned));
    }

    try {
      return builder.build();
    } catch (InvalidSegmentationException e) {
      throw sheet.error(row, column(e.rule()), e.getMessage(), e);
    }
  }

  private static Currency parseCurrency(CsvSheet sheet, CsvSheet.Row row) {
    String code = sheet.value(row, "currency");
    try {
      return Currency.getInstance(code.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw sheet.error(row, "currency", "currency '" + code
          + "' is not an ISO 4217 currency code such as EUR or USD", e);
    }
  }

  private static BigDecimal decimal(CsvSheet sheet, CsvSheet.Row row, String column) {
    String value = sheet.value(row, column);
    if (value.isEmpty()) {
      throw sheet.error(row, column, column + " is empty; expected a decimal number");
    }
    try {
      return Decimals.parse(value);
    } catch (IllegalArgumentException e) {
      throw sheet.error(row, column, column + " " + e.getMessage(), e);
    }
  }

  /** Returns the column whose value broke a rule of {@link AccountValue}. */
  private static String column(SegmentationRule rule) {
    return switch (rule) {
      case REVENUE_NOT_NEGATIVE -> "arr";
      case GROSS_MARGIN_IN_RANGE -> "gross_margin";
      case LIFETIME_YEARS_POSITIVE -> "lifetime_years";
      case CHURN_RATE_IN_RANGE -> "churn_rate";
      case LIFETIME_VALUE_NOT_NEGATIVE -> "ltv";
      default -> "account_id";
    };
  }
}
