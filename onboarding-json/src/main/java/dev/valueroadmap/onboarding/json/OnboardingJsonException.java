package dev.valueroadmap.onboarding.json;

import dev.valueroadmap.onboarding.program.ProgramRule;
import dev.valueroadmap.onboarding.progress.AccountRule;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Thrown when a JSON document cannot be read: malformed JSON, a document over a read limit,
 * an unsupported {@code schemaVersion}, an unknown or missing field, a value of the wrong
 * type, or a value that breaks a domain rule.
 *
 * <p>The exception carries the JSON Pointer (RFC 6901) of the bad value, the line and column
 * where the parser knew them, and, when a domain rule was broken, the {@link ProgramRule} or
 * the {@link AccountRule}.
 * The message names the value and what was expected. Immutable once thrown.
 */
public final class OnboardingJsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String pointer;
  private final String detail;
  private final int line;
  private final int column;
  private final Enum<?> rule;

  OnboardingJsonException(String pointer, int line, int column, String detail, Enum<?> rule,
      Throwable cause) {
    super(format(pointer, line, column, detail), cause);
    this.pointer = pointer;
    this.detail = detail;
    this.line = line;
    this.column = column;
    this.rule = rule;
  }

  private static String format(String pointer, int line, int column, String detail) {
    String where = pointer.isEmpty() ? "at the document root" : "at " + pointer;
    if (line > 0) {
      where += " (line " + line + (column > 0 ? ", column " + column : "") + ")";
    }
    return "Invalid JSON " + where + ": " + detail;
  }

  /**
   * Returns the JSON Pointer (RFC 6901) of the bad value, such as {@code /todos/3/side}.
   *
   * @return the pointer; the empty string points at the whole document
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns what is wrong with the value, without the pointer and the location.
   *
   * @return the detail message
   */
  public String detail() {
    return detail;
  }

  /**
   * Returns the line of the input where the bad value starts, counted from 1.
   *
   * @return the line, or empty when the parser did not know it
   */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /**
   * Returns the column of the input where the bad value starts, counted from 1.
   *
   * @return the column, or empty when the parser did not know it
   */
  public OptionalInt column() {
    return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }

  /**
   * Returns the program rule that the document breaks.
   *
   * @return the rule, or empty when the document failed for another reason
   */
  public Optional<ProgramRule> rule() {
    return rule instanceof ProgramRule programRule ? Optional.of(programRule) : Optional.empty();
  }

  /**
   * Returns the account rule that the document breaks, such as a blank account id.
   *
   * @return the rule, or empty when the document failed for another reason
   */
  public Optional<AccountRule> accountRule() {
    return rule instanceof AccountRule accountRule ? Optional.of(accountRule) : Optional.empty();
  }
}
