package dev.valueroadmap.onboarding.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valueroadmap.onboarding.continuation.Expansion;
import dev.valueroadmap.onboarding.continuation.Outcome;
import dev.valueroadmap.onboarding.continuation.OutcomeCase;
import dev.valueroadmap.onboarding.program.OnboardingProgram;
import dev.valueroadmap.onboarding.program.ToDo;
import dev.valueroadmap.onboarding.program.TouchModel;
import dev.valueroadmap.onboarding.sample.SamplePrograms;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The graduation exam of the sample program, read by the continuation analysis. */
class GraduationExamTest {

  private static final OnboardingProgram SAMPLE = SamplePrograms.b2bSaas();
  private static final LocalDate START = LocalDate.of(2024, 2, 29);

  /** Completes every high-touch ToDo of the milestones up to team adoption on its due date. */
  private static AccountState adoptedAccount() {
    AccountState account = AccountState.start("globex", SAMPLE, START, TouchModel.HIGH_TOUCH);
    for (ToDo todo : SAMPLE.todosFor(TouchModel.HIGH_TOUCH)) {
      if (!todo.milestoneId().equals("first-business-review")) {
        account = account.withEvent(
            ProgressEvent.completed(todo.id(), START.plusDays(todo.dueDay())));
      }
    }
    return account;
  }

  @Test
  void examFeedsOutcomeCase() {
    // Day 90 after Feb 29, 2024: Mar 31 is day 31, Apr 30 day 61, May 29 day 90.
    ProgressReport report = ProgressEvaluator.of(SAMPLE)
        .evaluate(adoptedAccount(), LocalDate.of(2024, 5, 29));

    GraduationExam exam = report.graduationExam().orElseThrow();
    assertEquals(LocalDate.of(2024, 5, 29), exam.examDate());
    assertEquals(Optional.of("team-adoption"), exam.furthestMilestone());
    assertTrue(exam.continuationPointReached());
    assertEquals(ProgressStatus.GRADUATED, report.status());
    // Team adoption's last ToDo is due on day 70: May 9.
    assertEquals(Optional.of(LocalDate.of(2024, 5, 9)), report.continuationPointReachedOn());
    // Kickoff's last high-touch ToDo is due on day 7.
    assertEquals(7, report.timeToFirstValueDays().orElseThrow());

    LocalDate decided = LocalDate.of(2025, 2, 28);
    OutcomeCase outcome = exam.toOutcomeCase(Outcome.RENEWED, Expansion.YES,
        Optional.of(decided));
    assertEquals("globex", outcome.accountId());
    assertEquals(Optional.of("team-adoption"), outcome.furthestMilestone());
    assertEquals(Outcome.RENEWED, outcome.outcome());
    assertEquals(Expansion.YES, outcome.expansion());
    assertEquals(Optional.of(decided), outcome.decidedOn());
    assertEquals(Optional.of(TouchModel.HIGH_TOUCH), outcome.touchModel());
  }

  @Test
  void examIsEmptyBeforeDeadline() {
    ProgressReport report = ProgressEvaluator.of(SAMPLE)
        .evaluate(adoptedAccount(), LocalDate.of(2024, 5, 28));

    assertEquals(Optional.empty(), report.graduationExam());
    assertEquals(ProgressStatus.GRADUATED, report.status());
  }
}
