package dev.valueroadmap.onboarding.progress;

import static java.util.Objects.requireNonNull;

import dev.valueroadmap.onboarding.program.OnboardingProgram;
import dev.valueroadmap.onboarding.program.Side;
import dev.valueroadmap.onboarding.program.ToDo;
import dev.valueroadmap.onboarding.program.TouchModel;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One program version indexed for evaluating many accounts: ToDo positions, milestones,
 * due days, prerequisites and touch models held in arrays, built once per program.
 *
 * <p>{@link #evaluate} works out the progress of one account on an as-of date in time linear in
 * the account's events plus the program's ToDos and prerequisite links, and the returned
 * {@link ProgressReport} builds its per-ToDo and per-milestone lists only when they are
 * requested. The rules are those of {@link ProgressReport}. Immutable and thread-safe: one
 * evaluator can serve any number of threads.
 */
public final class ProgressEvaluator {

  /** The day value of "no event" and "not reached", below every real epoch day. */
  static final long NO_DAY = Long.MIN_VALUE;

  static final byte OPEN = (byte) TodoState.OPEN.ordinal();
  static final byte DONE = (byte) TodoState.DONE.ordinal();
  static final byte NOT_APPLICABLE = (byte) TodoState.NOT_APPLICABLE.ordinal();

  private final OnboardingProgram program;
  private final TodoPositions positions;
  final List<ToDo> todos;
  final int[] dueDays;
  final Side[] sides;
  /** Bit {@code 1 << touchModel.ordinal()} is set when the ToDo applies to that model. */
  final int[] touchModelBits;
  /** The prerequisites of ToDo p are at {@code prerequisiteStarts[p]} up to p + 1's start. */
  final int[] prerequisiteStarts;
  final int[] prerequisitePositions;
  /** The ToDos of milestone k are positions {@code milestoneStarts[k]} up to k + 1's start. */
  final int[] milestoneStarts;
  final int continuationIndex;
  final int deadlineDay;
  final int stallThresholdDays;

  private ProgressEvaluator(OnboardingProgram program) {
    this.program = program;
    this.todos = program.todos();
    int todoCount = todos.size();
    this.dueDays = new int[todoCount];
    this.sides = new Side[todoCount];
    this.touchModelBits = new int[todoCount];
    this.prerequisiteStarts = new int[todoCount + 1];

    int links = 0;
    for (int p = 0; p < todoCount; p++) {
      ToDo todo = todos.get(p);
      dueDays[p] = todo.dueDay();
      sides[p] = todo.side();
      for (TouchModel touchModel : todo.touchModels()) {
        touchModelBits[p] |= bit(touchModel);
      }
      prerequisiteStarts[p] = links;
      links += todo.prerequisites().size();
    }
    prerequisiteStarts[todoCount] = links;
    this.positions = new TodoPositions(todos.stream().map(ToDo::id).toList());

    this.prerequisitePositions = new int[links];
    for (int p = 0; p < todoCount; p++) {
      List<String> prerequisites = todos.get(p).prerequisites();
      for (int i = 0; i < prerequisites.size(); i++) {
        prerequisitePositions[prerequisiteStarts[p] + i] = positions.positionOf(prerequisites.get(i));
      }
    }

    // The program guarantees that the checklist lists the ToDos milestone by milestone.
    int milestoneCount = program.roadmap().milestones().size();
    this.milestoneStarts = new int[milestoneCount + 1];
    int position = 0;
    for (int k = 0; k < milestoneCount; k++) {
      milestoneStarts[k] = position;
      String milestoneId = program.roadmap().milestones().get(k).id();
      while (position < todoCount && todos.get(position).milestoneId().equals(milestoneId)) {
        position++;
      }
    }
    milestoneStarts[milestoneCount] = position;

    this.continuationIndex = program.roadmap().indexOf(program.continuationPoint().milestoneId());
    this.deadlineDay = program.continuationPoint().deadlineDay();
    this.stallThresholdDays = program.stallThresholdDays();
  }

  /**
   * Indexes a program for evaluation.
   *
   * @param program the program version accounts are on
   * @return the evaluator
   */
  public static ProgressEvaluator of(OnboardingProgram program) {
    return new ProgressEvaluator(requireNonNull(program, "program"));
  }

  /**
   * Returns the program version this evaluator evaluates accounts against.
   *
   * @return the program
   */
  public OnboardingProgram program() {
    return program;
  }

  /**
   * Evaluates the progress of an account at the end of an as-of date. Events dated after the
   * as-of date are ignored, so any past day can be replayed.
   *
   * @param account the account, on this evaluator's program id and version
   * @param asOf the day to evaluate, in the account's own calendar
   * @return the progress report
   * @throws InvalidAccountException if the account is on another program id or version, or
   *     an event, whatever its date, names a ToDo the program does not have or one that does
   *     not apply to the account's touch model
   */
  public ProgressReport evaluate(AccountState account, LocalDate asOf) {
    requireNonNull(account, "account");
    requireNonNull(asOf, "asOf");
    AccountChecks.requireProgram(account, program);

    int touchModelBit = bit(account.touchModel());
    long asOfDay = asOf.toEpochDay();
    long startDay = account.startDate().toEpochDay();
    byte[] states = new byte[todos.size()];
    long[] eventDays = new long[todos.size()];
    long lastEventDay = applyEvents(account, touchModelBit, asOfDay, states, eventDays);

    long[] reachedDays = new long[milestoneStarts.length - 1];
    int furthest = reachMilestones(touchModelBit, startDay, asOfDay, states, eventDays,
        reachedDays);
    long continuationDay = furthest >= continuationIndex
        ? latestDay(reachedDays, continuationIndex) : NO_DAY;

    return new ProgressReport(this, account, asOf, states, eventDays, reachedDays, furthest,
        continuationDay, lastEventDay);
  }

  /**
   * Applies the events dated up to a cutoff day: for each ToDo the event with the latest
   * date wins, and among events of one date the last in input order wins. Every event is
   * checked, including those after the cutoff.
   *
   * @return the epoch day of the latest event up to the cutoff, or {@link #NO_DAY}
   */
  long applyEvents(AccountState account, int touchModelBit, long cutoffDay, byte[] states,
      long[] eventDays) {
    Arrays.fill(eventDays, NO_DAY);
    long lastEventDay = NO_DAY;
    List<ProgressEvent> events = account.events();
    for (int i = 0; i < events.size(); i++) {
      ProgressEvent event = events.get(i);
      int p = positions.positionOf(event.todoId());
      if (p < 0) {
        throw AccountChecks.unknownTodo(account, event, program);
      }
      if ((touchModelBits[p] & touchModelBit) == 0) {
        throw AccountChecks.notApplicable(account, event, todos.get(p), program);
      }

      long day = event.epochDay();
      if (day > cutoffDay) {
        continue;
      }
      if (day >= eventDays[p]) {
        eventDays[p] = day;
        states[p] = stateAfter(event.kind());
      }
      lastEventDay = Math.max(lastEventDay, day);
    }
    return lastEventDay;
  }

  /**
   * Works out the reached day of every milestone into {@code reachedDays}, {@link #NO_DAY}
   * for those not reached, and returns the index of the furthest milestone, -1 for none.
   */
  int reachMilestones(int touchModelBit, long startDay, long asOfDay, byte[] states,
      long[] eventDays, long[] reachedDays) {
    int furthest = -1;
    boolean inOrder = true;
    long inOrderDay = NO_DAY;
    for (int k = 0; k < reachedDays.length; k++) {
      boolean counted = false;
      boolean open = false;
      long latest = NO_DAY;
      for (int p = milestoneStarts[k]; p < milestoneStarts[k + 1]; p++) {
        if ((touchModelBits[p] & touchModelBit) != 0) {
          counted = true;
          open |= states[p] == OPEN;
          latest = Math.max(latest, eventDays[p]);
        }
      }

      long reached;
      if (counted) {
        reached = open ? NO_DAY : latest;
      } else if (!inOrder) {
        reached = NO_DAY;
      } else if (k == 0) {
        reached = startDay <= asOfDay ? startDay : NO_DAY;
      } else {
        reached = inOrderDay;
      }
      reachedDays[k] = reached;

      if (inOrder && reached != NO_DAY) {
        furthest = k;
        inOrderDay = Math.max(inOrderDay, reached);
      } else {
        inOrder = false;
      }
    }
    return furthest;
  }

  /** Returns the index of the furthest milestone reached by the end of a day. */
  int furthestOn(AccountState account, long day) {
    int touchModelBit = bit(account.touchModel());
    byte[] states = new byte[todos.size()];
    long[] eventDays = new long[todos.size()];
    applyEvents(account, touchModelBit, day, states, eventDays);
    long[] reachedDays = new long[milestoneStarts.length - 1];
    return reachMilestones(touchModelBit, account.startDate().toEpochDay(), day, states,
        eventDays, reachedDays);
  }

  /** Tells whether an open ToDo waits for an open prerequisite of the account's model. */
  boolean blocked(int p, int touchModelBit, byte[] states) {
    for (int i = prerequisiteStarts[p]; i < prerequisiteStarts[p + 1]; i++) {
      int q = prerequisitePositions[i];
      if ((touchModelBits[q] & touchModelBit) != 0 && states[q] == OPEN) {
        return true;
      }
    }
    return false;
  }

  static int bit(TouchModel touchModel) {
    return 1 << touchModel.ordinal();
  }

  private static long latestDay(long[] days, int lastIndex) {
    long latest = NO_DAY;
    for (int k = 0; k <= lastIndex; k++) {
      latest = Math.max(latest, days[k]);
    }
    return latest;
  }

  private static byte stateAfter(EventKind kind) {
    switch (kind) {
      case COMPLETED:
        return DONE;
      case NOT_APPLICABLE:
        return NOT_APPLICABLE;
      default:
        return OPEN;
    }
  }
}
