package dev.valueroadmap.onboarding.progress;

import static java.util.Objects.requireNonNull;

import dev.valueroadmap.onboarding.program.OnboardingProgram;
import dev.valueroadmap.onboarding.program.ToDo;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An account moved from one version of its program to another: the account state on the new
 * version and the events the new version cannot count.
 *
 * <p>Events of ToDos that exist in both versions and apply to the account's touch model in
 * the new one are kept, in their input order, so completions carry over. Events of ToDos the
 * new version dropped, or no longer applies to the touch model, are returned as {@link
 * #retiredEvents()}, never silently lost. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AccountMove {

  AccountMove() {
  }

  /**
   * Returns the account state on the new version, with the kept events.
   *
   * @return the moved account
   */
  public abstract AccountState account();

  /**
   * Returns the version the account was on.
   *
   * @return the old version
   */
  public abstract int fromVersion();

  /**
   * Returns the events the new version cannot count, in their input order.
   *
   * @return the retired events, empty when every event was kept
   */
  public abstract List<RetiredEvent> retiredEvents();

  /**
   * Moves an account from the program version it is on to another version of that program.
   *
   * @param account the account, on {@code from}
   * @param from the version the account is on
   * @param to the version to move it to, with the same program id
   * @return the moved account and its retired events
   * @throws InvalidAccountException if the account is not on {@code from}, {@code to} is
   *     another program, or an event does not fit {@code from}: it names a ToDo the old
   *     version does not have or does not apply to the account's touch model
   */
  public static AccountMove of(AccountState account, OnboardingProgram from,
      OnboardingProgram to) {
    requireNonNull(account, "account");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    AccountChecks.requireProgram(account, from);
    if (!to.id().equals(from.id())) {
      throw new InvalidAccountException(AccountRule.SAME_PROGRAM, account.accountId(),
          "the account on program '" + from.id() + "' version " + from.version()
              + " cannot move to program '" + to.id() + "' version " + to.version());
    }

    ImmutableAccountMove.Builder move = ImmutableAccountMove.builder()
        .fromVersion(from.version());
    ImmutableAccountState.Builder moved = AccountState.builder()
        .from(account)
        .programVersion(to.version())
        .events(List.of());
    for (ProgressEvent event : account.events()) {
      Optional<ToDo> old = from.todo(event.todoId());
      if (old.isEmpty()) {
        throw AccountChecks.unknownTodo(account, event, from);
      }
      if (!old.get().appliesTo(account.touchModel())) {
        throw AccountChecks.notApplicable(account, event, old.get(), from);
      }

      Optional<ToDo> kept = to.todo(event.todoId());
      if (kept.isEmpty()) {
        move.addRetiredEvents(RetiredEvent.of(event, RetiredEvent.Reason.TODO_REMOVED));
      } else if (!kept.get().appliesTo(account.touchModel())) {
        move.addRetiredEvents(RetiredEvent.of(event, RetiredEvent.Reason.TOUCH_MODEL_EXCLUDED));
      } else {
        moved.addEvents(event);
      }
    }
    return move.account(moved.build()).build();
  }
}
