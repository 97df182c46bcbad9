package dev.valueroadmap.onboarding.progress;

/**
 * The rules account input must satisfy. An {@link InvalidAccountException} names the one that
 * was broken.
 */
public enum AccountRule {

  /** An account id is not blank. */
  ACCOUNT_ID_NOT_BLANK("an account id is not blank"),

  /** The program version an account is on is at least 1. */
  VERSION_POSITIVE("a program version is at least 1"),

  /** An account is evaluated against the program id and version it is on. */
  PROGRAM_MATCHES("an account is evaluated against the program id and version it is on"),

  /** An account's program id and version is one of the programs given. */
  PROGRAM_KNOWN("an account's program id and version is one of the programs given"),

  /** An event names a ToDo of the account's program version. */
  TODO_EXISTS("an event names a ToDo of the account's program version"),

  /** An event names a ToDo that applies to the account's touch model. */
  TODO_APPLIES("an event names a ToDo that applies to the account's touch model"),

  /** Each account appears once on a portfolio board. */
  ACCOUNT_ID_UNIQUE("each account appears once on a portfolio board"),

  /** An account moves only between versions of the same program. */
  SAME_PROGRAM("an account moves only between versions of the same program");

  private final String statement;

  AccountRule(String statement) {
    this.statement = statement;
  }

  /**
   * Returns the rule in words, as it appears in exception messages.
   *
   * @return the rule, for example "an event names a ToDo of the account's program version"
   */
  public String statement() {
    return statement;
  }
}
