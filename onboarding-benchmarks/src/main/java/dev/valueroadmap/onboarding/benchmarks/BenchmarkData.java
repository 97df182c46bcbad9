package dev.valueroadmap.onboarding.benchmarks;

import dev.valueroadmap.onboarding.continuation.Expansion;
import dev.valueroadmap.onboarding.continuation.ImmutableOutcomeCase;
import dev.valueroadmap.onboarding.continuation.Outcome;
import dev.valueroadmap.onboarding.continuation.OutcomeCase;
import dev.valueroadmap.onboarding.program.ContinuationPoint;
import dev.valueroadmap.onboarding.program.ImmutableToDo;
import dev.valueroadmap.onboarding.program.Milestone;
import dev.valueroadmap.onboarding.program.OnboardingProgram;
import dev.valueroadmap.onboarding.program.Side;
import dev.valueroadmap.onboarding.program.ToDo;
import dev.valueroadmap.onboarding.program.TouchModel;
import dev.valueroadmap.onboarding.program.ValueRoadmap;
import dev.valueroadmap.onboarding.progress.AccountState;
import dev.valueroadmap.onboarding.progress.EventKind;
import dev.valueroadmap.onboarding.progress.ProgressEvent;
import dev.valueroadmap.onboarding.segmentation.AccountValue;
import dev.valueroadmap.onboarding.segmentation.ImmutableAccountValue;
import dev.valueroadmap.onboarding.segmentation.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The generated data every benchmark runs on. Each generator takes a fixed seed, so two runs
 * and the library and its peer see the same accounts, events and cases.
 */
final class BenchmarkData {

  /** The as-of date of every progress evaluation. */
  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  static final int MILESTONES = 8;
  static final int TODOS_PER_MILESTONE = 5;
  static final int EVENTS_PER_ACCOUNT = 20;
  /** The roadmap position of the continuation point's milestone. */
  static final int CONTINUATION_INDEX = 4;

  private static final int[] TARGET_DAYS = {7, 14, 21, 30, 45, 60, 75, 90};
  private static final long SEED = 20_260_630L;
  private static final Currency USD = Currency.getInstance("USD");

  private BenchmarkData() {
  }

  /**
   * Builds the program of 8 milestones and 40 ToDos. In each milestone the first ToDo applies
   * to every touch model, so that every milestone counts for every account; the others
   * alternate sides, skip one touch model in turn and require the ToDo before them.
   */
  static OnboardingProgram program() {
    List<Milestone> milestones = new ArrayList<>();
    List<ToDo> todos = new ArrayList<>();
    TouchModel[] touchModels = TouchModel.values();
    for (int k = 0; k < MILESTONES; k++) {
      String milestoneId = "milestone-" + k;
      int targetDay = TARGET_DAYS[k];
      milestones.add(Milestone.of(milestoneId, "Milestone " + k, "Value step " + k, targetDay));

      int earliestDue = k == 0 ? 0 : TARGET_DAYS[k - 1];
      for (int j = 0; j < TODOS_PER_MILESTONE; j++) {
        String id = todoId(k, j);
        EnumSet<TouchModel> applies = EnumSet.allOf(TouchModel.class);
        if (j > 0) {
          applies.remove(touchModels[j % touchModels.length]);
        }
        int dueDay = earliestDue + (targetDay - earliestDue) * (j + 1) / TODOS_PER_MILESTONE;
        ImmutableToDo.Builder todo = ToDo.builder()
            .id(id)
            .title("ToDo " + j + " of milestone " + k)
            .side(j % 2 == 0 ? Side.CS : Side.CUSTOMER)
            .milestoneId(milestoneId)
            .dueDay(dueDay)
            .touchModels(applies);
        if (j > 1) {
          todo.addPrerequisites(todoId(k, 0));
        }
        todos.add(todo.build());
      }
    }
    return OnboardingProgram.builder()
        .id("benchmark-program")
        .version(1)
        .roadmap(ValueRoadmap.of(milestones))
        .todos(todos)
        .continuationPoint(ContinuationPoint.of(milestones.get(CONTINUATION_INDEX).id(), 90))
        .build();
  }

  static String todoId(int milestone, int todo) {
    return "todo-" + milestone + "-" + todo;
  }

  /**
   * Generates accounts with exactly {@link #EVENTS_PER_ACCOUNT} events each, started up to
   * 150 days before {@link #AS_OF}. Most events complete the next ToDo that applies to the
   * account, some reopen an earlier one or mark the next one not applicable, and events of
   * recently started accounts may fall after the as-of date. Event dates are new
   * {@code LocalDate} instances, as they would be after reading a file; ToDo ids are the
   * program's own strings.
   */
  static List<AccountState> accounts(OnboardingProgram program, int count) {
    SplittableRandom random = new SplittableRandom(SEED);
    TouchModel[] touchModels = TouchModel.values();
    List<AccountState> accounts = new ArrayList<>(count);
    List<List<ToDo>> applicable = new ArrayList<>();
    for (TouchModel touchModel : touchModels) {
      applicable.add(program.todosFor(touchModel));
    }

    for (int i = 0; i < count; i++) {
      int draw = random.nextInt(10);
      TouchModel touchModel = draw == 0 ? TouchModel.HIGH_TOUCH
          : draw < 4 ? TouchModel.LOW_TOUCH : TouchModel.TECH_TOUCH;
      List<ToDo> todos = applicable.get(touchModel.ordinal());
      long startDay = AS_OF.toEpochDay() - random.nextInt(150);

      List<ProgressEvent> events = new ArrayList<>(EVENTS_PER_ACCOUNT);
      int next = 0;
      long day = startDay;
      for (int e = 0; e < EVENTS_PER_ACCOUNT; e++) {
        int kindDraw = random.nextInt(20);
        day += random.nextInt(4);
        if ((kindDraw < 3 && next > 0) || next >= todos.size()) {
          ToDo earlier = todos.get(random.nextInt(Math.max(1, next)));
          events.add(ProgressEvent.of(earlier.id(), EventKind.REOPENED,
              LocalDate.ofEpochDay(day)));
        } else {
          ToDo todo = todos.get(next++);
          EventKind kind = kindDraw < 5 ? EventKind.NOT_APPLICABLE : EventKind.COMPLETED;
          events.add(ProgressEvent.of(todo.id(), kind, LocalDate.ofEpochDay(day)));
        }
      }

      accounts.add(AccountState.builder()
          .accountId("account-" + i)
          .programId(program.id())
          .programVersion(program.version())
          .startDate(LocalDate.ofEpochDay(startDay))
          .touchModel(touchModel)
          .events(events)
          .build());
    }
    return accounts;
  }

  /** Outcome cases held in columns, as a warehouse export would give them. */
  static final class CaseColumns {
    final int[] furthest;
    final Outcome[] outcomes;
    final Expansion[] expansions;

    CaseColumns(int count) {
      furthest = new int[count];
      outcomes = new Outcome[count];
      expansions = new Expansion[count];
    }
  }

  /**
   * Generates outcome cases over the program's milestones: the furthest milestone uniform
   * from none to the last, renewal more likely the further the account got.
   */
  static CaseColumns caseColumns(int count) {
    SplittableRandom random = new SplittableRandom(SEED + 1);
    CaseColumns columns = new CaseColumns(count);
    Expansion[] expansions = Expansion.values();
    for (int i = 0; i < count; i++) {
      int furthest = random.nextInt(MILESTONES + 1) - 1;
      columns.furthest[i] = furthest;
      int draw = random.nextInt(100);
      columns.outcomes[i] = draw < 5 ? Outcome.UNDECIDED
          : draw < 40 + 7 * furthest ? Outcome.RENEWED : Outcome.CHURNED;
      columns.expansions[i] = expansions[random.nextInt(expansions.length)];
    }
    return columns;
  }

  /** Turns case columns into outcome cases of the public API. */
  static List<OutcomeCase> outcomeCases(CaseColumns columns, List<String> milestoneIds) {
    List<OutcomeCase> cases = new ArrayList<>(columns.furthest.length);
    for (int i = 0; i < columns.furthest.length; i++) {
      ImmutableOutcomeCase.Builder builder = OutcomeCase.builder()
          .accountId("account-" + i)
          .outcome(columns.outcomes[i])
          .expansion(columns.expansions[i]);
      if (columns.furthest[i] >= 0) {
        builder.furthestMilestone(milestoneIds.get(columns.furthest[i]));
      }
      cases.add(builder.build());
    }
    return cases;
  }

  /**
   * Generates account values for touch-model allocation: annual recurring revenue from 1,000
   * to 250,000 USD in whole dollars, churn rates from 5 to 40 percent, one account in a
   * hundred pinned to high touch.
   */
  static List<AccountValue> accountValues(int count) {
    SplittableRandom random = new SplittableRandom(SEED + 2);
    List<AccountValue> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ImmutableAccountValue.Builder value = AccountValue.builder()
          .id("account-" + i)
          .annualRecurringRevenue(Money.of(
              BigDecimal.valueOf(1_000 + random.nextInt(249_001)), USD))
          .annualChurnRate(BigDecimal.valueOf(5 + random.nextInt(36), 2));
      if (random.nextInt(100) == 0) {
        value.pinnedTouchModel(TouchModel.HIGH_TOUCH);
      }
      values.add(value.build());
    }
    return values;
  }
}
