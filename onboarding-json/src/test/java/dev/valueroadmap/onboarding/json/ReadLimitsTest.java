package dev.valueroadmap.onboarding.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile input fails with the module's exception, never with a stack or heap error. */
class ReadLimitsTest {

  private static final OnboardingJson JSON = OnboardingJson.strict();

  private static String nested(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  @Test
  void nesting600Deep_isRejectedAtItsStart() {
    String json = "{\"schemaVersion\": 1, \"id\": " + nested(600) + "}";

    OnboardingJsonException e = assertThrows(OnboardingJsonException.class,
        () -> JSON.readProgram(json));

    // The strict reader rejects the first array before it descends into it.
    assertEquals("/id", e.pointer());
    assertTrue(e.getMessage().contains("expected a string but found an array"), e.getMessage());
  }

  @Test
  void nesting600DeepInAnUnknownField_isRejectedWhenIgnoringUnknownFields() {
    String json = "{\"schemaVersion\": 1, \"extra\": " + nested(600) + "}";

    OnboardingJsonException e = assertThrows(OnboardingJsonException.class,
        () -> JSON.ignoringUnknownFields().readProgram(json));

    assertTrue(e.getMessage().contains("the document exceeds a read limit"), e.getMessage());
  }

  @Test
  void string50Megabytes_isRejectedAsAReadLimit() {
    byte[] head = "{\"schemaVersion\": 1, \"id\": \"".getBytes(StandardCharsets.US_ASCII);
    InputStream in = new SequenceInputStream(new java.io.ByteArrayInputStream(head),
        repeated((byte) 'a', 50L * 1024 * 1024));

    OnboardingJsonException e = assertThrows(OnboardingJsonException.class,
        () -> JSON.readProgram(in));

    assertTrue(e.getMessage().contains("the document exceeds a read limit"), e.getMessage());
    assertEquals("/id", e.pointer());
  }

  @Test
  void number5000Digits_isRejectedAsAReadLimit() {
    String json = "{\"schemaVersion\": 1, \"version\": " + "9".repeat(5000) + "}";

    OnboardingJsonException e = assertThrows(OnboardingJsonException.class,
        () -> JSON.readProgram(json));

    assertTrue(e.getMessage().contains("the document exceeds a read limit"), e.getMessage());
  }

  @Test
  void truncatedFile_isRejected(@TempDir Path folder) throws Exception {
    byte[] golden = GoldenFiles.bytes("program-b2b-saas.json");
    Path file = folder.resolve("truncated.json");
    Files.write(file, Arrays.copyOf(golden, golden.length / 2));

    OnboardingJsonException e = assertThrows(OnboardingJsonException.class,
        () -> JSON.readProgram(file));

    assertTrue(e.getMessage().contains("the input ends before the document is complete")
        || e.getMessage().contains("malformed JSON"), e.getMessage());
    assertTrue(e.pointer().startsWith("/todos/"), e.pointer());
    assertTrue(e.line().isPresent());
  }

  /** Returns a stream of {@code count} equal bytes without holding them in memory. */
  private static InputStream repeated(byte value, long count) {
    return new InputStream() {
      private long left = count;

      @Override
      public int read() {
        if (left == 0) {
          return -1;
        }
        left--;
        return value;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        if (left == 0) {
          return -1;
        }
        int n = (int) Math.min(length, left);
        Arrays.fill(buffer, offset, offset + n, value);
        left -= n;
        return n;
      }
    };
  }
}
