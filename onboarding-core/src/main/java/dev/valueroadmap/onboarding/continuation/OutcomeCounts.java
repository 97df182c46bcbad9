package dev.valueroadmap.onboarding.continuation;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collector;

/**
 * The counts behind a continuation-point analysis, kept per furthest milestone: for decided
 * cases the number decided, renewed, with a known expansion and expanded, for each milestone
 * and for "reached none", plus the number of undecided cases.
 *
 * <p>The per-milestone reached and not-reached numbers of the analysis are suffix and prefix
 * sums of these counts, so the counts carry everything the analysis needs. Counts built from
 * any split of the cases and then {@linkplain #merge merged}, in any order and grouping, equal
 * the counts of one pass over all cases, because merging adds the counts elementwise. A CRM
 * can therefore count partitions in parallel, or in a distributed engine's combine step, and
 * analyse the merged result. Adding a case takes constant time, and
 * {@link #add(int, Outcome, Expansion)} allocates nothing.
 *
 * <p>Instances are mutable accumulators, like {@link java.util.LongSummaryStatistics}, and not
 * thread-safe: give each thread its own and merge them, as {@link #collector} does. Counts are
 * {@code long}s. Create one with {@link ContinuationAnalyzer#newCounts()} or {@link #of}.
 */
public final class OutcomeCounts {

  private final MilestoneOrder order;

  // Slot 0 counts cases that reached no milestone; slot k + 1 those whose furthest is k.
  private final long[] decided;
  private final long[] renewed;
  private final long[] expansionKnown;
  private final long[] expanded;
  private long undecided;

  OutcomeCounts(MilestoneOrder order) {
    this.order = order;
    int slots = order.size() + 1;
    this.decided = new long[slots];
    this.renewed = new long[slots];
    this.expansionKnown = new long[slots];
    this.expanded = new long[slots];
  }

  /**
   * Creates empty counts over milestone ids in roadmap order.
   *
   * @param milestoneIds the milestone ids in roadmap order, at least one, unique, not blank
   * @return empty counts
   * @throws IllegalArgumentException if the list is empty or an id is blank or repeats
   */
  public static OutcomeCounts of(List<String> milestoneIds) {
    return new OutcomeCounts(MilestoneOrder.of(milestoneIds));
  }

  /**
   * Returns a collector that counts outcome cases over milestone ids in roadmap order. It
   * supports parallel streams: each thread counts its part and the parts are merged.
   *
   * @param milestoneIds the milestone ids in roadmap order
   * @return the collector
   * @throws IllegalArgumentException if the list is empty or an id is blank or repeats
   */
  public static Collector<OutcomeCase, OutcomeCounts, OutcomeCounts> collector(
      List<String> milestoneIds) {
    return collector(MilestoneOrder.of(milestoneIds));
  }

  static Collector<OutcomeCase, OutcomeCounts, OutcomeCounts> collector(MilestoneOrder order) {
    return Collector.of(() -> new OutcomeCounts(order), OutcomeCounts::add,
        OutcomeCounts::merge, Collector.Characteristics.IDENTITY_FINISH,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Returns the milestone ids these counts are kept over, in roadmap order.
   *
   * @return the milestone ids, unmodifiable
   */
  public List<String> milestoneIds() {
    return order.ids();
  }

  /**
   * Counts one outcome case.
   *
   * @param outcomeCase the case
   * @return these counts
   * @throws UnknownMilestoneException if the case's furthest milestone is not one of
   *     {@link #milestoneIds()}; nothing is counted then
   */
  public OutcomeCounts add(OutcomeCase outcomeCase) {
    requireNonNull(outcomeCase, "outcomeCase");

    int furthest = -1;
    Optional<String> furthestMilestone = outcomeCase.furthestMilestone();
    if (furthestMilestone.isPresent()) {
      String milestoneId = furthestMilestone.get();
      furthest = order.indexOf(milestoneId);
      if (furthest < 0) {
        throw new UnknownMilestoneException(outcomeCase.accountId(), milestoneId, order.ids());
      }
    }
    return add(furthest, outcomeCase.outcome(), outcomeCase.expansion());
  }

  /**
   * Counts one case given by its furthest milestone position, for callers that hold cases in
   * columns rather than as {@link OutcomeCase} values.
   *
   * @param furthestIndex the zero-based roadmap position of the furthest milestone reached,
   *     or -1 when the account reached none
   * @param outcome the renewal outcome
   * @param expansion whether the account expanded
   * @return these counts
   * @throws IndexOutOfBoundsException if the position is below -1 or past the last milestone
   */
  public OutcomeCounts add(int furthestIndex, Outcome outcome, Expansion expansion) {
    requireNonNull(outcome, "outcome");
    requireNonNull(expansion, "expansion");
    if (furthestIndex < -1 || furthestIndex >= order.size()) {
      throw new IndexOutOfBoundsException("furthestIndex is " + furthestIndex
          + ", but must be from -1 to " + (order.size() - 1) + " for milestones " + order.ids());
    }

    if (outcome == Outcome.UNDECIDED) {
      undecided++;
      return this;
    }

    int slot = furthestIndex + 1;
    decided[slot]++;
    if (outcome == Outcome.RENEWED) {
      renewed[slot]++;
    }
    if (expansion != Expansion.UNKNOWN) {
      expansionKnown[slot]++;
      if (expansion == Expansion.YES) {
        expanded[slot]++;
      }
    }
    return this;
  }

  /**
   * Adds counts that were aggregated elsewhere, for example by a SQL {@code GROUP BY} or a
   * distributed engine's combine step, for the decided cases whose furthest milestone is the
   * one at a position. Together with the {@code ...WithFurthest} accessors and
   * {@link #undecided()}, this lets counts leave the JVM and come back without the cases.
   *
   * @param furthestIndex the zero-based roadmap position of the furthest milestone reached,
   *     or -1 for cases that reached none
   * @param decidedCount decided (renewed or churned) cases
   * @param renewedCount renewed cases among them
   * @param expansionKnownCount decided cases among them whose expansion is known
   * @param expandedCount expanded cases among those
   * @return these counts
   * @throws IndexOutOfBoundsException if the position is below -1 or past the last milestone
   * @throws IllegalArgumentException if a count is negative, renewed or expansion known
   *     exceed decided, or expanded exceeds expansion known; nothing is added then
   */
  public OutcomeCounts addCounts(int furthestIndex, long decidedCount, long renewedCount,
      long expansionKnownCount, long expandedCount) {
    int slot = slot(furthestIndex);
    if (decidedCount < 0 || renewedCount < 0 || expansionKnownCount < 0 || expandedCount < 0
        || renewedCount > decidedCount || expansionKnownCount > decidedCount
        || expandedCount > expansionKnownCount) {
      throw new IllegalArgumentException("invalid counts for furthest position "
          + furthestIndex + ": decided " + decidedCount + ", renewed " + renewedCount
          + ", expansion known " + expansionKnownCount + ", expanded " + expandedCount
          + "; expected 0 <= renewed <= decided and 0 <= expanded <= expansion known"
          + " <= decided");
    }

    decided[slot] += decidedCount;
    renewed[slot] += renewedCount;
    expansionKnown[slot] += expansionKnownCount;
    expanded[slot] += expandedCount;
    return this;
  }

  /**
   * Adds a number of undecided cases that were counted elsewhere.
   *
   * @param count the number of undecided cases
   * @return these counts
   * @throws IllegalArgumentException if the count is negative
   */
  public OutcomeCounts addUndecided(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("invalid undecided count " + count
          + "; expected 0 or more");
    }
    undecided += count;
    return this;
  }

  /**
   * Counts every case of a collection.
   *
   * @param cases the cases
   * @return these counts
   * @throws UnknownMilestoneException if a case's furthest milestone is not one of
   *     {@link #milestoneIds()}; the cases before it stay counted
   */
  public OutcomeCounts addAll(Iterable<OutcomeCase> cases) {
    requireNonNull(cases, "cases");
    for (OutcomeCase outcomeCase : cases) {
      add(outcomeCase);
    }
    return this;
  }

  /**
   * Adds other counts over the same milestones to these. The other counts are left as they
   * are. Merging is associative and commutative.
   *
   * @param other counts over the same milestone ids in the same order
   * @return these counts
   * @throws IllegalArgumentException if the other counts are over other milestone ids
   */
  public OutcomeCounts merge(OutcomeCounts other) {
    requireNonNull(other, "other");
    if (!order.equals(other.order)) {
      throw new IllegalArgumentException("cannot merge counts over milestones "
          + other.order.ids() + " into counts over milestones " + order.ids());
    }

    for (int slot = 0; slot < decided.length; slot++) {
      decided[slot] += other.decided[slot];
      renewed[slot] += other.renewed[slot];
      expansionKnown[slot] += other.expansionKnown[slot];
      expanded[slot] += other.expanded[slot];
    }
    undecided += other.undecided;
    return this;
  }

  /**
   * Returns an independent copy of these counts.
   *
   * @return the copy
   */
  public OutcomeCounts copy() {
    return new OutcomeCounts(order).merge(this);
  }

  /**
   * Returns the number of undecided cases, which the analysis counts and leaves out.
   *
   * @return the number of undecided cases
   */
  public long undecided() {
    return undecided;
  }

  /**
   * Returns the number of decided (renewed or churned) cases.
   *
   * @return the number of decided cases
   */
  public long decided() {
    return Arrays.stream(decided).sum();
  }

  /**
   * Returns the number of renewed cases.
   *
   * @return the number of renewed cases
   */
  public long renewed() {
    return Arrays.stream(renewed).sum();
  }

  /**
   * Returns the number of decided cases whose furthest milestone is the one at a position.
   *
   * @param furthestIndex the zero-based roadmap position, or -1 for cases that reached none
   * @return the number of decided cases
   * @throws IndexOutOfBoundsException if the position is below -1 or past the last milestone
   */
  public long decidedWithFurthest(int furthestIndex) {
    return decided[slot(furthestIndex)];
  }

  /**
   * Returns the number of renewed cases whose furthest milestone is the one at a position.
   *
   * @param furthestIndex the zero-based roadmap position, or -1 for cases that reached none
   * @return the number of renewed cases
   * @throws IndexOutOfBoundsException if the position is below -1 or past the last milestone
   */
  public long renewedWithFurthest(int furthestIndex) {
    return renewed[slot(furthestIndex)];
  }

  /**
   * Returns the number of decided cases with a known expansion whose furthest milestone is
   * the one at a position.
   *
   * @param furthestIndex the zero-based roadmap position, or -1 for cases that reached none
   * @return the number of decided cases whose expansion is known
   * @throws IndexOutOfBoundsException if the position is below -1 or past the last milestone
   */
  public long expansionKnownWithFurthest(int furthestIndex) {
    return expansionKnown[slot(furthestIndex)];
  }

  /**
   * Returns the number of decided, expanded cases whose furthest milestone is the one at a
   * position.
   *
   * @param furthestIndex the zero-based roadmap position, or -1 for cases that reached none
   * @return the number of decided cases that expanded
   * @throws IndexOutOfBoundsException if the position is below -1 or past the last milestone
   */
  public long expandedWithFurthest(int furthestIndex) {
    return expanded[slot(furthestIndex)];
  }

  MilestoneOrder order() {
    return order;
  }

  private int slot(int furthestIndex) {
    if (furthestIndex < -1 || furthestIndex >= order.size()) {
      throw new IndexOutOfBoundsException("furthestIndex is " + furthestIndex
          + ", but must be from -1 to " + (order.size() - 1) + " for milestones " + order.ids());
    }
    return furthestIndex + 1;
  }

  /**
   * Compares the milestone ids and every count.
   *
   * @param other the object to compare with
   * @return whether the other object is counts over the same milestones with equal counts
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof OutcomeCounts counts
        && order.equals(counts.order)
        && undecided == counts.undecided
        && Arrays.equals(decided, counts.decided)
        && Arrays.equals(renewed, counts.renewed)
        && Arrays.equals(expansionKnown, counts.expansionKnown)
        && Arrays.equals(expanded, counts.expanded);
  }

  /**
   * Returns a hash of the milestone ids and the counts. It changes when a case is added.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    int hash = order.hashCode();
    hash = 31 * hash + Long.hashCode(undecided);
    hash = 31 * hash + Arrays.hashCode(decided);
    hash = 31 * hash + Arrays.hashCode(renewed);
    hash = 31 * hash + Arrays.hashCode(expansionKnown);
    return 31 * hash + Arrays.hashCode(expanded);
  }

  /**
   * Returns the counts per furthest milestone, for logs and test failures.
   *
   * @return a text listing the counts
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("OutcomeCounts{undecided=").append(undecided);
    for (int slot = 0; slot < decided.length; slot++) {
      String name = slot == 0 ? "(none)" : order.ids().get(slot - 1);
      text.append(", ").append(name)
          .append("=[decided=").append(decided[slot])
          .append(", renewed=").append(renewed[slot])
          .append(", expansionKnown=").append(expansionKnown[slot])
          .append(", expanded=").append(expanded[slot]).append(']');
    }
    return text.append('}').toString();
  }
}
