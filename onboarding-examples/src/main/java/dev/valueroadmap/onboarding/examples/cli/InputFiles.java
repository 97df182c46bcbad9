package dev.valueroadmap.onboarding.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.valueroadmap.onboarding.json.DocumentType;
import dev.valueroadmap.onboarding.json.OnboardingJson;
import dev.valueroadmap.onboarding.json.OnboardingJsonException;
import dev.valueroadmap.onboarding.program.OnboardingProgram;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Reads the JSON input files of the tool through the JSON module and turns every read error
 * into a {@link BadInputException} naming the file, line, column, JSON Pointer and value.
 */
final class InputFiles {

  private static final OnboardingJson JSON = OnboardingJson.strict();
  private static final JsonFactory FACTORY = new JsonFactory();

  /** Such as ": enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow". */
  private static final Pattern FEATURE_ADVICE = Pattern.compile(
      "[:;,]?\\s*(?:enable|disable) `?[\\w.]*Feature\\.\\w+`?(?: to (?:allow|accept))?"
          + "|\\s*\\((?:enable|disable) `?[\\w.]*Feature\\.\\w+`?[^)]*\\)"
          + "|\\s*\\(not recognized as one since Feature '\\w+' not enabled for parser\\)");

  /** Such as ", from `StreamReadConstraints.getMaxNumberLength()`" inside the limit. */
  private static final Pattern CONSTRAINT_ADVICE = Pattern.compile(
      ",?\\s*from `?\\w*(?:Read|Write)Constraints\\.\\w+\\(\\)`?");

  /** Jackson's "(through reference chain: ...)", which names Java classes. */
  private static final Pattern REFERENCE_CHAIN = Pattern.compile(
      "\\s*\\(through reference chain: [^)]*\\)");

  private InputFiles() {
  }

  /**
   * A document read from a named input, with its bytes kept so that a problem found later,
   * such as an account on an unknown program version, can be placed at its line and column.
   */
  record Document<T>(String source, byte[] bytes, T value) {

    /** Returns the error for a bad value at a JSON Pointer of the document. */
    BadInputException errorAt(String pointer, String problem, Throwable cause) {
      JsonLocation location = locate(bytes, pointer);
      int line = location == null ? 0 : location.getLineNr();
      int column = location == null ? 0 : location.getColumnNr();
      return new BadInputException(source, line, column, "invalid value at " + pointer + ": "
          + problem, cause);
    }
  }

  /** Reads an onboarding program document from a file. */
  static OnboardingProgram readProgram(Path file) {
    return read(file, DocumentType.PROGRAM).value();
  }

  /** Reads a document of any type from a file. */
  static <T> Document<T> read(Path file, DocumentType<T> type) {
    requireRegularFile(file);
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.toString(), in, type);
    } catch (NoSuchFileException e) {
      throw new BadInputException(file, 0, 0, "file not found", e);
    } catch (IOException e) {
      throw new BadInputException(file, 0, 0, "could not be read: " + e.getMessage(), e);
    }
  }

  /**
   * Rejects a path that does not name a regular file, such as a directory or a device like
   * {@code /dev/zero}, which would never end. Symbolic links are followed.
   */
  static void requireRegularFile(Path file) {
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      String kind = Files.isDirectory(file) ? "a directory" : "not a regular file";
      throw new BadInputException(file, 0, 0, "is " + kind + "; expected a file");
    }
  }

  /** Reads a document of any type from a stream, which stays open. */
  static <T> Document<T> read(String source, InputStream in, DocumentType<T> type)
      throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8,
        OnboardingJson.MAX_DOCUMENT_LENGTH + 1));
    try {
      return new Document<>(source, bytes, JSON.read(type, new ByteArrayInputStream(bytes)));
    } catch (OnboardingJsonException e) {
      String where = e.pointer().isEmpty() ? "in the document" : "at " + e.pointer();
      throw new BadInputException(source, e.line().orElse(0), e.column().orElse(0),
          "invalid JSON " + where + ": " + withoutJacksonAdvice(e.detail()), e);
    }
  }

  /**
   * Removes the advice that Jackson adds for programmers, such as which parser feature or
   * {@code StreamReadConstraints} limit to change, from a message for users of the tool. The
   * tool cannot change them, and the reason for the error stays in the message.
   */
  static String withoutJacksonAdvice(String detail) {
    String plain = FEATURE_ADVICE.matcher(detail).replaceAll("");
    plain = CONSTRAINT_ADVICE.matcher(plain).replaceAll("");
    plain = REFERENCE_CHAIN.matcher(plain).replaceAll("");
    return plain.trim();
  }

  /** Returns where the value at a JSON Pointer starts, or null when it is not found. */
  static JsonLocation locate(byte[] bytes, String pointer) {
    try (JsonParser parser = FACTORY.createParser(bytes)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token != JsonToken.FIELD_NAME
            && parser.getParsingContext().pathAsPointer().toString().equals(pointer)) {
          return parser.currentTokenLocation();
        }
      }
      return null;
    } catch (IOException e) {
      return null;
    }
  }
}
