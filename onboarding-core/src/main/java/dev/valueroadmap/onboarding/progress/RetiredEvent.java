package dev.valueroadmap.onboarding.progress;

import org.immutables.value.Value;

/**
 * An event an account left behind when it moved to a new program version, because the new
 * version cannot count it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RetiredEvent {

  RetiredEvent() {
  }

  /**
   * The reason an event was retired.
   */
  public enum Reason {

    /** The new version no longer has the ToDo. */
    TODO_REMOVED,

    /** The new version still has the ToDo but no longer applies it to the touch model. */
    TOUCH_MODEL_EXCLUDED
  }

  /**
   * Returns the event as the account recorded it.
   *
   * @return the event
   */
  @Value.Parameter
  public abstract ProgressEvent event();

  /**
   * Returns why the new version cannot count the event.
   *
   * @return the reason
   */
  @Value.Parameter
  public abstract Reason reason();

  /**
   * Creates a retired event.
   *
   * @param event the event
   * @param reason why it was retired
   * @return the retired event
   */
  public static RetiredEvent of(ProgressEvent event, Reason reason) {
    return ImmutableRetiredEvent.of(event, reason);
  }
}
