package dev.valueroadmap.onboarding.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valueroadmap.onboarding.progress.AccountState;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class InvalidUtf8Test {

  private static final OnboardingJson JSON = OnboardingJson.strict();

  private static InputStream stream(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  /** Returns the text as UTF-8 with one byte replaced. */
  private static byte[] withByte(String text, int index, int value) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    bytes[index] = (byte) value;
    return bytes;
  }

  private static byte[] resource(String name) {
    try (InputStream in = InvalidUtf8Test.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void byteFfInFieldName_isRejected() {
    // "even\xFFts" once matched the cached "events" in Jackson's byte parser, so the
    // document read as valid when an earlier document had an "events" field.
    byte[] golden = GoldenFiles.bytes("account-states.json");
    byte[] damaged = resource(
        "AccountStateReaderFuzzTestInputs/readAccountStates/invalid-utf8-field-name.json");

    for (OnboardingJson json : List.of(JSON, JSON.ignoringUnknownFields())) {
      json.readAccountStates(stream(golden));

      OnboardingJsonException e = assertThrows(OnboardingJsonException.class,
          () -> json.readAccountStates(stream(damaged)));

      // Line 7 is `      "touchModel": "HIGH_TOUCH", "even\xFFts": [`: 39 characters, then FF.
      assertEquals(OptionalInt.of(7), e.line());
      assertEquals(OptionalInt.of(40), e.column());
      assertEquals("", e.pointer());
      assertTrue(e.detail().startsWith("invalid UTF-8: the byte sequence FF at byte offset "),
          e.detail());
    }
  }

  @Test
  void invalidByteInValue_isRejected() {
    String text = "{\"schemaVersion\": 1, \"accountId\": \"acme\"}";
    byte[] bytes = withByte(text, text.indexOf("cme"), 0xC3);

    OnboardingJsonException e = assertThrows(OnboardingJsonException.class,
        () -> JSON.readAccountState(stream(bytes)));

    // 'c' is byte 36, after 36 characters. 0xC3 starts a two-byte character, but 'm'
    // (0x6D) is no continuation byte.
    assertTrue(e.detail().contains("the byte sequence C3 at byte offset 36 "), e.detail());
    assertEquals(OptionalInt.of(37), e.column());
  }

  @Test
  void characterCutAtTheEnd_isRejected() {
    byte[] text = "{\"schemaVersion\": 1, \"outcomeCases\": []}\n"
        .getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[text.length + 1];
    System.arraycopy(text, 0, bytes, 0, text.length);
    bytes[text.length] = (byte) 0xE2;

    OnboardingJsonException e = assertThrows(OnboardingJsonException.class,
        () -> JSON.readOutcomeCases(stream(bytes)));

    // The document and its line end take 41 bytes, so E2 is byte 41, first on line 2.
    assertTrue(e.detail().contains("the byte sequence E2 at byte offset 41 "), e.detail());
    assertEquals(OptionalInt.of(2), e.line());
    assertEquals(OptionalInt.of(1), e.column());
  }

  @Test
  void charactersSplitAcrossReads_areRead() {
    // The golden cases contain "Zürich", two bytes for ü, which this stream splits.
    byte[] golden = GoldenFiles.bytes("outcome-cases.json");
    InputStream oneByteAtATime = new ByteArrayInputStream(golden) {
      @Override
      public synchronized int read(byte[] buffer, int offset, int length) {
        return super.read(buffer, offset, Math.min(length, 1));
      }
    };

    assertEquals(OutcomeCasesJsonTest.goldenCases(), JSON.readOutcomeCases(oneByteAtATime));
  }

  @Test
  void utf16AndUtf32Documents_areStillRead() {
    String golden = GoldenFiles.text("account-state.json");
    AccountState expected = JSON.readAccountState(golden);

    for (String charset : List.of("UTF-16BE", "UTF-16LE", "UTF-16", "UTF-32BE", "UTF-32LE")) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      bytes.writeBytes(golden.getBytes(Charset.forName(charset)));

      assertEquals(expected, JSON.readAccountState(stream(bytes.toByteArray())), charset);
    }
  }
}
