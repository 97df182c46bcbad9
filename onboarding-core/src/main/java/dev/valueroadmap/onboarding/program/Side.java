package dev.valueroadmap.onboarding.program;

/**
 * The party that owns a ToDo and must act for it to be done.
 */
public enum Side {

  /** The vendor's customer success team. */
  CS,

  /** The customer's own people: admins, champions, end users. */
  CUSTOMER
}
