package dev.valueroadmap.onboarding.continuation;

import dev.valueroadmap.onboarding.program.TouchModel;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Continuation-point analyses broken down by touch model: one analysis per touch model that
 * occurs among the cases, and the number of cases that carry no touch model and so fall into
 * none of them.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class TouchModelBreakdown {

  TouchModelBreakdown() {
  }

  /**
   * Returns the analysis of each touch model that occurs among the cases, in the order of
   * {@link TouchModel}.
   *
   * @return the analyses by touch model
   */
  public abstract Map<TouchModel, ContinuationAnalysis> analyses();

  /**
   * Returns the number of cases, decided or not, that carry no touch model.
   *
   * @return the number of cases
   */
  public abstract long casesWithoutTouchModel();

  /**
   * Returns the analysis of one touch model.
   *
   * @param touchModel the touch model
   * @return the analysis, or empty when no case carries the touch model
   */
  public Optional<ContinuationAnalysis> analysis(TouchModel touchModel) {
    return Optional.ofNullable(analyses().get(touchModel));
  }

  static ImmutableTouchModelBreakdown.Builder builder() {
    return ImmutableTouchModelBreakdown.builder();
  }
}
