package dev.valueroadmap.onboarding.continuation;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Thrown when an outcome case names a furthest milestone that the analysed roadmap does not
 * contain. Such a case cannot be placed on the roadmap, and dropping it would bias every rate,
 * so the analysis rejects it. The message names the account, the milestone and the roadmap's
 * milestone ids.
 */
public final class UnknownMilestoneException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String accountId;
  private final String milestoneId;
  private final List<String> roadmapMilestoneIds;

  /**
   * Creates the exception for one outcome case.
   *
   * @param accountId the account id of the rejected case
   * @param milestoneId the furthest milestone id that the roadmap does not contain
   * @param roadmapMilestoneIds the roadmap's milestone ids in roadmap order
   */
  public UnknownMilestoneException(String accountId, String milestoneId,
      List<String> roadmapMilestoneIds) {
    super("outcome case of account '" + requireNonNull(accountId, "accountId")
        + "' names furthest milestone '" + requireNonNull(milestoneId, "milestoneId")
        + "', which is not in the roadmap " + requireNonNull(roadmapMilestoneIds,
            "roadmapMilestoneIds")
        + "; correct the milestone id or analyse against the roadmap version it came from");
    this.accountId = accountId;
    this.milestoneId = milestoneId;
    this.roadmapMilestoneIds = List.copyOf(roadmapMilestoneIds);
  }

  /**
   * Returns the account id of the rejected case.
   *
   * @return the account id
   */
  public String accountId() {
    return accountId;
  }

  /**
   * Returns the milestone id that the roadmap does not contain.
   *
   * @return the milestone id
   */
  public String milestoneId() {
    return milestoneId;
  }

  /**
   * Returns the roadmap's milestone ids in roadmap order.
   *
   * @return the milestone ids, unmodifiable
   */
  public List<String> roadmapMilestoneIds() {
    return roadmapMilestoneIds;
  }
}
