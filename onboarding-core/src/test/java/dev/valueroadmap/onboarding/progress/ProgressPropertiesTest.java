package dev.valueroadmap.onboarding.progress;

import static dev.valueroadmap.onboarding.testing.Generators.between;
import static dev.valueroadmap.onboarding.testing.Generators.qt;
import static dev.valueroadmap.onboarding.testing.ProgressGenerators.scenarios;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valueroadmap.onboarding.program.ImmutableOnboardingProgram;
import dev.valueroadmap.onboarding.program.OnboardingProgram;
import dev.valueroadmap.onboarding.program.ToDo;
import dev.valueroadmap.onboarding.testing.ProgressGenerators.Scenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ProgressPropertiesTest {

  private static ProgressReport evaluate(Scenario scenario) {
    return ProgressEvaluator.of(scenario.program()).evaluate(scenario.account(),
        scenario.asOf());
  }

  private static Set<String> doneTodos(ProgressReport report) {
    return report.todos().stream()
        .filter(todo -> todo.state() == TodoState.DONE)
        .map(TodoProgress::todoId)
        .collect(Collectors.toSet());
  }

  @Test
  void percentCompleteStaysWithinRange() {
    AtomicInteger partial = new AtomicInteger();
    qt().forAll(scenarios()).checkAssert(scenario -> {
      double percent = evaluate(scenario).percentComplete();
      assertTrue(percent >= 0.0 && percent <= 100.0, "percent complete " + percent);
      if (percent > 0.0 && percent < 100.0) {
        partial.incrementAndGet();
      }
    });
    assertTrue(partial.get() > 40, "scenarios between 0 and 100 percent: " + partial.get());
  }

  /** A scenario plus a completion of one counting ToDo dated on or before the as-of date. */
  private record WithCompletion(Scenario scenario, ProgressEvent completion) {
  }

  private static Gen<WithCompletion> withCompletions() {
    return in -> {
      Scenario scenario = scenarios().generate(in);
      List<ToDo> counting = scenario.program().todosFor(scenario.account().touchModel());
      while (counting.isEmpty() || scenario.asOf().isBefore(scenario.account().startDate())) {
        scenario = scenarios().generate(in);
        counting = scenario.program().todosFor(scenario.account().touchModel());
      }
      ToDo todo = counting.get(between(in, 0, counting.size() - 1));
      long span = scenario.asOf().toEpochDay() - scenario.account().startDate().toEpochDay();
      LocalDate date = scenario.account().startDate().plusDays(between(in, 0, (int) span));
      return new WithCompletion(scenario, ProgressEvent.completed(todo.id(), date));
    };
  }

  @Test
  void addingCompletionNeverSetsProgressBack() {
    AtomicInteger changed = new AtomicInteger();
    qt().forAll(withCompletions()).checkAssert(both -> {
      Scenario scenario = both.scenario();
      ProgressReport before = evaluate(scenario);
      ProgressReport after = ProgressEvaluator.of(scenario.program())
          .evaluate(scenario.account().withEvent(both.completion()), scenario.asOf());

      assertTrue(after.percentComplete() >= before.percentComplete() - 1e-9,
          before.percentComplete() + " -> " + after.percentComplete());
      assertTrue(after.furthestMilestoneIndex() >= before.furthestMilestoneIndex(),
          before.furthestMilestone() + " -> " + after.furthestMilestone());
      if (after.doneCount() > before.doneCount()) {
        changed.incrementAndGet();
      }
    });
    assertTrue(changed.get() > 50, "completions that changed a ToDo: " + changed.get());
  }

  @Test
  void laterAsOfKeepsDoneTodos() {
    AtomicInteger withDone = new AtomicInteger();
    qt().forAll(scenarios(), laterDays()).checkAssert((scenario, days) -> {
      List<ProgressEvent> upToAsOf = scenario.account().events().stream()
          .filter(event -> !event.date().isAfter(scenario.asOf()))
          .toList();
      AccountState account = AccountState.builder().from(scenario.account())
          .events(upToAsOf).build();
      ProgressEvaluator evaluator = ProgressEvaluator.of(scenario.program());

      Set<String> done = doneTodos(evaluator.evaluate(account, scenario.asOf()));
      Set<String> later = doneTodos(evaluator.evaluate(account, scenario.asOf().plusDays(days)));

      assertEquals(done, later);
      if (!done.isEmpty()) {
        withDone.incrementAndGet();
      }
    });
    assertTrue(withDone.get() > 50, "scenarios with done ToDos: " + withDone.get());
  }

  private static Gen<Integer> laterDays() {
    return in -> between(in, 1, 120);
  }

  /**
   * Replays the events the plain way: sorted by date with a stable sort, so that input order
   * breaks ties, and applied one after another.
   */
  private static Map<String, TodoState> replay(AccountState account, LocalDate asOf) {
    List<ProgressEvent> sorted = new ArrayList<>(account.events());
    sorted.sort(Comparator.comparing(ProgressEvent::date));
    Map<String, TodoState> states = new HashMap<>();
    for (ProgressEvent event : sorted) {
      if (event.date().isAfter(asOf)) {
        break;
      }
      TodoState state = switch (event.kind()) {
        case COMPLETED -> TodoState.DONE;
        case REOPENED -> TodoState.OPEN;
        case NOT_APPLICABLE -> TodoState.NOT_APPLICABLE;
      };
      states.put(event.todoId(), state);
    }
    return states;
  }

  @Test
  void statesMatchPlainReplay() {
    AtomicInteger reopenedOrMarked = new AtomicInteger();
    qt().forAll(scenarios()).checkAssert(scenario -> {
      ProgressReport report = evaluate(scenario);
      Map<String, TodoState> expected = replay(scenario.account(), scenario.asOf());

      int done = 0;
      int notApplicable = 0;
      for (TodoProgress todo : report.todos()) {
        TodoState state = expected.getOrDefault(todo.todoId(), TodoState.OPEN);
        assertEquals(state, todo.state(), todo.todoId());
        done += state == TodoState.DONE ? 1 : 0;
        notApplicable += state == TodoState.NOT_APPLICABLE ? 1 : 0;
      }
      int left = report.todos().size() - notApplicable;
      double percent = left == 0 ? 100.0 : 100.0 * done / left;
      assertEquals(percent, report.percentComplete(), 1e-9);
      if (expected.containsValue(TodoState.NOT_APPLICABLE)
          || report.todos().stream().anyMatch(t -> t.state() == TodoState.OPEN
              && t.lastEventOn().isPresent())) {
        reopenedOrMarked.incrementAndGet();
      }
    });
    assertTrue(reopenedOrMarked.get() > 50, "scenarios with reopened or not-applicable ToDos: "
        + reopenedOrMarked.get());
  }

  @Test
  void examMatchesEvaluationOnExamDate() {
    AtomicInteger eventsAfterExam = new AtomicInteger();
    qt().forAll(scenarios()).checkAssert(scenario -> {
      ProgressReport report = evaluate(scenario);
      if (scenario.asOf().isBefore(report.examDate())) {
        assertTrue(report.graduationExam().isEmpty());
        return;
      }

      GraduationExam exam = report.graduationExam().orElseThrow();
      ProgressReport onExamDate = ProgressEvaluator.of(scenario.program())
          .evaluate(scenario.account(), report.examDate());
      int pointIndex = scenario.program().roadmap()
          .indexOf(scenario.program().continuationPoint().milestoneId());
      assertEquals(onExamDate.furthestMilestone(), exam.furthestMilestone());
      assertEquals(onExamDate.furthestMilestoneIndex() >= pointIndex,
          exam.continuationPointReached());
      assertEquals(exam.continuationPointReached(),
          report.status() == ProgressStatus.GRADUATED);
      if (report.lastEventOn().filter(last -> last.isAfter(report.examDate())).isPresent()) {
        eventsAfterExam.incrementAndGet();
      }
    });
    assertTrue(eventsAfterExam.get() > 20, "exams with later events: " + eventsAfterExam.get());
  }

  @Test
  void movingToEqualNextVersionKeepsProgress() {
    qt().forAll(scenarios()).checkAssert(scenario -> {
      OnboardingProgram next = ImmutableOnboardingProgram.copyOf(scenario.program())
          .withVersion(scenario.program().version() + 1);

      AccountMove move = AccountMove.of(scenario.account(), scenario.program(), next);
      ProgressReport before = evaluate(scenario);
      ProgressReport after = ProgressEvaluator.of(next).evaluate(move.account(),
          scenario.asOf());

      assertEquals(List.of(), move.retiredEvents());
      assertEquals(scenario.account().events(), move.account().events());
      assertEquals(before.status(), after.status());
      assertEquals(before.percentComplete(), after.percentComplete());
      assertEquals(before.furthestMilestone(), after.furthestMilestone());
      assertEquals(before.ballInCourt(), after.ballInCourt());
    });
  }
}
