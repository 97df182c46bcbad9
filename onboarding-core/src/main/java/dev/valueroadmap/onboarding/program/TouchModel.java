package dev.valueroadmap.onboarding.program;

/**
 * How much personal CS effort an account receives during onboarding.
 */
public enum TouchModel {

  /** A named CS manager runs the onboarding with meetings and hands-on help. */
  HIGH_TOUCH,

  /** Pooled CS help: group sessions, office hours and help on request. */
  LOW_TOUCH,

  /** Automated guidance only: emails, in-app guides, documentation. */
  TECH_TOUCH
}
