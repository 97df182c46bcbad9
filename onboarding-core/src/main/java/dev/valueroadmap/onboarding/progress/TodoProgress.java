package dev.valueroadmap.onboarding.progress;

import dev.valueroadmap.onboarding.program.Side;
import dev.valueroadmap.onboarding.program.ToDo;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The progress of one ToDo of an account on the as-of date: its state, when it is due, how many
 * days it is overdue and which open prerequisites block it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class TodoProgress {

  TodoProgress() {
  }

  /**
   * Returns the ToDo as the program defines it.
   *
   * @return the ToDo
   */
  public abstract ToDo todo();

  /**
   * Returns the ToDo's state on the as-of date.
   *
   * @return open, done or not applicable
   */
  public abstract TodoState state();

  /**
   * Returns the due date: the onboarding start date plus the ToDo's due day, in calendar
   * days.
   *
   * @return the due date
   */
  public abstract LocalDate dueDate();

  /**
   * Returns the date of the event that set the current state, the latest event for this ToDo
   * up to the as-of date.
   *
   * @return the date, or empty when no event for this ToDo is dated on or before the as-of
   *     date
   */
  public abstract Optional<LocalDate> lastEventOn();

  /**
   * Returns how many days an open ToDo is past its due date on the as-of date. A blocked
   * ToDo has its days overdue too, but only open, unblocked ToDos make an account at risk or
   * stalled.
   *
   * @return the days overdue, 0 when the ToDo is not open or not past its due date
   */
  public abstract long daysOverdue();

  /**
   * Returns the prerequisites that are still open and so block this ToDo, in the order the
   * ToDo lists them. Prerequisites that do not apply to the account's touch model or are
   * marked not applicable never block.
   *
   * @return the open prerequisite ids, empty when the ToDo is not blocked or not open
   */
  public abstract List<String> openPrerequisites();

  /**
   * Returns the ToDo's id.
   *
   * @return the ToDo id
   */
  public String todoId() {
    return todo().id();
  }

  /**
   * Returns the side that owns the ToDo.
   *
   * @return CS or customer
   */
  public Side side() {
    return todo().side();
  }

  /**
   * Returns the completion date of a done ToDo.
   *
   * @return the date of the completion that counts, or empty when the ToDo is not done
   */
  public Optional<LocalDate> completedOn() {
    return state() == TodoState.DONE ? lastEventOn() : Optional.empty();
  }

  /**
   * Tells whether the ToDo is open and waits for an open prerequisite.
   *
   * @return true when blocked
   */
  public boolean blocked() {
    return !openPrerequisites().isEmpty();
  }

  @Value.Check
  void check() {
    if (daysOverdue() < 0) {
      throw new IllegalArgumentException("ToDo '" + todo().id() + "' has " + daysOverdue()
          + " days overdue; days overdue are at least 0");
    }
    boolean open = state() == TodoState.OPEN;
    if (!open && (daysOverdue() > 0 || blocked())) {
      throw new IllegalArgumentException("ToDo '" + todo().id() + "' is " + state()
          + " but has " + daysOverdue() + " days overdue and open prerequisites "
          + openPrerequisites() + "; only an open ToDo can be overdue or blocked");
    }
    if (!open && lastEventOn().isEmpty()) {
      throw new IllegalArgumentException("ToDo '" + todo().id() + "' is " + state()
          + " without an event date");
    }
  }
}
