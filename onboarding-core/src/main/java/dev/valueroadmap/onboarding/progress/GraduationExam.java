package dev.valueroadmap.onboarding.progress;

import static java.util.Objects.requireNonNull;

import dev.valueroadmap.onboarding.continuation.Expansion;
import dev.valueroadmap.onboarding.continuation.Outcome;
import dev.valueroadmap.onboarding.continuation.OutcomeCase;
import dev.valueroadmap.onboarding.program.TouchModel;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An account's graduation exam: how far along the value roadmap it got by the deadline of
 * its program's continuation point, and whether it reached the point. This is the record the
 * continuation analysis reads once the renewal is decided, through {@link #toOutcomeCase}.
 *
 * <p>The exam looks only at events dated on or before the exam date, so a ToDo reopened after
 * the deadline does not change it. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class GraduationExam {

  GraduationExam() {
  }

  /**
   * Returns the account id.
   *
   * @return the account id
   */
  public abstract String accountId();

  /**
   * Returns the id of the program the account was on.
   *
   * @return the program id
   */
  public abstract String programId();

  /**
   * Returns the version of the program the account was on.
   *
   * @return the program version
   */
  public abstract int programVersion();

  /**
   * Returns the exam date: the onboarding start date plus the continuation point's deadline
   * day.
   *
   * @return the exam date
   */
  public abstract LocalDate examDate();

  /**
   * Returns the furthest milestone reached by the exam date: the last one that, with every
   * milestone before it, was reached.
   *
   * @return the milestone id, or empty when the account reached none
   */
  public abstract Optional<String> furthestMilestone();

  /**
   * Tells whether the continuation point's milestone, with every milestone before it, was
   * reached by the exam date.
   *
   * @return true when the account graduated
   */
  public abstract boolean continuationPointReached();

  /**
   * Returns the touch model the account was onboarded on.
   *
   * @return the touch model
   */
  public abstract TouchModel touchModel();

  /**
   * Creates the row of the renewal sheet for this account once its renewal is known,
   * carrying the furthest milestone and the touch model of the exam.
   *
   * @param outcome whether the account renewed
   * @param expansion whether the account expanded
   * @param decidedOn the day the renewal was decided, empty when not recorded
   * @return the outcome case
   */
  public OutcomeCase toOutcomeCase(Outcome outcome, Expansion expansion,
      Optional<LocalDate> decidedOn) {
    return OutcomeCase.builder()
        .accountId(accountId())
        .furthestMilestone(furthestMilestone())
        .outcome(requireNonNull(outcome, "outcome"))
        .expansion(requireNonNull(expansion, "expansion"))
        .decidedOn(requireNonNull(decidedOn, "decidedOn"))
        .touchModel(touchModel())
        .build();
  }

  /**
   * Returns a builder for a graduation exam.
   *
   * @return a new builder
   */
  public static ImmutableGraduationExam.Builder builder() {
    return ImmutableGraduationExam.builder();
  }
}
