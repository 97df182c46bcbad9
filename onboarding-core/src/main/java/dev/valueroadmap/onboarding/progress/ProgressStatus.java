package dev.valueroadmap.onboarding.progress;

/**
 * The status of an account on the as-of date. The evaluation checks the statuses in the order
 * declared here and takes the first that matches.
 */
public enum ProgressStatus {

  /**
   * The continuation point's milestone, with every milestone before it, was reached on or
   * before the graduation-exam deadline.
   */
  GRADUATED,

  /** The graduation-exam deadline is reached or passed and the account did not graduate. */
  MISSED,

  /** The as-of date is before the onboarding start date. */
  NOT_STARTED,

  /**
   * ToDos are open and either an open, unblocked ToDo is overdue by at least the stall
   * threshold, or no event has happened for at least the stall threshold.
   */
  STALLED,

  /** An open, unblocked ToDo is overdue by fewer days than the stall threshold. */
  AT_RISK,

  /** Nothing of the above: every open, unblocked ToDo is within its due date. */
  ON_TRACK
}
