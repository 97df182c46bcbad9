package dev.valueroadmap.onboarding.program;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when a program or one of its parts breaks a {@link ProgramRule}. The message states
 * the rule and names the ids and values involved.
 */
public final class InvalidProgramException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final ProgramRule rule;

  /**
   * Creates the exception for a broken rule.
   *
   * @param rule the rule that was broken
   * @param detail what broke it, naming the ids and values
   */
  public InvalidProgramException(ProgramRule rule, String detail) {
    super(requireNonNull(detail, "detail") + " (rule: " + requireNonNull(rule, "rule").statement()
        + ")");
    this.rule = rule;
  }

  /**
   * Returns the rule that was broken.
   *
   * @return the broken rule
   */
  public ProgramRule rule() {
    return rule;
  }
}
