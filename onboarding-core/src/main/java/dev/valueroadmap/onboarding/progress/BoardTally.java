package dev.valueroadmap.onboarding.progress;

import dev.valueroadmap.onboarding.program.Milestone;
import dev.valueroadmap.onboarding.program.OnboardingProgram;
import dev.valueroadmap.onboarding.program.Side;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The running counts of a portfolio board. Not thread-safe: a parallel evaluation gives each
 * thread its own tally and combines them, and every count is a sum, so the order of
 * accounts never changes the board.
 */
final class BoardTally {

  /** Most days overdue first, then by account id; the later keys make the order total. */
  static final Comparator<WatchListEntry> WATCH_LIST_ORDER =
      Comparator.comparingLong(WatchListEntry::daysOverdue).reversed()
          .thenComparing(WatchListEntry::accountId)
          .thenComparing(WatchListEntry::programId)
          .thenComparingInt(WatchListEntry::programVersion)
          .thenComparing(WatchListEntry::status)
          .thenComparingLong(WatchListEntry::daysWithoutEvents)
          .thenComparing(entry -> entry.ballInCourt().map(Side::name).orElse(""))
          .thenComparing(entry -> entry.holdingTodo().orElse(""));

  private final ProgramCatalog catalog;
  private final LocalDate asOf;
  private final int[] statusCounts = new int[ProgressStatus.values().length];
  private final int[] overdueBySide = new int[Side.values().length];
  /** Per catalog position, accounts by furthest milestone index + 1 (0: none reached). */
  private final int[][] furthestCounts;
  private final List<WatchListEntry> watchList = new ArrayList<>();

  BoardTally(ProgramCatalog catalog, LocalDate asOf) {
    this.catalog = catalog;
    this.asOf = asOf;
    List<ProgressEvaluator> evaluators = catalog.evaluators();
    this.furthestCounts = new int[evaluators.size()][];
    for (int i = 0; i < evaluators.size(); i++) {
      furthestCounts[i] = new int[evaluators.get(i).program().roadmap().milestones().size() + 1];
    }
  }

  void add(AccountState account) {
    int position = catalog.requirePosition(account);
    ProgressReport report = catalog.evaluators().get(position).evaluate(account, asOf);

    statusCounts[report.status().ordinal()]++;
    furthestCounts[position][report.furthestMilestoneIndex() + 1]++;
    ProgressStatus status = report.status();
    if (status == ProgressStatus.STALLED || status == ProgressStatus.AT_RISK) {
      watchList.add(WatchListEntry.of(report));
      if (report.daysOverdue() > 0) {
        overdueBySide[report.ballInCourt().orElseThrow().ordinal()]++;
      }
    }
  }

  BoardTally combine(BoardTally other) {
    for (int i = 0; i < statusCounts.length; i++) {
      statusCounts[i] += other.statusCounts[i];
    }
    for (int i = 0; i < overdueBySide.length; i++) {
      overdueBySide[i] += other.overdueBySide[i];
    }
    for (int i = 0; i < furthestCounts.length; i++) {
      for (int k = 0; k < furthestCounts[i].length; k++) {
        furthestCounts[i][k] += other.furthestCounts[i][k];
      }
    }
    watchList.addAll(other.watchList);
    return this;
  }

  PortfolioBoard toBoard() {
    Map<ProgressStatus, Integer> statuses = new EnumMap<>(ProgressStatus.class);
    int accountCount = 0;
    for (ProgressStatus status : ProgressStatus.values()) {
      statuses.put(status, statusCounts[status.ordinal()]);
      accountCount += statusCounts[status.ordinal()];
    }
    Map<Side, Integer> overdue = new EnumMap<>(Side.class);
    for (Side side : Side.values()) {
      overdue.put(side, overdueBySide[side.ordinal()]);
    }
    List<WatchListEntry> sorted = new ArrayList<>(watchList);
    sorted.sort(WATCH_LIST_ORDER);

    ImmutablePortfolioBoard.Builder board = ImmutablePortfolioBoard.builder()
        .asOf(asOf)
        .accountCount(accountCount)
        .statusCounts(statuses)
        .overdueBySide(overdue)
        .watchList(sorted);
    for (int i = 0; i < furthestCounts.length; i++) {
      board.addFunnels(funnel(catalog.evaluators().get(i).program(), furthestCounts[i]));
    }
    return board.build();
  }

  private static MilestoneFunnel funnel(OnboardingProgram program, int[] counts) {
    List<Milestone> milestones = program.roadmap().milestones();
    int[] reached = new int[milestones.size()];
    int atLeast = 0;
    for (int k = milestones.size() - 1; k >= 0; k--) {
      atLeast += counts[k + 1];
      reached[k] = atLeast;
    }

    ImmutableMilestoneFunnel.Builder funnel = MilestoneFunnel.builder()
        .programId(program.id())
        .programVersion(program.version())
        .accountCount(atLeast + counts[0])
        .noMilestoneReachedCount(counts[0]);
    for (int k = 0; k < milestones.size(); k++) {
      funnel.addSteps(FunnelStep.of(milestones.get(k).id(), counts[k + 1], reached[k]));
    }
    return funnel.build();
  }
}
