package dev.valueroadmap.onboarding.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valueroadmap.onboarding.program.ContinuationPoint;
import dev.valueroadmap.onboarding.program.Milestone;
import dev.valueroadmap.onboarding.program.OnboardingProgram;
import dev.valueroadmap.onboarding.program.Side;
import dev.valueroadmap.onboarding.program.ToDo;
import dev.valueroadmap.onboarding.program.TouchModel;
import dev.valueroadmap.onboarding.program.ValueRoadmap;
import dev.valueroadmap.onboarding.sample.SamplePrograms;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TouchModelEffortTest {

  @Test
  void fromProgram_sampleProgram() {
    OnboardingProgram program = SamplePrograms.b2bSaas();
    assertEquals(740, program.totalCsEffortMinutes(TouchModel.HIGH_TOUCH));
    assertEquals(320, program.totalCsEffortMinutes(TouchModel.LOW_TOUCH));
    assertEquals(0, program.totalCsEffortMinutes(TouchModel.TECH_TOUCH));
    assertEquals(90, program.continuationPoint().deadlineDay());

    TouchModelEffort effort = TouchModelEffort.fromProgram(program);

    // The window is 90 days = 90 / 30.436875 = 2.9569... months.
    // High touch: 740 min = 12.333... h; 740 x 365.2425 / (720 x 90) = 270279.45 / 64800
    //   = 4.17097916666..., so 4.170979 at 6 decimal places.
    // Low touch: 320 x 365.2425 / 64800 = 116877.6 / 64800 = 1.80366666..., so 1.803667.
    assertEquals(new BigDecimal("4.170979"), effort.highTouchHoursPerMonth());
    assertEquals(new BigDecimal("1.803667"), effort.lowTouchHoursPerMonth());
    assertEquals(new BigDecimal("0.000000"), effort.techTouchHoursPerMonth());

    // The same by the plain definition in doubles: minutes / 60 / (days / days per month).
    double months = 90 / (365.2425 / 12);
    assertEquals(740 / 60.0 / months, effort.highTouchHoursPerMonth().doubleValue(), 5e-7);
    assertEquals(320 / 60.0 / months, effort.lowTouchHoursPerMonth().doubleValue(), 5e-7);
  }

  @Test
  void of_rejectsHoursOutOfRange() {
    InvalidSegmentationException e = assertThrows(InvalidSegmentationException.class,
        () -> TouchModelEffort.of(new BigDecimal("1e-999999999"), BigDecimal.ONE,
            BigDecimal.ZERO));

    assertEquals(SegmentationRule.DECIMAL_IN_RANGE, e.rule());
    assertTrue(e.getMessage().contains("HIGH_TOUCH 1E-999999999"), e.getMessage());
  }

  @Test
  void fromProgram_rejectsDeadlineOnDayZero() {
    OnboardingProgram program = OnboardingProgram.builder()
        .id("instant")
        .version(1)
        .roadmap(ValueRoadmap.of(List.of(Milestone.of("go-live", "Go live", "Live", 0))))
        .addTodos(ToDo.builder().id("switch-on").title("Switch on").side(Side.CS)
            .milestoneId("go-live").dueDay(0).build())
        .continuationPoint(ContinuationPoint.of("go-live", 0))
        .build();

    InvalidSegmentationException e = assertThrows(InvalidSegmentationException.class,
        () -> TouchModelEffort.fromProgram(program));

    assertEquals(SegmentationRule.ONBOARDING_WINDOW_POSITIVE, e.rule());
    assertTrue(e.getMessage().contains("program 'instant' version 1"), e.getMessage());
    assertTrue(e.getMessage().contains("day 0"), e.getMessage());
  }

  @Test
  void hoursPerMonth_byTouchModel() {
    TouchModelEffort effort =
        TouchModelEffort.of(new BigDecimal("8"), new BigDecimal("2.5"), new BigDecimal("0.1"));

    assertEquals(new BigDecimal("8"), effort.hoursPerMonth(TouchModel.HIGH_TOUCH));
    assertEquals(new BigDecimal("2.5"), effort.hoursPerMonth(TouchModel.LOW_TOUCH));
    assertEquals(new BigDecimal("0.1"), effort.hoursPerMonth(TouchModel.TECH_TOUCH));
  }

  @Test
  void of_rejectsNegativeHours() {
    InvalidSegmentationException e = assertThrows(InvalidSegmentationException.class,
        () -> TouchModelEffort.of(BigDecimal.ONE, new BigDecimal("-2"), BigDecimal.ZERO));

    assertEquals(SegmentationRule.EFFORT_NOT_NEGATIVE, e.rule());
    assertTrue(e.getMessage().contains("-2 hours per month for LOW_TOUCH"), e.getMessage());
  }
}
