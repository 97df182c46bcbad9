package dev.valueroadmap.onboarding.testing;

import static dev.valueroadmap.onboarding.testing.Generators.between;
import static dev.valueroadmap.onboarding.testing.Generators.pick;

import dev.valueroadmap.onboarding.program.OnboardingProgram;
import dev.valueroadmap.onboarding.program.ToDo;
import dev.valueroadmap.onboarding.program.TouchModel;
import dev.valueroadmap.onboarding.progress.AccountState;
import dev.valueroadmap.onboarding.progress.EventKind;
import dev.valueroadmap.onboarding.progress.ProgressEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories generators of accounts in onboarding: account states whose events name only
 * ToDos that apply to the account's touch model, so that every generated account is valid
 * for its program and no case is thrown away.
 */
public final class ProgressGenerators {

  /** The first possible start date; the range spans the leap days of 2024 and 2028. */
  private static final LocalDate FIRST_START = LocalDate.of(2023, 12, 1);

  private ProgressGenerators() {
  }

  /** A program, one account on it and an as-of date from before the start to past the exam. */
  public record Scenario(OnboardingProgram program, AccountState account, LocalDate asOf) {
  }

  /** Returns a generator of scenarios on generated programs. */
  public static Gen<Scenario> scenarios() {
    return in -> scenario(in, Generators.programs().generate(in));
  }

  /** Returns a generator of scenarios on one program. */
  public static Gen<Scenario> scenarios(OnboardingProgram program) {
    return in -> scenario(in, program);
  }

  /** Returns a generator of accounts on one program. */
  public static Gen<AccountState> accounts(OnboardingProgram program) {
    return in -> account(in, program, "acct-" + between(in, 0, 999_999));
  }

  private static Scenario scenario(RandomnessSource in, OnboardingProgram program) {
    AccountState account = account(in, program, "acct-" + between(in, 0, 999));
    return new Scenario(program, account, asOf(in, program, account));
  }

  /**
   * Draws an as-of date from 5 days before the start to 40 days after the graduation-exam
   * deadline.
   */
  public static LocalDate asOf(RandomnessSource in, OnboardingProgram program,
      AccountState account) {
    int deadline = program.continuationPoint().deadlineDay();
    return account.startDate().plusDays(between(in, -5, deadline + 40));
  }

  /**
   * Draws an account on a program: a start date, a touch model and up to twice as many
   * events as the touch model has ToDos, in no particular order, dated from 3 days before
   * the start to 30 days after the deadline. Most events are completions.
   */
  public static AccountState account(RandomnessSource in, OnboardingProgram program,
      String accountId) {
    TouchModel touchModel = pick(in, TouchModel.values());
    LocalDate start = FIRST_START.plusDays(between(in, 0, 1_600));
    List<ToDo> applicable = program.todosFor(touchModel);
    int deadline = program.continuationPoint().deadlineDay();

    List<ProgressEvent> events = new ArrayList<>();
    int count = applicable.isEmpty() ? 0 : between(in, 0, 2 * applicable.size());
    for (int i = 0; i < count; i++) {
      ToDo todo = applicable.get(between(in, 0, applicable.size() - 1));
      LocalDate date = start.plusDays(between(in, -3, deadline + 30));
      events.add(ProgressEvent.of(todo.id(), eventKind(in), date));
    }

    return AccountState.builder()
        .accountId(accountId)
        .programId(program.id())
        .programVersion(program.version())
        .startDate(start)
        .touchModel(touchModel)
        .events(events)
        .build();
  }

  /** Draws an event kind: 70 % completions, 15 % reopenings, 15 % not-applicable marks. */
  public static EventKind eventKind(RandomnessSource in) {
    int draw = between(in, 0, 99);
    if (draw < 70) {
      return EventKind.COMPLETED;
    }
    return draw < 85 ? EventKind.REOPENED : EventKind.NOT_APPLICABLE;
  }
}
