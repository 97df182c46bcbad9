package dev.valueroadmap.onboarding.progress;

import static dev.valueroadmap.onboarding.progress.ProgressEvent.completed;
import static dev.valueroadmap.onboarding.progress.ProgressEvent.notApplicable;
import static dev.valueroadmap.onboarding.progress.ProgressEvent.reopened;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valueroadmap.onboarding.program.OnboardingProgram;
import dev.valueroadmap.onboarding.program.Side;
import dev.valueroadmap.onboarding.program.TouchModel;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Hand-worked cases on {@link TrialProgram}; the date arithmetic is in the comments. */
class ProgressEvaluatorTest {

  private static final OnboardingProgram TRIAL = TrialProgram.v1();
  private static final ProgressEvaluator EVALUATOR = ProgressEvaluator.of(TRIAL);

  /** 2024 is a leap year: January 31 plus 29 days is February 29. */
  private static final LocalDate JAN_31 = LocalDate.of(2024, 1, 31);
  private static final LocalDate FEB_29 = LocalDate.of(2024, 2, 29);

  private static AccountState account(LocalDate start, ProgressEvent... events) {
    return AccountState.builder()
        .from(AccountState.start("acme", TRIAL, start, TouchModel.HIGH_TOUCH))
        .addEvents(events)
        .build();
  }

  private static LocalDate date(int month, int day) {
    return LocalDate.of(2024, month, day);
  }

  @Test
  void monthEndStartCountsCalendarDays() {
    ProgressReport report = EVALUATOR.evaluate(account(JAN_31), date(2, 1));

    // Jan 31 + 2 = Feb 2; + 25 = Feb 25; + 45 = Mar 16 (Feb has 29 days in 2024).
    assertEquals(date(2, 2), report.todo("send-welcome").orElseThrow().dueDate());
    assertEquals(date(2, 25), report.todo("check-data").orElseThrow().dueDate());
    assertEquals(date(3, 16), report.todo("train-team").orElseThrow().dueDate());
    // Exam on day 40: Jan 31 + 29 = Feb 29, + 11 = Mar 11.
    assertEquals(date(3, 11), report.examDate());
    // Kickoff target day 7: Feb 7.
    assertEquals(date(2, 7), report.milestones().get(0).targetDate());

    assertEquals(ProgressStatus.ON_TRACK, report.status());
    assertEquals(0.0, report.percentComplete());
    assertEquals(6, report.countingTodoCount());
    assertEquals(Optional.of(Side.CS), report.ballInCourt());
    assertEquals(Optional.of("send-welcome"), report.holdingTodo());
    assertEquals(List.of("send-welcome"),
        report.nextActions().stream().map(TodoProgress::todoId).toList());
    assertEquals(Optional.empty(), report.furthestMilestone());
    assertEquals(OptionalLong.empty(), report.timeToFirstValueDays());
  }

  @Test
  void leapDayStartReachesKickoff() {
    AccountState account = account(FEB_29,
        completed("send-welcome", date(3, 1)),
        completed("name-owner", date(3, 6)));

    ProgressReport report = EVALUATOR.evaluate(account, date(3, 10));

    // Feb 29 + 20 = Mar 20; + 40 = Apr 9 (Mar 31 is day 31).
    assertEquals(date(3, 20), report.todo("connect-data").orElseThrow().dueDate());
    assertEquals(date(4, 9), report.examDate());
    assertEquals(Optional.of(date(3, 6)), report.milestones().get(0).reachedOn());
    assertEquals(Optional.of("kickoff"), report.furthestMilestone());
    // Feb 29 to Mar 6 is 6 days.
    assertEquals(OptionalLong.of(6), report.timeToFirstValueDays());
    // 2 of the 6 high-touch ToDos are done.
    assertEquals(100.0 * 2 / 6, report.percentComplete(), 1e-9);
    assertEquals(ProgressStatus.ON_TRACK, report.status());
    assertEquals(Optional.of(Side.CUSTOMER), report.ballInCourt());
    assertEquals(Optional.of("connect-data"), report.holdingTodo());
  }

  @Test
  void asOfBeforeStartIsNotStarted() {
    ProgressReport report = EVALUATOR.evaluate(account(FEB_29), date(2, 28));

    assertEquals(ProgressStatus.NOT_STARTED, report.status());
    assertEquals(0.0, report.percentComplete());
    assertEquals(0, report.daysOverdue());
    assertEquals(0, report.daysWithoutEvents());
    assertEquals(Optional.empty(), report.furthestMilestone());
    assertEquals(Optional.of("send-welcome"), report.holdingTodo());
    assertEquals(Optional.empty(), report.graduationExam());
  }

  @Test
  void eventsAfterAsOfAreIgnored() {
    AccountState account = account(JAN_31,
        completed("send-welcome", date(2, 1)),
        completed("name-owner", date(2, 10)));

    // name-owner is due Jan 31 + 5 = Feb 5, so it is not overdue on Feb 5.
    ProgressReport onDueDate = EVALUATOR.evaluate(account, date(2, 5));
    assertEquals(TodoState.OPEN, onDueDate.todo("name-owner").orElseThrow().state());
    assertEquals(ProgressStatus.ON_TRACK, onDueDate.status());
    assertEquals(Optional.of(date(2, 1)), onDueDate.lastEventOn());

    // On Feb 6 it is 1 day overdue; its completion on Feb 10 is still in the future.
    ProgressReport dayAfter = EVALUATOR.evaluate(account, date(2, 6));
    assertEquals(ProgressStatus.AT_RISK, dayAfter.status());
    assertEquals(1, dayAfter.daysOverdue());
    assertEquals(Optional.of("name-owner"), dayAfter.holdingTodo());
    assertEquals(Optional.of(Side.CUSTOMER), dayAfter.ballInCourt());

    ProgressReport later = EVALUATOR.evaluate(account, date(2, 10));
    assertEquals(TodoState.DONE, later.todo("name-owner").orElseThrow().state());
    assertEquals(Optional.of(date(2, 10)), later.milestones().get(0).reachedOn());
  }

  @Test
  void outOfOrderEventsApplyByDate() {
    AccountState account = account(JAN_31,
        completed("name-owner", date(2, 4)),
        completed("send-welcome", date(2, 1)),
        reopened("name-owner", date(2, 3)));

    ProgressReport report = EVALUATOR.evaluate(account, date(2, 5));

    // By date: completed Feb 1, reopened Feb 3, completed Feb 4: the completion wins.
    TodoProgress owner = report.todo("name-owner").orElseThrow();
    assertEquals(TodoState.DONE, owner.state());
    assertEquals(Optional.of(date(2, 4)), owner.completedOn());
    assertEquals(Optional.of("kickoff"), report.furthestMilestone());
  }

  @Test
  void sameDateEventsApplyInInputOrder() {
    AccountState doneThenReopened = account(JAN_31,
        completed("send-welcome", date(2, 2)),
        reopened("send-welcome", date(2, 2)));
    AccountState reopenedThenDone = account(JAN_31,
        reopened("send-welcome", date(2, 2)),
        completed("send-welcome", date(2, 2)));

    TodoProgress first = EVALUATOR.evaluate(doneThenReopened, date(2, 3))
        .todo("send-welcome").orElseThrow();
    TodoProgress second = EVALUATOR.evaluate(reopenedThenDone, date(2, 3))
        .todo("send-welcome").orElseThrow();

    assertEquals(TodoState.OPEN, first.state());
    assertEquals(TodoState.DONE, second.state());
  }

  @Test
  void reopenedTodoLosesCompletion() {
    AccountState live = account(JAN_31,
        completed("send-welcome", date(2, 1)),
        completed("name-owner", date(2, 3)),
        completed("connect-data", date(2, 10)),
        completed("check-data", date(2, 12)));
    assertEquals(ProgressStatus.GRADUATED, EVALUATOR.evaluate(live, date(2, 12)).status());

    AccountState reopened = live.withEvent(reopened("connect-data", date(2, 15)));
    ProgressReport report = EVALUATOR.evaluate(reopened, date(2, 16));

    TodoProgress connect = report.todo("connect-data").orElseThrow();
    assertEquals(TodoState.OPEN, connect.state());
    assertEquals(Optional.empty(), connect.completedOn());
    assertEquals(Optional.of(date(2, 15)), connect.lastEventOn());
    // check-data stays done, so it is not blocked even though connect-data is open.
    assertFalse(report.todo("check-data").orElseThrow().blocked());
    assertEquals(Optional.of("kickoff"), report.furthestMilestone());
    assertEquals(Optional.empty(), report.continuationPointReachedOn());
    // connect-data is due Feb 20, so nothing is overdue on Feb 16.
    assertEquals(ProgressStatus.ON_TRACK, report.status());
    assertEquals(Optional.of("connect-data"), report.holdingTodo());
    assertEquals(50.0, report.percentComplete());

    AccountState completedAgain = reopened.withEvent(completed("connect-data", date(2, 18)));
    ProgressReport again = EVALUATOR.evaluate(completedAgain, date(2, 18));
    // Live is reached on the latest of Feb 18 (connect-data) and Feb 12 (check-data).
    assertEquals(Optional.of(date(2, 18)), again.continuationPointReachedOn());
    assertEquals(ProgressStatus.GRADUATED, again.status());
  }

  @Test
  void notApplicableNeitherCountsNorBlocks() {
    AccountState account = account(JAN_31,
        completed("send-welcome", date(2, 1)),
        notApplicable("name-owner", date(2, 2)));

    ProgressReport report = EVALUATOR.evaluate(account, date(2, 3));

    // 1 done of 6 counting ToDos less 1 not applicable: 1 / 5.
    assertEquals(20.0, report.percentComplete(), 1e-9);
    assertEquals(1, report.notApplicableCount());
    assertEquals(4, report.openCount());
    // Kickoff is reached on the latest event date of its ToDos, the mark of Feb 2.
    assertEquals(Optional.of(date(2, 2)), report.milestones().get(0).reachedOn());
    TodoProgress connect = report.todo("connect-data").orElseThrow();
    assertFalse(connect.blocked());
    assertEquals(Optional.of("connect-data"), report.holdingTodo());
  }

  @Test
  void touchModelDecidesCountingTodos() {
    AccountState tech = AccountState.start("acme", TRIAL, JAN_31, TouchModel.TECH_TOUCH);

    ProgressReport report = EVALUATOR.evaluate(tech, date(2, 1));

    assertEquals(List.of("send-welcome", "name-owner", "connect-data", "check-data",
        "watch-course", "weekly-use"),
        report.todos().stream().map(TodoProgress::todoId).toList());
    assertEquals(Optional.empty(), report.todo("train-team"));
  }

  @Test
  void stalledWithoutEventsForThreshold() {
    AccountState account = account(JAN_31,
        completed("send-welcome", date(2, 1)),
        completed("name-owner", date(2, 3)));

    // connect-data is due Feb 20; the last event was Feb 3.
    ProgressReport day13 = EVALUATOR.evaluate(account, date(2, 16));
    assertEquals(13, day13.daysWithoutEvents());
    assertEquals(ProgressStatus.ON_TRACK, day13.status());

    ProgressReport day14 = EVALUATOR.evaluate(account, date(2, 17));
    assertEquals(14, day14.daysWithoutEvents());
    assertEquals(0, day14.daysOverdue());
    assertEquals(ProgressStatus.STALLED, day14.status());
  }

  @Test
  void noEventsCountFromStart() {
    // send-welcome is due Feb 2. On Feb 13 it is 11 days overdue, 13 days after the start.
    ProgressReport feb13 = EVALUATOR.evaluate(account(JAN_31), date(2, 13));
    assertEquals(11, feb13.daysOverdue());
    assertEquals(13, feb13.daysWithoutEvents());
    assertEquals(ProgressStatus.AT_RISK, feb13.status());

    // On Feb 14 it is 14 days without events, with 12 days overdue.
    ProgressReport feb14 = EVALUATOR.evaluate(account(JAN_31), date(2, 14));
    assertEquals(12, feb14.daysOverdue());
    assertEquals(ProgressStatus.STALLED, feb14.status());
  }

  @Test
  void stalledByOverdueTodo() {
    AccountState account = account(JAN_31,
        completed("send-welcome", date(2, 1)),
        completed("name-owner", date(2, 3)),
        completed("connect-data", date(2, 19)),
        completed("send-welcome", date(3, 5)));

    // check-data is due Feb 25: Feb 26 to Mar 9 is 13 days, to Mar 10 14 days.
    ProgressReport mar9 = EVALUATOR.evaluate(account, date(3, 9));
    assertEquals(13, mar9.daysOverdue());
    assertEquals(4, mar9.daysWithoutEvents());
    assertEquals(ProgressStatus.AT_RISK, mar9.status());

    ProgressReport mar10 = EVALUATOR.evaluate(account, date(3, 10));
    assertEquals(14, mar10.daysOverdue());
    assertEquals(5, mar10.daysWithoutEvents());
    assertEquals(ProgressStatus.STALLED, mar10.status());
    assertEquals(Optional.of(Side.CS), mar10.ballInCourt());
    assertEquals(Optional.of("check-data"), mar10.holdingTodo());
  }

  @Test
  void blockedCsTodoLeavesBallWithCustomer() {
    AccountState account = account(JAN_31,
        completed("send-welcome", date(2, 1)),
        completed("name-owner", date(2, 3)));

    ProgressReport report = EVALUATOR.evaluate(account, date(2, 27));

    // connect-data (customer) was due Feb 20: 7 days overdue. check-data (CS) was due
    // Feb 25, 2 days overdue, but waits for connect-data.
    TodoProgress check = report.todo("check-data").orElseThrow();
    assertTrue(check.blocked());
    assertEquals(List.of("connect-data"), check.openPrerequisites());
    assertEquals(2, check.daysOverdue());
    assertEquals(Optional.of(Side.CUSTOMER), report.ballInCourt());
    assertEquals(Optional.of("connect-data"), report.holdingTodo());
    assertEquals(7, report.daysOverdue());
    // Both open ToDos are past due, and the blocked one counts too.
    assertEquals(2, report.overdueCount());
    assertEquals(List.of("connect-data"),
        report.nextActions().stream().map(TodoProgress::todoId).toList());
    // 24 days without events since Feb 3.
    assertEquals(ProgressStatus.STALLED, report.status());
  }

  @Test
  void overdueCountStartsDayAfterDue() {
    AccountState account = account(JAN_31,
        completed("send-welcome", date(2, 1)),
        completed("name-owner", date(2, 3)));

    // connect-data is due Jan 31 + 20 = Feb 20 and check-data Jan 31 + 25 = Feb 25.
    assertEquals(0, EVALUATOR.evaluate(account, date(2, 20)).overdueCount());
    assertEquals(1, EVALUATOR.evaluate(account, date(2, 21)).overdueCount());
    assertEquals(1, EVALUATOR.evaluate(account, date(2, 25)).overdueCount());
    assertEquals(2, EVALUATOR.evaluate(account, date(2, 26)).overdueCount());
  }

  @Test
  void overdueCountSkipsDoneAndNotApplicable() {
    AccountState account = account(JAN_31,
        completed("send-welcome", date(2, 1)),
        notApplicable("name-owner", date(2, 3)),
        completed("connect-data", date(2, 3)));

    // On Mar 1 send-welcome (due Feb 2), name-owner (Feb 5) and connect-data (Feb 20) are
    // past due but closed, so only check-data (Feb 25) counts.
    assertEquals(1, EVALUATOR.evaluate(account, date(3, 1)).overdueCount());
  }

  @Test
  void overdueCountMatchesTodoViews() {
    AccountState account = account(JAN_31,
        completed("send-welcome", date(2, 1)),
        completed("connect-data", date(2, 22)),
        reopened("connect-data", date(3, 2)),
        completed("train-team", date(3, 20)));

    int overdueSeen = 0;
    for (LocalDate asOf = JAN_31; asOf.isBefore(date(5, 1)); asOf = asOf.plusDays(1)) {
      ProgressReport report = EVALUATOR.evaluate(account, asOf);
      long expected = report.todos().stream().filter(todo -> todo.daysOverdue() > 0).count();
      assertEquals(expected, report.overdueCount(), "as of " + asOf);
      overdueSeen += expected > 0 ? 1 : 0;
    }
    // The comparison must not pass on zeros alone: most of these days have overdue ToDos.
    assertTrue(overdueSeen > 50, "days with overdue ToDos: " + overdueSeen);
  }

  @Test
  void earliestDueOverdueTodoHoldsBall() {
    AccountState account = account(JAN_31,
        completed("send-welcome", date(2, 1)),
        completed("name-owner", date(2, 3)),
        completed("connect-data", date(2, 10)),
        completed("check-data", date(2, 12)));

    // On Mar 20 train-team (CS, due Mar 16) is 4 days overdue; weekly-use is not due yet.
    ProgressReport report = EVALUATOR.evaluate(account, date(3, 20));
    assertEquals(Optional.of("train-team"), report.holdingTodo());
    assertEquals(4, report.daysOverdue());
    assertEquals(Optional.of(Side.CS), report.ballInCourt());
    assertEquals(ProgressStatus.GRADUATED, report.status());
  }

  @Test
  void missedReportsLaterReachedDate() {
    AccountState account = account(JAN_31,
        completed("send-welcome", date(2, 1)),
        completed("name-owner", date(2, 3)),
        completed("connect-data", date(2, 19)),
        completed("check-data", date(3, 12)));

    // The exam is on Mar 11; live was reached a day later.
    ProgressReport report = EVALUATOR.evaluate(account, date(3, 20));
    assertEquals(ProgressStatus.MISSED, report.status());
    assertEquals(Optional.of(date(3, 12)), report.continuationPointReachedOn());
    assertEquals(Optional.of("live"), report.furthestMilestone());

    GraduationExam exam = report.graduationExam().orElseThrow();
    assertEquals(date(3, 11), exam.examDate());
    assertEquals(Optional.of("kickoff"), exam.furthestMilestone());
    assertFalse(exam.continuationPointReached());
  }

  @Test
  void examDayDecidesMissed() {
    AccountState account = account(JAN_31, completed("send-welcome", date(2, 1)));

    assertEquals(Optional.empty(), EVALUATOR.evaluate(account, date(3, 10)).graduationExam());
    assertEquals(ProgressStatus.STALLED, EVALUATOR.evaluate(account, date(3, 10)).status());

    ProgressReport onExamDay = EVALUATOR.evaluate(account, date(3, 11));
    assertEquals(ProgressStatus.MISSED, onExamDay.status());
    assertTrue(onExamDay.graduationExam().isPresent());
  }

  @Test
  void reopeningAfterExamKeepsGraduation() {
    AccountState account = account(JAN_31,
        completed("send-welcome", date(2, 1)),
        completed("name-owner", date(2, 3)),
        completed("connect-data", date(2, 19)),
        completed("check-data", date(3, 1)),
        reopened("check-data", date(3, 15)));

    ProgressReport report = EVALUATOR.evaluate(account, date(3, 20));

    assertEquals(ProgressStatus.GRADUATED, report.status());
    assertEquals(Optional.empty(), report.continuationPointReachedOn());
    assertEquals(Optional.of("kickoff"), report.furthestMilestone());
    GraduationExam exam = report.graduationExam().orElseThrow();
    assertTrue(exam.continuationPointReached());
    assertEquals(Optional.of("live"), exam.furthestMilestone());
  }

  @Test
  void unknownTodoIsRejected() {
    AccountState account = account(JAN_31, completed("send-invoice", date(2, 1)));

    InvalidAccountException error = assertThrows(InvalidAccountException.class,
        () -> EVALUATOR.evaluate(account, date(2, 2)));

    assertEquals(AccountRule.TODO_EXISTS, error.rule());
    assertEquals("acme", error.accountId());
    assertTrue(error.getMessage().contains("'acme'"), error.getMessage());
    assertTrue(error.getMessage().contains("'send-invoice'"), error.getMessage());
    assertTrue(error.getMessage().contains("version 1"), error.getMessage());
  }

  @Test
  void unknownTodoAfterAsOfIsRejected() {
    AccountState account = account(JAN_31, completed("send-invoice", date(5, 1)));

    InvalidAccountException error = assertThrows(InvalidAccountException.class,
        () -> EVALUATOR.evaluate(account, date(2, 2)));

    assertEquals(AccountRule.TODO_EXISTS, error.rule());
  }

  @Test
  void todoOfOtherTouchModelIsRejected() {
    AccountState account = AccountState.start("acme", TRIAL, JAN_31, TouchModel.TECH_TOUCH)
        .withEvent(completed("train-team", date(2, 1)));

    InvalidAccountException error = assertThrows(InvalidAccountException.class,
        () -> EVALUATOR.evaluate(account, date(2, 2)));

    assertEquals(AccountRule.TODO_APPLIES, error.rule());
    assertTrue(error.getMessage().contains("'train-team'"), error.getMessage());
    assertTrue(error.getMessage().contains("TECH_TOUCH"), error.getMessage());
  }

  @Test
  void otherProgramVersionIsRejected() {
    AccountState account = AccountState.builder().from(account(JAN_31)).programVersion(2)
        .build();

    InvalidAccountException error = assertThrows(InvalidAccountException.class,
        () -> EVALUATOR.evaluate(account, date(2, 2)));

    assertEquals(AccountRule.PROGRAM_MATCHES, error.rule());
    String message = error.getMessage();
    assertTrue(message.contains("'acme'"), message);
    assertTrue(message.contains("'trial' version 2"), message);
    assertTrue(message.contains("'trial' version 1"), message);
  }

  @Test
  void blankAccountIdIsRejected() {
    InvalidAccountException error = assertThrows(InvalidAccountException.class,
        () -> AccountState.start(" ", TRIAL, JAN_31, TouchModel.LOW_TOUCH));

    assertEquals(AccountRule.ACCOUNT_ID_NOT_BLANK, error.rule());
  }

  @Test
  void reportsOfEqualInputsAreEqual() {
    AccountState account = account(JAN_31, completed("send-welcome", date(2, 1)));

    ProgressReport first = EVALUATOR.evaluate(account, date(2, 3));
    ProgressReport second = ProgressEvaluator.of(TrialProgram.v1())
        .evaluate(account(JAN_31, completed("send-welcome", date(2, 1))), date(2, 3));

    assertEquals(first, second);
    assertEquals(first.hashCode(), second.hashCode());
    assertFalse(first.equals(EVALUATOR.evaluate(account, date(2, 4))));
  }
}
