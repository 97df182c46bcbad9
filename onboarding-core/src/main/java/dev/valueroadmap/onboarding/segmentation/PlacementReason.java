package dev.valueroadmap.onboarding.segmentation;

/**
 * The reason an account was placed on its touch model.
 */
public enum PlacementReason {

  /** The account's touch model is pinned, so the allocation kept it whatever its value. */
  PINNED,

  /** The account's lifetime value reaches the high-touch minimum, and high touch fitted. */
  ELIGIBLE,

  /**
   * The account is on a lower touch model than its lifetime value is eligible for, because
   * the capacity left at its turn was less than the hours of each higher touch model from its
   * eligible one down.
   */
  DOWNGRADED_FOR_CAPACITY,

  /**
   * The account is on low touch or tech touch because its lifetime value is below the
   * minimum of the higher touch models, not for lack of capacity.
   */
  BELOW_THRESHOLD
}
