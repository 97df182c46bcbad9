package dev.valueroadmap.onboarding.progress;

/**
 * The change a progress event records for a ToDo. For each ToDo the latest event wins.
 */
public enum EventKind {

  /** The ToDo was done. */
  COMPLETED,

  /** The ToDo was done before but is open again, without a completion date. */
  REOPENED,

  /** The ToDo does not apply to this account, so it neither counts nor blocks. */
  NOT_APPLICABLE
}
