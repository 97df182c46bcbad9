package dev.valueroadmap.onboarding.progress;

import static dev.valueroadmap.onboarding.progress.ProgressEvaluator.DONE;
import static dev.valueroadmap.onboarding.progress.ProgressEvaluator.NOT_APPLICABLE;
import static dev.valueroadmap.onboarding.progress.ProgressEvaluator.NO_DAY;
import static dev.valueroadmap.onboarding.progress.ProgressEvaluator.OPEN;

import dev.valueroadmap.onboarding.program.OnboardingProgram;
import dev.valueroadmap.onboarding.program.Side;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The progress of one account in its onboarding program at the end of an as-of date, made by
 * {@link ProgressEvaluator#evaluate}.
 *
 * <p>The rules:
 * <ul>
 *   <li>Only ToDos that apply to the account's touch model count. For each of them the latest
 *       event up to the as-of date sets its state: done, not applicable, or open (no event,
 *       or reopened).</li>
 *   <li>A ToDo is due on the start date plus its due day, in calendar days, and an open ToDo
 *       is overdue from the day after. An open ToDo is blocked while a prerequisite that
 *       applies to the touch model is open; a prerequisite marked not applicable never
 *       blocks.</li>
 *   <li>Milestones are reached as {@link MilestoneProgress} describes. The furthest milestone
 *       is the last one that, with every milestone before it, is reached.</li>
 *   <li>The continuation point counts as reached when its milestone is reached in this way,
 *       on the latest reached date among it and the milestones before it.</li>
 *   <li>The ball is in the court of the side owning the holding ToDo: the earliest-due open,
 *       unblocked, overdue ToDo (the first in checklist order among equal due dates), or
 *       when nothing is overdue the first open, unblocked ToDo. A ToDo blocked by an open
 *       prerequisite never holds the ball: its prerequisite does.</li>
 *   <li>The status is the first of {@link ProgressStatus} that matches.</li>
 * </ul>
 *
 * <p>The summary values are worked out when the report is made; the lists of ToDos,
 * milestones and next actions and the graduation exam are built on first request. Immutable
 * and thread-safe. Two reports are equal when they evaluate equal accounts against equal
 * programs on the same as-of date, and then every value they return is equal.
 */
public final class ProgressReport {

  private final ProgressEvaluator evaluator;
  private final AccountState account;
  private final LocalDate asOf;
  private final byte[] states;
  private final long[] eventDays;
  private final long[] reachedDays;
  private final int furthest;
  private final long continuationDay;
  private final long lastEventDay;

  private final int countingCount;
  private final int doneCount;
  private final int notApplicableCount;
  private final int overdueCount;
  private final int holding;
  private final long daysOverdue;
  private final ProgressStatus status;

  private volatile List<TodoProgress> todoViews;
  private volatile List<MilestoneProgress> milestoneViews;

  ProgressReport(ProgressEvaluator evaluator, AccountState account, LocalDate asOf,
      byte[] states, long[] eventDays, long[] reachedDays, int furthest, long continuationDay,
      long lastEventDay) {
    this.evaluator = evaluator;
    this.account = account;
    this.asOf = asOf;
    this.states = states;
    this.eventDays = eventDays;
    this.reachedDays = reachedDays;
    this.furthest = furthest;
    this.continuationDay = continuationDay;
    this.lastEventDay = lastEventDay;

    int touchModelBit = ProgressEvaluator.bit(account.touchModel());
    long startDay = account.startDate().toEpochDay();
    long asOfDay = asOf.toEpochDay();
    int counting = 0;
    int done = 0;
    int notApplicable = 0;
    int overdue = 0;
    int firstOpen = -1;
    int firstOverdue = -1;
    long firstOverdueDue = Long.MAX_VALUE;
    for (int p = 0; p < states.length; p++) {
      if ((evaluator.touchModelBits[p] & touchModelBit) == 0) {
        continue;
      }
      counting++;
      byte state = states[p];
      if (state == DONE) {
        done++;
      } else if (state == NOT_APPLICABLE) {
        notApplicable++;
      } else {
        long due = startDay + evaluator.dueDays[p];
        if (due < asOfDay) {
          overdue++;
        }
        if (evaluator.blocked(p, touchModelBit, states)) {
          continue;
        }
        if (firstOpen < 0) {
          firstOpen = p;
        }
        if (due < asOfDay && due < firstOverdueDue) {
          firstOverdue = p;
          firstOverdueDue = due;
        }
      }
    }
    this.countingCount = counting;
    this.doneCount = done;
    this.notApplicableCount = notApplicable;
    this.overdueCount = overdue;
    this.holding = firstOverdue >= 0 ? firstOverdue : firstOpen;
    this.daysOverdue = firstOverdue >= 0 ? asOfDay - firstOverdueDue : 0;
    this.status = decideStatus(startDay, asOfDay);
  }

  private ProgressStatus decideStatus(long startDay, long asOfDay) {
    long examDay = startDay + evaluator.deadlineDay;
    if (graduated(examDay, asOfDay)) {
      return ProgressStatus.GRADUATED;
    }
    if (asOfDay >= examDay) {
      return ProgressStatus.MISSED;
    }
    if (asOfDay < startDay) {
      return ProgressStatus.NOT_STARTED;
    }

    long threshold = evaluator.stallThresholdDays;
    boolean open = openCount() > 0;
    if (open && (daysOverdue >= threshold || daysWithoutEvents() >= threshold)) {
      return ProgressStatus.STALLED;
    }
    if (daysOverdue > 0) {
      return ProgressStatus.AT_RISK;
    }
    return ProgressStatus.ON_TRACK;
  }

  /**
   * Tells whether the continuation point was reached by the exam day. Without events after
   * the exam day, the state on the as-of date is the state on the exam day. With such events
   * a ToDo may have been reopened since, so the exam day is evaluated on its own.
   */
  private boolean graduated(long examDay, long asOfDay) {
    if (continuationDay != NO_DAY && continuationDay <= examDay) {
      return true;
    }
    if (asOfDay > examDay && lastEventDay > examDay) {
      return evaluator.furthestOn(account, examDay) >= evaluator.continuationIndex;
    }
    return false;
  }

  /**
   * Returns the program version the account was evaluated against.
   *
   * @return the program
   */
  public OnboardingProgram program() {
    return evaluator.program();
  }

  /**
   * Returns the account as it was evaluated, with all its events.
   *
   * @return the account state
   */
  public AccountState account() {
    return account;
  }

  /**
   * Returns the account id.
   *
   * @return the account id
   */
  public String accountId() {
    return account.accountId();
  }

  /**
   * Returns the day the account was evaluated on; events dated later were ignored.
   *
   * @return the as-of date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the account's status on the as-of date.
   *
   * @return the first matching status
   */
  public ProgressStatus status() {
    return status;
  }

  /**
   * Returns the share of done ToDos among the counting ToDos not marked not applicable.
   *
   * @return the percent complete from 0 to 100; 100 when no such ToDo is left to count
   */
  public double percentComplete() {
    int denominator = countingCount - notApplicableCount;
    return denominator == 0 ? 100.0 : 100.0 * doneCount / denominator;
  }

  /**
   * Returns how many ToDos apply to the account's touch model.
   *
   * @return the counting ToDos
   */
  public int countingTodoCount() {
    return countingCount;
  }

  /**
   * Returns how many counting ToDos are done.
   *
   * @return the done ToDos
   */
  public int doneCount() {
    return doneCount;
  }

  /**
   * Returns how many counting ToDos are marked not applicable.
   *
   * @return the not-applicable ToDos
   */
  public int notApplicableCount() {
    return notApplicableCount;
  }

  /**
   * Returns how many counting ToDos are open and past their due date on the as-of date,
   * blocked or not: those whose {@link TodoProgress#daysOverdue()} is above 0.
   *
   * @return the overdue ToDos
   */
  public int overdueCount() {
    return overdueCount;
  }

  /**
   * Returns how many counting ToDos are open, blocked or not.
   *
   * @return the open ToDos
   */
  public int openCount() {
    return countingCount - doneCount - notApplicableCount;
  }

  /**
   * Returns the furthest milestone: the last one that, with every milestone before it, is
   * reached on the as-of date.
   *
   * @return the milestone id, or empty when no milestone is reached
   */
  public Optional<String> furthestMilestone() {
    return furthest < 0 ? Optional.empty()
        : Optional.of(evaluator.program().roadmap().milestones().get(furthest).id());
  }

  /**
   * Returns the roadmap position of the furthest milestone.
   *
   * @return the zero-based position, or -1 when no milestone is reached
   */
  public int furthestMilestoneIndex() {
    return furthest;
  }

  /**
   * Returns the date the continuation point was reached, with every milestone before it. For
   * a {@link ProgressStatus#MISSED} account this is the date after the deadline, if any.
   *
   * @return the date, or empty when the continuation point is not reached on the as-of date
   */
  public Optional<LocalDate> continuationPointReachedOn() {
    return date(continuationDay);
  }

  /**
   * Returns the graduation-exam date: the start date plus the continuation point's deadline
   * day.
   *
   * @return the exam date
   */
  public LocalDate examDate() {
    return account.startDate().plusDays(evaluator.deadlineDay);
  }

  /**
   * Returns the time to first value: the days from the start date to the day the first
   * milestone was reached. The value is negative when the first milestone's ToDos were done
   * before the start date.
   *
   * @return the days, or empty while the first milestone is not reached
   */
  public OptionalLong timeToFirstValueDays() {
    long first = reachedDays[0];
    return first == NO_DAY ? OptionalLong.empty()
        : OptionalLong.of(first - account.startDate().toEpochDay());
  }

  /**
   * Returns the side that has to act next: the owner of the {@linkplain #holdingTodo()
   * holding ToDo}.
   *
   * @return CS or customer, or empty when no ToDo is open
   */
  public Optional<Side> ballInCourt() {
    return holding < 0 ? Optional.empty() : Optional.of(evaluator.sides[holding]);
  }

  /**
   * Returns the ToDo that holds the ball: the earliest-due open, unblocked, overdue ToDo, or
   * when nothing is overdue the first open, unblocked ToDo in checklist order.
   *
   * @return the ToDo id, or empty when no ToDo is open
   */
  public Optional<String> holdingTodo() {
    return holding < 0 ? Optional.empty() : Optional.of(evaluator.todos.get(holding).id());
  }

  /**
   * Returns how many days the holding ToDo is overdue: the most days any open, unblocked
   * ToDo is overdue.
   *
   * @return the days overdue, 0 when no open, unblocked ToDo is overdue
   */
  public long daysOverdue() {
    return daysOverdue;
  }

  /**
   * Returns the date of the latest event up to the as-of date, of any kind.
   *
   * @return the date, or empty when no event is dated on or before the as-of date
   */
  public Optional<LocalDate> lastEventOn() {
    return date(lastEventDay);
  }

  /**
   * Returns the days since the last event, counted from the start date while there is none
   * and never from a day before the start date.
   *
   * @return the days without events, 0 when the as-of date is before the start date
   */
  public long daysWithoutEvents() {
    long since = Math.max(account.startDate().toEpochDay(), lastEventDay);
    return Math.max(0, asOf.toEpochDay() - since);
  }

  /**
   * Returns every counting ToDo in checklist order.
   *
   * @return the ToDos that apply to the account's touch model
   */
  public List<TodoProgress> todos() {
    List<TodoProgress> views = todoViews;
    if (views == null) {
      views = buildTodoViews();
      todoViews = views;
    }
    return views;
  }

  /**
   * Returns one counting ToDo.
   *
   * @param todoId the ToDo id
   * @return the ToDo, or empty when the program has no such ToDo or it does not apply to the
   *     account's touch model
   */
  public Optional<TodoProgress> todo(String todoId) {
    return todos().stream().filter(todo -> todo.todoId().equals(todoId)).findFirst();
  }

  /**
   * Returns the next actions: the open, unblocked ToDos in checklist order.
   *
   * @return the next actions, each with its side and due date
   */
  public List<TodoProgress> nextActions() {
    return todos().stream()
        .filter(todo -> todo.state() == TodoState.OPEN && !todo.blocked())
        .toList();
  }

  /**
   * Returns every milestone of the roadmap in roadmap order.
   *
   * @return the milestones
   */
  public List<MilestoneProgress> milestones() {
    List<MilestoneProgress> views = milestoneViews;
    if (views == null) {
      views = buildMilestoneViews();
      milestoneViews = views;
    }
    return views;
  }

  /**
   * Returns the graduation exam, once its date has come. It looks only at events up to the
   * exam date.
   *
   * @return the exam, or empty while the as-of date is before the exam date
   */
  public Optional<GraduationExam> graduationExam() {
    LocalDate examDate = examDate();
    if (asOf.isBefore(examDate)) {
      return Optional.empty();
    }

    int furthestByExam = lastEventDay <= examDate.toEpochDay()
        ? furthest : evaluator.furthestOn(account, examDate.toEpochDay());
    Optional<String> milestone = furthestByExam < 0 ? Optional.empty()
        : Optional.of(evaluator.program().roadmap().milestones().get(furthestByExam).id());
    return Optional.of(GraduationExam.builder()
        .accountId(account.accountId())
        .programId(account.programId())
        .programVersion(account.programVersion())
        .examDate(examDate)
        .furthestMilestone(milestone)
        .continuationPointReached(furthestByExam >= evaluator.continuationIndex)
        .touchModel(account.touchModel())
        .build());
  }

  private List<TodoProgress> buildTodoViews() {
    int touchModelBit = ProgressEvaluator.bit(account.touchModel());
    long startDay = account.startDate().toEpochDay();
    long asOfDay = asOf.toEpochDay();
    List<TodoProgress> views = new ArrayList<>();
    for (int p = 0; p < states.length; p++) {
      if ((evaluator.touchModelBits[p] & touchModelBit) == 0) {
        continue;
      }

      boolean open = states[p] == OPEN;
      long due = startDay + evaluator.dueDays[p];
      List<String> openPrerequisites = new ArrayList<>();
      if (open) {
        for (int i = evaluator.prerequisiteStarts[p]; i < evaluator.prerequisiteStarts[p + 1];
            i++) {
          int q = evaluator.prerequisitePositions[i];
          if ((evaluator.touchModelBits[q] & touchModelBit) != 0 && states[q] == OPEN) {
            openPrerequisites.add(evaluator.todos.get(q).id());
          }
        }
      }

      views.add(ImmutableTodoProgress.builder()
          .todo(evaluator.todos.get(p))
          .state(TodoState.values()[states[p]])
          .dueDate(LocalDate.ofEpochDay(due))
          .lastEventOn(date(eventDays[p]))
          .daysOverdue(open ? Math.max(0, asOfDay - due) : 0)
          .openPrerequisites(openPrerequisites)
          .build());
    }
    return List.copyOf(views);
  }

  private List<MilestoneProgress> buildMilestoneViews() {
    int touchModelBit = ProgressEvaluator.bit(account.touchModel());
    List<MilestoneProgress> views = new ArrayList<>();
    for (int k = 0; k < reachedDays.length; k++) {
      int counting = 0;
      int open = 0;
      for (int p = evaluator.milestoneStarts[k]; p < evaluator.milestoneStarts[k + 1]; p++) {
        if ((evaluator.touchModelBits[p] & touchModelBit) != 0) {
          counting++;
          open += states[p] == OPEN ? 1 : 0;
        }
      }

      views.add(ImmutableMilestoneProgress.builder()
          .milestone(evaluator.program().roadmap().milestones().get(k))
          .targetDate(account.startDate().plusDays(
              evaluator.program().roadmap().milestones().get(k).targetDay()))
          .countingTodoCount(counting)
          .openTodoCount(open)
          .reachedOn(date(reachedDays[k]))
          .build());
    }
    return List.copyOf(views);
  }

  private static Optional<LocalDate> date(long epochDay) {
    return epochDay == NO_DAY ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(epochDay));
  }

  /**
   * Tells whether another report evaluates an equal account against an equal program on the
   * same as-of date.
   *
   * @param other the other object
   * @return true when equal
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ProgressReport)) {
      return false;
    }
    ProgressReport that = (ProgressReport) other;
    return asOf.equals(that.asOf) && account.equals(that.account)
        && evaluator.program().equals(that.evaluator.program());
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(account, asOf, evaluator.program().id(), evaluator.program().version());
  }

  /**
   * Returns a one-line summary for logs and debugging: account, program version, as-of date,
   * status, percent complete, furthest milestone and ball in court.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "ProgressReport{account=" + account.accountId()
        + ", program=" + account.programId() + " v" + account.programVersion()
        + ", asOf=" + asOf
        + ", status=" + status
        + ", percentComplete=" + String.format(Locale.ROOT, "%.1f", percentComplete())
        + ", furthestMilestone=" + furthestMilestone().orElse("none")
        + ", ballInCourt=" + ballInCourt().map(Side::name).orElse("none")
        + ", holdingTodo=" + holdingTodo().orElse("none")
        + ", daysOverdue=" + daysOverdue + "}";
  }
}
