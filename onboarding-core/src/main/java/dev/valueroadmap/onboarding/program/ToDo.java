package dev.valueroadmap.onboarding.program;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One action in the onboarding checklist, owned by the CS side or the customer side, that
 * moves the account towards a milestone.
 *
 * <p>A ToDo is an action ("Connect the CRM data source"), not a state check ("CRM
 * connected"), so that an open ToDo says who has to do what. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ToDo {

  ToDo() {
  }

  /**
   * Returns the ToDo's id, a lower-case slug unique within its program.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the action, phrased as something to do.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the side that owns the ToDo.
   *
   * @return CS or customer
   */
  public abstract Side side();

  /**
   * Returns the id of the milestone this ToDo leads to.
   *
   * @return the milestone id
   */
  public abstract String milestoneId();

  /**
   * Returns when the ToDo is due, in days after onboarding start.
   *
   * @return the due day, at least 0
   */
  public abstract int dueDay();

  /**
   * Returns the ids of the ToDos that must be done, or marked not applicable, before this one
   * can start. Each comes earlier in the checklist.
   *
   * @return the prerequisite ToDo ids in the order given
   */
  public abstract List<String> prerequisites();

  /**
   * Returns the touch models this ToDo applies to.
   *
   * @return the touch models, all three unless set
   */
  @Value.Default
  public Set<TouchModel> touchModels() {
    return EnumSet.allOf(TouchModel.class);
  }

  /**
   * Returns the CS effort per touch model, in minutes per account. A touch model without an
   * entry costs 0 minutes, as tech-touch steps usually do.
   *
   * @return the CS effort in minutes by touch model
   */
  public abstract Map<TouchModel, Integer> csEffortMinutes();

  /**
   * Tells whether this ToDo applies to a touch model.
   *
   * @param touchModel the touch model
   * @return true when accounts on that touch model must do this ToDo
   */
  public boolean appliesTo(TouchModel touchModel) {
    return touchModels().contains(touchModel);
  }

  /**
   * Returns the CS effort for one account on a touch model.
   *
   * @param touchModel the touch model
   * @return the effort in minutes, 0 when none is given or the ToDo does not apply
   */
  public int csEffortMinutes(TouchModel touchModel) {
    return csEffortMinutes().getOrDefault(touchModel, 0);
  }

  /**
   * Returns a builder for a ToDo.
   *
   * @return a new builder
   */
  public static ImmutableToDo.Builder builder() {
    return ImmutableToDo.builder();
  }

  @Value.Check
  void check() {
    Checks.requireSlug("ToDo id", id());
    Checks.requireText("title", id(), title());
    Checks.requireSlug("milestone id of ToDo '" + id() + "'", milestoneId());
    Checks.requireDay("due day", id(), dueDay());

    if (touchModels().isEmpty()) {
      throw new InvalidProgramException(ProgramRule.TOUCH_MODEL_REQUIRED,
          "ToDo '" + id() + "' applies to no touch model");
    }
    for (Map.Entry<TouchModel, Integer> effort : csEffortMinutes().entrySet()) {
      if (effort.getValue() < 0) {
        throw new InvalidProgramException(ProgramRule.EFFORT_VALID,
            "ToDo '" + id() + "' has CS effort " + effort.getValue() + " minutes for "
                + effort.getKey());
      }
      if (!touchModels().contains(effort.getKey())) {
        throw new InvalidProgramException(ProgramRule.EFFORT_VALID,
            "ToDo '" + id() + "' has CS effort " + effort.getValue() + " minutes for "
                + effort.getKey() + " but applies only to " + touchModels());
      }
    }

    Set<String> seen = new HashSet<>();
    for (String prerequisite : prerequisites()) {
      if (prerequisite.equals(id())) {
        throw new InvalidProgramException(ProgramRule.PREREQUISITE_NOT_SELF,
            "ToDo '" + id() + "' lists itself as a prerequisite");
      }
      if (!seen.add(prerequisite)) {
        throw new InvalidProgramException(ProgramRule.PREREQUISITE_UNIQUE,
            "ToDo '" + id() + "' lists prerequisite '" + prerequisite + "' twice");
      }
    }
  }
}
