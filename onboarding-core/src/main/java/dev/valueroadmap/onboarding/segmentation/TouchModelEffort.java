package dev.valueroadmap.onboarding.segmentation;

import dev.valueroadmap.onboarding.program.OnboardingProgram;
import dev.valueroadmap.onboarding.program.TouchModel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;

/**
 * The CS effort that one account costs on each touch model, in hours per month of the
 * onboarding window. Given explicitly, or derived from a program with
 * {@link #fromProgram(OnboardingProgram)}.
 *
 * <p>Building an effort model rejects negative hours with an
 * {@link InvalidSegmentationException}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class TouchModelEffort {

  /**
   * The average length of a Gregorian month in days: 365.2425 / 12 = 30.436875, exact.
   */
  public static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.436875");

  /** 365.2425, the average Gregorian year in days; 12 of {@link #DAYS_PER_MONTH}. */
  private static final BigDecimal DAYS_PER_YEAR = new BigDecimal("365.2425");

  /**
   * The decimal places of hours derived from a program: a millionth of an hour, 3.6 ms.
   * Much finer than any plan needs, and coarse enough that sums of a million accounts'
   * hours stay in BigDecimal's fast {@code long} form.
   */
  public static final int DERIVED_HOURS_SCALE = 6;

  /** Minutes per hour times months per year, the divisor of {@link #fromProgram}. */
  private static final long MINUTES_PER_HOUR_TIMES_MONTHS_PER_YEAR = 60 * 12;

  TouchModelEffort() {
  }

  /**
   * Returns the CS effort of one high-touch account.
   *
   * @return hours per month, at least 0
   */
  public abstract BigDecimal highTouchHoursPerMonth();

  /**
   * Returns the CS effort of one low-touch account.
   *
   * @return hours per month, at least 0
   */
  public abstract BigDecimal lowTouchHoursPerMonth();

  /**
   * Returns the CS effort of one tech-touch account, often 0.
   *
   * @return hours per month, at least 0
   */
  public abstract BigDecimal techTouchHoursPerMonth();

  /**
   * Returns the CS effort of one account on a touch model.
   *
   * @param touchModel the touch model
   * @return hours per month, at least 0
   */
  public BigDecimal hoursPerMonth(TouchModel touchModel) {
    return switch (touchModel) {
      case HIGH_TOUCH -> highTouchHoursPerMonth();
      case LOW_TOUCH -> lowTouchHoursPerMonth();
      case TECH_TOUCH -> techTouchHoursPerMonth();
    };
  }

  /**
   * Creates an effort model from explicit hours.
   *
   * @param highTouch hours per month for one high-touch account, at least 0
   * @param lowTouch hours per month for one low-touch account, at least 0
   * @param techTouch hours per month for one tech-touch account, at least 0
   * @return the effort model
   * @throws InvalidSegmentationException when an amount of hours is negative
   */
  public static TouchModelEffort of(BigDecimal highTouch, BigDecimal lowTouch,
      BigDecimal techTouch) {
    return ImmutableTouchModelEffort.builder()
        .highTouchHoursPerMonth(highTouch)
        .lowTouchHoursPerMonth(lowTouch)
        .techTouchHoursPerMonth(techTouch)
        .build();
  }

  /**
   * Derives an effort model from a program: the total CS effort of the ToDos that apply to
   * each touch model ({@link OnboardingProgram#totalCsEffortMinutes(TouchModel)}), spread
   * evenly over the onboarding window.
   *
   * <p>The window runs from onboarding start to the continuation point's deadline day
   * (day 90 unless set), and lasts deadline / {@link #DAYS_PER_MONTH} months. So
   * hours per month = minutes / 60 / (days / 30.436875) = minutes &times; 365.2425 /
   * (720 &times; days). The product is exact and the one division is rounded half-even to
   * {@link #DERIVED_HOURS_SCALE} decimal places. For 740 minutes over 90 days that is
   * 270279.45 / 64800 = 4.1709791666..., so 4.170979 hours per month.
   *
   * @param program the program
   * @return the effort model
   * @throws InvalidSegmentationException when the continuation point's deadline is day 0,
   *     since effort cannot be spread over an empty window
   */
  public static TouchModelEffort fromProgram(OnboardingProgram program) {
    int windowDays = program.continuationPoint().deadlineDay();
    if (windowDays < 1) {
      throw new InvalidSegmentationException(SegmentationRule.ONBOARDING_WINDOW_POSITIVE,
          "program '" + program.id() + "' version " + program.version()
              + " has its continuation point's deadline on day " + windowDays);
    }

    BigDecimal divisor = BigDecimal.valueOf(MINUTES_PER_HOUR_TIMES_MONTHS_PER_YEAR * windowDays);
    BigDecimal[] hours = new BigDecimal[TouchModel.values().length];
    for (TouchModel touchModel : TouchModel.values()) {
      BigDecimal minutes = BigDecimal.valueOf(program.totalCsEffortMinutes(touchModel));
      hours[touchModel.ordinal()] =
          minutes.multiply(DAYS_PER_YEAR).divide(divisor, DERIVED_HOURS_SCALE,
              RoundingMode.HALF_EVEN);
    }
    return of(hours[TouchModel.HIGH_TOUCH.ordinal()], hours[TouchModel.LOW_TOUCH.ordinal()],
        hours[TouchModel.TECH_TOUCH.ordinal()]);
  }

  @Value.Check
  void check() {
    for (TouchModel touchModel : TouchModel.values()) {
      BigDecimal hours = hoursPerMonth(touchModel);
      DecimalBounds.require("effort model has hours per month for " + touchModel, hours);
      if (hours.signum() < 0) {
        throw new InvalidSegmentationException(SegmentationRule.EFFORT_NOT_NEGATIVE,
            "effort model has " + hours.toPlainString() + " hours per month for "
                + touchModel);
      }
    }
  }
}
