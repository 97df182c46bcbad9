package dev.valueroadmap.onboarding.program;

/**
 * The rules an onboarding program and its parts must satisfy. An {@link
 * InvalidProgramException} names the one that was broken.
 */
public enum ProgramRule {

  /** Ids are lower-case slugs: a letter or digit, then letters, digits, '-' or '_'. */
  ID_FORMAT("an id is a lower-case slug of letters, digits, '-' and '_', starting with a letter"
      + " or digit, at most 64 characters"),

  /** Titles and value statements are not blank. */
  TEXT_NOT_BLANK("a title or value statement is not blank"),

  /** Target days and due days count from onboarding start and are never negative. */
  DAY_NOT_NEGATIVE("a day after onboarding start is at least 0"),

  /** The roadmap has at least one milestone. */
  ROADMAP_NOT_EMPTY("a value roadmap has at least one milestone"),

  /** Milestone ids are unique within a roadmap. */
  MILESTONE_ID_UNIQUE("milestone ids are unique"),

  /** Target days never decrease along the roadmap order. */
  TARGET_DAYS_ORDERED("target days never decrease along the roadmap"),

  /** ToDo ids are unique within a program. */
  TODO_ID_UNIQUE("ToDo ids are unique"),

  /** Every ToDo's milestone is in the roadmap. */
  TODO_MILESTONE_EXISTS("every ToDo's milestone exists in the roadmap"),

  /** All ToDos of a milestone come before the ToDos of any later milestone. */
  CHECKLIST_FOLLOWS_ROADMAP("all ToDos of a milestone come before the ToDos of any later"
      + " milestone"),

  /** Every milestone has at least one ToDo, so that no milestone is reached without action. */
  MILESTONE_HAS_TODOS("every milestone has at least one ToDo"),

  /** A ToDo is due no later than its milestone's target day. */
  DUE_BY_MILESTONE_TARGET("a ToDo is due no later than its milestone's target day"),

  /** A ToDo applies to at least one touch model. */
  TOUCH_MODEL_REQUIRED("a ToDo applies to at least one touch model"),

  /** CS effort is at least 0 minutes and given only for touch models the ToDo applies to. */
  EFFORT_VALID("CS effort is at least 0 minutes and given only for touch models the ToDo"
      + " applies to"),

  /** A ToDo does not require itself. */
  PREREQUISITE_NOT_SELF("a ToDo cannot require itself"),

  /** A ToDo lists each prerequisite once. */
  PREREQUISITE_UNIQUE("a ToDo lists each prerequisite once"),

  /** A prerequisite is a ToDo of the same program. */
  PREREQUISITE_EXISTS("a prerequisite is a ToDo of the program"),

  /** A prerequisite comes earlier in the checklist, so that no cycle can be built. */
  PREREQUISITE_EARLIER("a prerequisite comes earlier in the checklist than the ToDo that"
      + " requires it"),

  /** The continuation point's milestone is in the roadmap. */
  CONTINUATION_MILESTONE_EXISTS("the continuation point's milestone exists in the roadmap"),

  /** The continuation point's deadline is not before its milestone's target day. */
  DEADLINE_NOT_BEFORE_TARGET("the continuation point's deadline is not before its milestone's"
      + " target day"),

  /** Program versions are positive. */
  VERSION_POSITIVE("a program version is at least 1"),

  /** The stall threshold is at least one day. */
  STALL_THRESHOLD_POSITIVE("the stall threshold is at least 1 day"),

  /** Two versions compared belong to the same program. */
  SAME_PROGRAM("only versions of the same program can be compared");

  private final String statement;

  ProgramRule(String statement) {
    this.statement = statement;
  }

  /**
   * Returns the rule in words, as it appears in exception messages.
   *
   * @return the rule, for example "ToDo ids are unique"
   */
  public String statement() {
    return statement;
  }
}
