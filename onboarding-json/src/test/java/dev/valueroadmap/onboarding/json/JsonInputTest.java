package dev.valueroadmap.onboarding.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonParser;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class JsonInputTest {

  private static BigDecimal decimal(String json) throws Exception {
    try (JsonParser parser = OnboardingJson.newMapper().createParser(json)) {
      parser.nextToken();
      return JsonInput.decimal(parser);
    }
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
