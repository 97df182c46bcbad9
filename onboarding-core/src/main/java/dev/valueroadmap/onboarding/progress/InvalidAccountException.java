package dev.valueroadmap.onboarding.progress;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when account input breaks an {@link AccountRule}: an account evaluated against the
 * wrong program version, or an event for a ToDo the account cannot have. The message names
 * the account, the rule and the ids and values involved.
 */
public final class InvalidAccountException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final AccountRule rule;

  private final String accountId;

  /**
   * Creates the exception for a broken rule.
   *
   * @param rule the rule that was broken
   * @param accountId the id of the account whose input broke it
   * @param detail what broke it, naming the ids and values
   */
  public InvalidAccountException(AccountRule rule, String accountId, String detail) {
    super("account '" + requireNonNull(accountId, "accountId") + "': "
        + requireNonNull(detail, "detail") + " (rule: " + requireNonNull(rule, "rule").statement()
        + ")");
    this.rule = rule;
    this.accountId = accountId;
  }

  /**
   * Returns the rule that was broken.
   *
   * @return the broken rule
   */
  public AccountRule rule() {
    return rule;
  }

  /**
   * Returns the id of the account whose input broke the rule.
   *
   * @return the account id
   */
  public String accountId() {
    return accountId;
  }
}
