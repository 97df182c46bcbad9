package dev.valueroadmap.onboarding.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * The Jackson exception that the module's deserializers throw, so that a plain
 * {@code ObjectMapper} reports it like any other mapping error. It keeps the JSON Pointer
 * of the bad value and the broken domain rule, if any, which the facade copies into an
 * {@link OnboardingJsonException}.
 */
final class DocumentMismatchException extends MismatchedInputException {

  private static final long serialVersionUID = 1L;

  private final String pointer;
  private final String detail;
  /** A {@code ProgramRule} or an {@code AccountRule}, or null. */
  private final Enum<?> rule;

  DocumentMismatchException(JsonParser parser, String pointer, JsonLocation location,
      String detail, Enum<?> rule) {
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

  Enum<?> rule() {
    return rule;
  }
}
