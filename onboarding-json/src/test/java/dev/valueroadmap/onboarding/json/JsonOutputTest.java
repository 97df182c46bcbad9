package dev.valueroadmap.onboarding.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class JsonOutputTest {

  private static String isoDate(LocalDate date) {
    return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
  }

  private static String dateField(LocalDate date) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = OnboardingJson.newMapper().createGenerator(text)) {
      out.writeStartObject();
      JsonOutput.writeDateField(out, "date", date);
      out.writeEndObject();
    }
    return text.toString();
  }

  @Test
  void plainDate_everyDayOf400Years() {
    // 1900-01-01 to 2299-12-31 covers every leap-year rule and every month length.
    LocalDate last = LocalDate.of(2299, 12, 31);
    for (LocalDate day = LocalDate.of(1900, 1, 1); !day.isAfter(last); day = day.plusDays(1)) {
      assertEquals(isoDate(day), new String(JsonOutput.plainDate(day)), day::toString);
    }
  }

  @Test
  void plainDate_fourDigitYearEdges() {
    assertEquals("0000-01-01", new String(JsonOutput.plainDate(LocalDate.of(0, 1, 1))));
    assertEquals("0007-03-04", new String(JsonOutput.plainDate(LocalDate.of(7, 3, 4))));
    assertEquals("9999-12-31", new String(JsonOutput.plainDate(LocalDate.of(9999, 12, 31))));
  }

  @Test
  void date_signedYearsLikeTheFormatter() {
    LocalDate beforeYearZero = LocalDate.of(-1, 1, 1);
    LocalDate afterYear9999 = LocalDate.of(10_000, 1, 1);

    assertNull(JsonOutput.plainDate(beforeYearZero));
    assertNull(JsonOutput.plainDate(afterYear9999));
    assertEquals("-0001-01-01", JsonOutput.date(beforeYearZero));
    assertEquals("+10000-01-01", JsonOutput.date(afterYear9999));
    assertEquals("2024-02-29", JsonOutput.date(LocalDate.of(2024, 2, 29)));
  }

  @Test
  void writeDateField_plainAndSignedYears() throws IOException {
    assertEquals("{\"date\":\"2024-01-31\"}", dateField(LocalDate.of(2024, 1, 31)));
    assertEquals("{\"date\":\"+10000-01-01\"}", dateField(LocalDate.of(10_000, 1, 1)));
  }
}
