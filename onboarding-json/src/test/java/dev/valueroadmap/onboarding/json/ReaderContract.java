package dev.valueroadmap.onboarding.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The contract that every document reader keeps for any input, which the fuzz tests check.
 *
 * <p>Reading returns a value or throws an {@link OnboardingJsonException} with a detail
 * message. Any other throwable escapes to the fuzzer as a finding. A value read strictly
 * is read equally when unknown fields are skipped. Every value read, from bytes or from
 * text, is written and read back to an equal value, and writing that value again gives the
 * same text.
 */
final class ReaderContract {

  private static final OnboardingJson STRICT = OnboardingJson.strict();
  private static final OnboardingJson LENIENT = STRICT.ignoringUnknownFields();

  private ReaderContract() {
  }

  /**
   * Reads the input as a document of the type through the byte and text entry points of
   * both readers and checks the contract on each result.
   */
  static <T> void check(DocumentType<T> type, byte[] input) {
    Optional<T> strict = read(() -> STRICT.read(type, new ByteArrayInputStream(input)));
    Optional<T> lenient = read(() -> LENIENT.read(type, new ByteArrayInputStream(input)));
    if (strict.isPresent()) {
      assertEquals(strict, lenient, "skipping unknown fields changed a strictly read value");
    }
    strict.ifPresent(value -> assertRoundTrip(type, value));
    lenient.ifPresent(value -> assertRoundTrip(type, value));

    // The text path runs Jackson's character parser instead of its UTF-8 byte parser.
    String text = new String(input, StandardCharsets.UTF_8);
    read(() -> STRICT.read(type, text)).ifPresent(value -> assertRoundTrip(type, value));
  }

  /** A read through one entry point. */
  @FunctionalInterface
  private interface Read<T> {
    T run();
  }

  private static <T> Optional<T> read(Read<T> read) {
    try {
      T value = read.run();
      assertNotNull(value, "a reader returned null");
      return Optional.of(value);
    } catch (OnboardingJsonException expected) {
      assertNotNull(expected.pointer(), "an error without a pointer");
      assertFalse(expected.detail().isBlank(), "an error without a detail message");
      return Optional.empty();
    }
  }

  private static <T> void assertRoundTrip(DocumentType<T> type, T value) {
    String text = STRICT.write(type, value);
    assertEquals(value, STRICT.read(type, text), "the written text reads as another value");
    assertEquals(text, STRICT.write(type, STRICT.read(type, text)),
        "an equal value is written as other text");

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    STRICT.write(type, value, bytes);
    assertEquals(value, STRICT.read(type, new ByteArrayInputStream(bytes.toByteArray())),
        "the written UTF-8 bytes read as another value");
  }
}
