package dev.valueroadmap.onboarding.continuation;

/**
 * Whether an account bought more: seats, modules or a higher plan.
 */
public enum Expansion {

  /** The account expanded. */
  YES,

  /** The account did not expand. */
  NO,

  /** Nobody recorded whether the account expanded. */
  UNKNOWN
}
