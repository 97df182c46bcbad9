package dev.valueroadmap.onboarding.continuation;

/**
 * The direction in which the continuation point moved from one analysis to a later one.
 */
public enum PointMovement {

  /** Both analyses have a point, and the later one's comes earlier on the roadmap. */
  EARLIER,

  /** Both analyses have a point, and the later one's comes later on the roadmap. */
  LATER,

  /** Only the later analysis has a point. */
  APPEARED,

  /** Only the earlier analysis has a point. */
  DISAPPEARED,

  /** Both analyses have the same point. */
  STAYED,

  /** Neither analysis has a point. */
  NONE
}
