package dev.valueroadmap.onboarding.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the golden documents from the test class path. */
final class GoldenFiles {

  private GoldenFiles() {
  }

  /** Returns the bytes of a golden document under {@code golden/v1/}. */
  static byte[] bytes(String name) {
    try (InputStream in = GoldenFiles.class.getResourceAsStream("/golden/v1/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no golden file " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns a golden document as text. */
  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }
}
