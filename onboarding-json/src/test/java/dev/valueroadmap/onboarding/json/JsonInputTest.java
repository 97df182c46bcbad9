package dev.valueroadmap.onboarding.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import dev.valueroadmap.onboarding.testing.Generators;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class JsonInputTest {

  private static BigDecimal decimal(String json) throws Exception {
    try (JsonParser parser = OnboardingJson.newMapper().createParser(json)) {
      parser.nextToken();
      return JsonInput.decimal(parser);
    }
  }

  private static LocalDate plainDate(String text) {
    // Surrounding characters check that the offset and the length are honoured.
    char[] chars = ("x" + text + "yz").toCharArray();
    return JsonInput.plainDate(chars, 1, text.length());
  }

  /** Parses a date with the JDK, the reference for the plain form, or returns null. */
  private static LocalDate jdkDate(String text) {
    try {
      return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  @Test
  void plainDate_everyDayOf400Years() {
    // 1900-01-01 to 2299-12-31 covers every leap-year rule: 1900 and 2100 are no leap years,
    // 2000 is one.
    LocalDate last = LocalDate.of(2299, 12, 31);
    for (LocalDate day = LocalDate.of(1900, 1, 1); !day.isAfter(last); day = day.plusDays(1)) {
      String text = day.toString();
      assertEquals(jdkDate(text), plainDate(text), text);
    }
  }

  @Test
  void plainDate_fourDigitYearEdges() {
    assertEquals(LocalDate.of(0, 1, 1), plainDate("0000-01-01"));
    assertEquals(LocalDate.of(0, 2, 29), plainDate("0000-02-29"));
    assertEquals(LocalDate.of(9999, 12, 31), plainDate("9999-12-31"));
  }

  @Test
  void plainDate_otherFormsGiveNull() {
    for (String text : new String[] {"2023-02-29", "2100-02-29", "2024-04-31", "2024-13-01",
        "2024-00-10", "2024-01-00", "2024-01-32", "2024-1-01", "2024-01-1", "24-01-01",
        "+10000-01-01", "2024/01/01", "2024-01-0a", "2024-01-01T", "2024- 1-01",
        "\uff12\uff10\uff12\uff14-01-01", ""}) {
      assertNull(plainDate(text), text);
    }
  }

  @Test
  void plainDate_dateLikeTextLikeJdk() {
    // Ten characters from digits and dashes, dashes mostly where a date has them, so that
    // many strings are dates and many are near misses.
    Gen<Character> dashMostly = SourceDSL.integers().between(0, 9)
        .map(i -> i == 0 ? '7' : '-');
    Gen<String> years = SourceDSL.integers().between(0, 9999)
        .map(year -> String.format("%04d", year));
    Gen<String> months = SourceDSL.integers().between(0, 13)
        .map(month -> String.format("%02d", month));
    Gen<String> days = SourceDSL.integers().between(0, 32).map(day -> String.format("%02d", day));
    Gen<String> texts = years.zip(dashMostly, months, dashMostly,
        (year, dash1, month, dash2) -> year + dash1 + month + dash2)
        .zip(days, (prefix, day) -> prefix + day);
    AtomicInteger dates = new AtomicInteger();
    AtomicInteger others = new AtomicInteger();

    Generators.qt().withExamples(5000).forAll(texts).checkAssert(text -> {
      LocalDate expected = jdkDate(text);
      (expected == null ? others : dates).incrementAndGet();
      assertEquals(expected, plainDate(text), text);
    });

    assertTrue(dates.get() >= 1000, () -> dates + " dates generated");
    assertTrue(others.get() >= 1000, () -> others + " non-dates generated");
  }

  @Test
  void date_impossibleDateRejected() {
    DocumentMismatchException e = assertThrows(DocumentMismatchException.class, () -> {
      try (JsonParser parser = OnboardingJson.newMapper().createParser("\"2024-02-30\"")) {
        parser.nextToken();
        JsonInput.date(parser);
      }
    });

    assertEquals("expected an ISO-8601 date such as \"2024-01-31\" but found the string"
        + " \"2024-02-30\"", e.detail());
  }

  @Test
  void decimal_keepsTheWrittenScale() throws Exception {
    BigDecimal amount = decimal("120000.00");

    assertEquals(new BigDecimal("120000.00"), amount);
    assertEquals(2, amount.scale());
    assertEquals(0, decimal("7").scale());
  }

  @Test
  void decimal_rejectsAString() {
    DocumentMismatchException e = assertThrows(DocumentMismatchException.class,
        () -> decimal("\"1.5\""));

    assertEquals("expected a number but found the string \"1.5\"", e.detail());
  }
}
