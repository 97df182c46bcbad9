package dev.valueroadmap.onboarding.examples.cli;

import dev.valueroadmap.onboarding.json.DocumentType;
import dev.valueroadmap.onboarding.json.OnboardingJson;
import dev.valueroadmap.onboarding.json.OnboardingJsonException;
import dev.valueroadmap.onboarding.program.OnboardingProgram;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the JSON input files of the tool through the JSON module and turns every read error
 * into a {@link BadInputException} naming the file, line, column, JSON Pointer and value.
 */
final class InputFiles {

  private static final OnboardingJson JSON = OnboardingJson.strict();

  private InputFiles() {
  }

  /** Reads an onboarding program document from a file. */
  static OnboardingProgram readProgram(Path file) {
    return read(file, DocumentType.PROGRAM);
  }

  /** Reads a document of any type from a file. */
  static <T> T read(Path file, DocumentType<T> type) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.toString(), in, type);
    } catch (NoSuchFileException e) {
      throw new BadInputException(file, 0, 0, "file not found", e);
    } catch (IOException e) {
      throw new BadInputException(file, 0, 0, "could not be read: " + e.getMessage(), e);
    }
  }

  /** Reads a document of any type from a stream, which stays open. */
  static <T> T read(String source, InputStream in, DocumentType<T> type) {
    try {
      return JSON.read(type, in);
    } catch (OnboardingJsonException e) {
      throw toBadInput(source, e);
    }
  }

  /** Returns the error for a JSON read failure, at the line and column the parser knew. */
  static BadInputException toBadInput(String source, OnboardingJsonException e) {
    String where = e.pointer().isEmpty() ? "in the document" : "at " + e.pointer();
    return new BadInputException(source, e.line().orElse(0), e.column().orElse(0),
        "invalid JSON " + where + ": " + e.detail(), e);
  }
}
