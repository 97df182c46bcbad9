package dev.valueroadmap.onboarding.continuation;

import dev.valueroadmap.onboarding.program.TouchModel;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of the renewal sheet: how far along the roadmap an account got by its graduation
 * exam, and whether it then renewed and expanded.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class OutcomeCase {

  OutcomeCase() {
  }

  /**
   * Returns the account id as the CRM knows it.
   *
   * @return the account id, not blank
   */
  public abstract String accountId();

  /**
   * Returns the furthest milestone the account had reached by its graduation exam.
   *
   * @return the milestone id, or empty when the account reached none
   */
  public abstract Optional<String> furthestMilestone();

  /**
   * Returns whether the account renewed.
   *
   * @return the renewal outcome
   */
  public abstract Outcome outcome();

  /**
   * Returns whether the account expanded.
   *
   * @return the expansion, {@link Expansion#UNKNOWN} unless set
   */
  @Value.Default
  public Expansion expansion() {
    return Expansion.UNKNOWN;
  }

  /**
   * Returns the date on which the renewal was decided.
   *
   * @return the decision date, or empty when not recorded
   */
  public abstract Optional<LocalDate> decidedOn();

  /**
   * Returns the touch model the account was onboarded on.
   *
   * @return the touch model, or empty when not recorded
   */
  public abstract Optional<TouchModel> touchModel();

  /**
   * Returns a builder for an outcome case.
   *
   * @return a new builder
   */
  public static ImmutableOutcomeCase.Builder builder() {
    return ImmutableOutcomeCase.builder();
  }

  @Value.Check
  void check() {
    if (accountId().isBlank()) {
      throw new IllegalArgumentException("accountId of an outcome case is blank");
    }
  }
}
