package dev.valueroadmap.onboarding.segmentation;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when an account, a segmentation policy, an effort model or a set of accounts given
 * to one allocation breaks a {@link SegmentationRule}. The message states the rule and
 * names the account ids, fields and values involved.
 */
public final class InvalidSegmentationException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final SegmentationRule rule;

  /**
   * Creates the exception for a broken rule.
   *
   * @param rule the rule that was broken
   * @param detail what broke it, naming the ids, fields and values
   */
  public InvalidSegmentationException(SegmentationRule rule, String detail) {
    super(requireNonNull(detail, "detail") + " (rule: " + requireNonNull(rule, "rule").statement()
        + ")");
    this.rule = rule;
  }

  /**
   * Returns the rule that was broken.
   *
   * @return the broken rule
   */
  public SegmentationRule rule() {
    return rule;
  }
}
