package dev.valueroadmap.onboarding.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.valueroadmap.onboarding.program.ProgramRule;

/**
 * The Jackson exception that the module's deserializers throw, so that a plain
 * {@code ObjectMapper} reports it like any other mapping error. It keeps the JSON Pointer
 * of the bad value, which the facade copies into an {@link OnboardingJsonException}.
 */
final class DocumentMismatchException extends MismatchedInputException {

  private static final long serialVersionUID = 1L;

  private final String pointer;
  private final String detail;
  private final ProgramRule rule;

  DocumentMismatchException(JsonParser parser, String pointer, JsonLocation location,
      String detail, ProgramRule rule) {
    super(parser, (pointer.isEmpty() ? "at the document root" : "at " + pointer) + ": " + detail,
        location);
    this.pointer = pointer;
    this.detail = detail;
    this.rule = rule;
  }

  String pointer() {
    return pointer;
  }

  String detail() {
    return detail;
  }

  ProgramRule rule() {
    return rule;
  }
}
