package dev.valueroadmap.onboarding.progress;

import dev.valueroadmap.onboarding.program.OnboardingProgram;
import dev.valueroadmap.onboarding.program.TouchModel;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * The onboarding record of one account, as the CRM stores it: the program version it is on, its
 * onboarding start date, its touch model and the events recorded for its ToDos.
 *
 * <p>An account stays on its program version until it is moved with {@link AccountMove#of}.
 * The events are kept as given, in input order; they are checked against the program when
 * the account is evaluated. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AccountState {

  AccountState() {
  }

  /**
   * Returns the account id used by the CRM.
   *
   * @return the account id, not blank
   */
  public abstract String accountId();

  /**
   * Returns the id of the onboarding program the account is on.
   *
   * @return the program id
   */
  public abstract String programId();

  /**
   * Returns the version of the onboarding program the account is on.
   *
   * @return the program version, at least 1
   */
  public abstract int programVersion();

  /**
   * Returns the onboarding start date in the account's own calendar: day 0 of every due day
   * and target day.
   *
   * @return the start date
   */
  public abstract LocalDate startDate();

  /**
   * Returns the touch model the account is onboarded on.
   *
   * @return the touch model
   */
  public abstract TouchModel touchModel();

  /**
   * Returns the recorded events, in input order.
   *
   * @return the events
   */
  public abstract List<ProgressEvent> events();

  /**
   * Returns a builder for an account state.
   *
   * @return a new builder
   */
  public static ImmutableAccountState.Builder builder() {
    return ImmutableAccountState.builder();
  }

  /**
   * Creates the state of an account that starts onboarding on a program, with no events yet.
   *
   * @param accountId the account id
   * @param program the program version the account starts on
   * @param startDate the onboarding start date
   * @param touchModel the touch model
   * @return the account state
   * @throws InvalidAccountException if the account id is blank
   */
  public static AccountState start(String accountId, OnboardingProgram program,
      LocalDate startDate, TouchModel touchModel) {
    return builder()
        .accountId(accountId)
        .programId(program.id())
        .programVersion(program.version())
        .startDate(startDate)
        .touchModel(touchModel)
        .build();
  }

  /**
   * Returns a copy of this state with one more event at the end of the event list.
   *
   * @param event the event to record
   * @return the new state
   */
  public AccountState withEvent(ProgressEvent event) {
    return builder().from(this).addEvents(event).build();
  }

  @Value.Check
  void check() {
    if (accountId().isBlank()) {
      throw new InvalidAccountException(AccountRule.ACCOUNT_ID_NOT_BLANK, accountId(),
          "the account id is blank");
    }
    if (programVersion() < 1) {
      throw new InvalidAccountException(AccountRule.VERSION_POSITIVE, accountId(),
          "program '" + programId() + "' has version " + programVersion());
    }
  }
}
