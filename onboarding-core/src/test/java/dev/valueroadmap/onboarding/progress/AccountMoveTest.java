package dev.valueroadmap.onboarding.progress;

import static dev.valueroadmap.onboarding.progress.ProgressEvent.completed;
import static dev.valueroadmap.onboarding.progress.ProgressEvent.reopened;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valueroadmap.onboarding.program.ImmutableOnboardingProgram;
import dev.valueroadmap.onboarding.program.ImmutableToDo;
import dev.valueroadmap.onboarding.program.OnboardingProgram;
import dev.valueroadmap.onboarding.program.ToDo;
import dev.valueroadmap.onboarding.program.TouchModel;
import dev.valueroadmap.onboarding.sample.SamplePrograms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountMoveTest {

  private static final OnboardingProgram V1 = TrialProgram.v1();
  private static final LocalDate JAN_31 = LocalDate.of(2024, 1, 31);

  /** Version 2 drops check-data and gives train-team to high-touch accounts only. */
  private static OnboardingProgram v2() {
    List<ToDo> todos = new ArrayList<>();
    for (ToDo todo : V1.todos()) {
      if (todo.id().equals("check-data")) {
        continue;
      }
      ImmutableToDo changed = ImmutableToDo.copyOf(todo);
      if (todo.prerequisites().contains("check-data")) {
        changed = changed.withPrerequisites("connect-data");
      }
      if (todo.id().equals("train-team")) {
        changed = changed.withTouchModels(EnumSet.of(TouchModel.HIGH_TOUCH));
      }
      todos.add(changed);
    }
    return ImmutableOnboardingProgram.copyOf(V1).withVersion(2).withTodos(todos);
  }

  private static LocalDate date(int month, int day) {
    return LocalDate.of(2024, month, day);
  }

  @Test
  void moveKeepsSharedEventsAndRetiresOthers() {
    ProgressEvent welcome = completed("send-welcome", date(2, 1));
    ProgressEvent check = completed("check-data", date(2, 12));
    ProgressEvent connect = completed("connect-data", date(2, 10));
    ProgressEvent training = completed("train-team", date(2, 20));
    ProgressEvent checkReopened = reopened("check-data", date(2, 13));
    AccountState account = AccountState.builder()
        .from(AccountState.start("acme", V1, JAN_31, TouchModel.LOW_TOUCH))
        .addEvents(welcome, check, connect, training, checkReopened)
        .build();

    AccountMove move = AccountMove.of(account, V1, v2());

    assertEquals(2, move.account().programVersion());
    assertEquals(1, move.fromVersion());
    assertEquals(List.of(welcome, connect), move.account().events());
    assertEquals(List.of(
        RetiredEvent.of(check, RetiredEvent.Reason.TODO_REMOVED),
        RetiredEvent.of(training, RetiredEvent.Reason.TOUCH_MODEL_EXCLUDED),
        RetiredEvent.of(checkReopened, RetiredEvent.Reason.TODO_REMOVED)),
        move.retiredEvents());
    // The moved account evaluates on version 2: 2 of its 4 low-touch ToDos are done.
    ProgressReport report = ProgressEvaluator.of(v2()).evaluate(move.account(), date(2, 21));
    assertEquals(50.0, report.percentComplete());
  }

  @Test
  void accountStaysOnItsVersionUntilMoved() {
    AccountState account = AccountState.start("acme", V1, JAN_31, TouchModel.HIGH_TOUCH);

    InvalidAccountException error = assertThrows(InvalidAccountException.class,
        () -> ProgressEvaluator.of(v2()).evaluate(account, date(2, 1)));

    assertEquals(AccountRule.PROGRAM_MATCHES, error.rule());
  }

  @Test
  void moveToOtherProgramIsRejected() {
    AccountState account = AccountState.start("acme", V1, JAN_31, TouchModel.HIGH_TOUCH);

    InvalidAccountException error = assertThrows(InvalidAccountException.class,
        () -> AccountMove.of(account, V1, SamplePrograms.b2bSaas()));

    assertEquals(AccountRule.SAME_PROGRAM, error.rule());
    assertTrue(error.getMessage().contains("'" + SamplePrograms.B2B_SAAS_ID + "'"),
        error.getMessage());
  }

  @Test
  void moveFromWrongVersionIsRejected() {
    AccountState account = AccountState.start("acme", V1, JAN_31, TouchModel.HIGH_TOUCH);

    InvalidAccountException error = assertThrows(InvalidAccountException.class,
        () -> AccountMove.of(account, v2(), V1));

    assertEquals(AccountRule.PROGRAM_MATCHES, error.rule());
  }

  @Test
  void moveRejectsEventUnknownToOldVersion() {
    AccountState account = AccountState.start("acme", V1, JAN_31, TouchModel.HIGH_TOUCH)
        .withEvent(completed("send-invoice", date(2, 1)));

    InvalidAccountException error = assertThrows(InvalidAccountException.class,
        () -> AccountMove.of(account, V1, v2()));

    assertEquals(AccountRule.TODO_EXISTS, error.rule());
  }
}
