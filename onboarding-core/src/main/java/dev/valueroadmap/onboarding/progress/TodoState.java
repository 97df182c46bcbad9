package dev.valueroadmap.onboarding.progress;

/**
 * The state of one ToDo of an account on the as-of date.
 */
public enum TodoState {

  /** Not done yet: never completed, or reopened since the last completion. */
  OPEN,

  /** Completed, and not reopened since. */
  DONE,

  /** Marked not applicable to this account: it counts neither as done nor as open. */
  NOT_APPLICABLE
}
