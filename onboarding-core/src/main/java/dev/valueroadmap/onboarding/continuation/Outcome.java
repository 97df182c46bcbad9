package dev.valueroadmap.onboarding.continuation;

/**
 * Whether an account renewed its contract.
 */
public enum Outcome {

  /** The account renewed. */
  RENEWED,

  /** The account left at the end of its contract. */
  CHURNED,

  /** The renewal decision has not been made yet; the analysis counts and leaves it out. */
  UNDECIDED
}
