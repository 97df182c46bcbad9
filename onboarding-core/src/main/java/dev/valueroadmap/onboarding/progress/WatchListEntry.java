package dev.valueroadmap.onboarding.progress;

import dev.valueroadmap.onboarding.program.Side;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A stalled or at-risk account on the portfolio board, with where and on whose side it is
 * stuck.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class WatchListEntry {

  WatchListEntry() {
  }

  /**
   * Returns the account id.
   *
   * @return the account id
   */
  public abstract String accountId();

  /**
   * Returns the id of the program the account is on.
   *
   * @return the program id
   */
  public abstract String programId();

  /**
   * Returns the version of the program the account is on.
   *
   * @return the program version
   */
  public abstract int programVersion();

  /**
   * Returns the account's status.
   *
   * @return {@link ProgressStatus#STALLED} or {@link ProgressStatus#AT_RISK}
   */
  public abstract ProgressStatus status();

  /**
   * Returns how many days the holding ToDo is overdue.
   *
   * @return the days overdue, 0 for an account stalled without events but not overdue
   */
  public abstract long daysOverdue();

  /**
   * Returns the days since the account's last event.
   *
   * @return the days without events
   */
  public abstract long daysWithoutEvents();

  /**
   * Returns the side that has to act next.
   *
   * @return CS or customer
   */
  public abstract Optional<Side> ballInCourt();

  /**
   * Returns the ToDo that holds the ball.
   *
   * @return the ToDo id
   */
  public abstract Optional<String> holdingTodo();

  /**
   * Creates the entry of an evaluated account.
   *
   * @param report the account's progress report
   * @return the entry
   */
  public static WatchListEntry of(ProgressReport report) {
    return ImmutableWatchListEntry.builder()
        .accountId(report.accountId())
        .programId(report.account().programId())
        .programVersion(report.account().programVersion())
        .status(report.status())
        .daysOverdue(report.daysOverdue())
        .daysWithoutEvents(report.daysWithoutEvents())
        .ballInCourt(report.ballInCourt())
        .holdingTodo(report.holdingTodo())
        .build();
  }

  @Value.Check
  void check() {
    if (status() != ProgressStatus.STALLED && status() != ProgressStatus.AT_RISK) {
      throw new IllegalArgumentException("account '" + accountId() + "' has status "
          + status() + "; the watch list holds only STALLED and AT_RISK accounts");
    }
  }
}
