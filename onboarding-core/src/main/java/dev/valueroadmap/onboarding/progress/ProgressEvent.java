package dev.valueroadmap.onboarding.progress;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One thing that happened to one ToDo of an account: it was completed, reopened or marked not
 * applicable on a date in the account's own calendar.
 *
 * <p>Events may be recorded in any order. The evaluation applies them by date, then in the
 * order of the account's event list, and for each ToDo the latest event wins. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class ProgressEvent {

  ProgressEvent() {
  }

  /**
   * Returns the id of the ToDo the event is about.
   *
   * @return the ToDo id
   */
  @Value.Parameter
  public abstract String todoId();

  /**
   * Returns what happened to the ToDo.
   *
   * @return the event kind
   */
  @Value.Parameter
  public abstract EventKind kind();

  /**
   * Returns the day the event happened, in the account's own calendar.
   *
   * @return the event date
   */
  public LocalDate date() {
    return LocalDate.ofEpochDay(epochDay());
  }

  /**
   * Returns the event date as a day count from 1970-01-01. The date is stored in this form
   * rather than as a {@code LocalDate}, which saves an object of 24 bytes per event and a
   * pointer dereference per event when many accounts are evaluated.
   */
  @Value.Parameter
  abstract long epochDay();

  /**
   * Creates an event.
   *
   * @param todoId the ToDo id
   * @param kind what happened
   * @param date the day it happened
   * @return the event
   */
  public static ProgressEvent of(String todoId, EventKind kind, LocalDate date) {
    return ImmutableProgressEvent.of(todoId, kind, requireNonNull(date, "date").toEpochDay());
  }

  /**
   * Creates an event that records a ToDo as done.
   *
   * @param todoId the ToDo id
   * @param date the day it was done
   * @return the event
   */
  public static ProgressEvent completed(String todoId, LocalDate date) {
    return of(todoId, EventKind.COMPLETED, date);
  }

  /**
   * Creates an event that opens a ToDo again.
   *
   * @param todoId the ToDo id
   * @param date the day it was reopened
   * @return the event
   */
  public static ProgressEvent reopened(String todoId, LocalDate date) {
    return of(todoId, EventKind.REOPENED, date);
  }

  /**
   * Creates an event that marks a ToDo as not applicable to the account.
   *
   * @param todoId the ToDo id
   * @param date the day it was marked
   * @return the event
   */
  public static ProgressEvent notApplicable(String todoId, LocalDate date) {
    return of(todoId, EventKind.NOT_APPLICABLE, date);
  }

  @Override
  public String toString() {
    return "ProgressEvent{todoId=" + todoId() + ", kind=" + kind() + ", date=" + date() + "}";
  }
}
