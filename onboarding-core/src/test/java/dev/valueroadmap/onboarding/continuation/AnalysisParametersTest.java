package dev.valueroadmap.onboarding.continuation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AnalysisParametersTest {

  @Test
  void defaults_matchDocumentedValues() {
    AnalysisParameters defaults = AnalysisParameters.defaults();

    assertEquals(0.80, defaults.targetRenewalRate());
    assertEquals(0.95, defaults.confidenceLevel());
    assertEquals(30, defaults.minimumAccounts());
  }

  @Test
  void boundaryValues_accepted() {
    AnalysisParameters parameters = AnalysisParameters.of(1.0, 0.999, 1);

    assertEquals(1.0, parameters.targetRenewalRate());
    assertEquals(1, parameters.minimumAccounts());
  }

  @Test
  void targetOutOfRange_rejected() {
    for (double target : new double[] {0.0, -0.1, 1.5, Double.NaN}) {
      IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
          () -> AnalysisParameters.of(target, 0.95, 30));
      assertEquals("targetRenewalRate must be in (0, 1], but is " + target,
          thrown.getMessage());
    }
  }

  @Test
  void confidenceOutOfRange_rejected() {
    for (double confidence : new double[] {0.0, 1.0, 95.0, Double.NaN}) {
      IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
          () -> AnalysisParameters.of(0.8, confidence, 30));
      assertEquals("confidenceLevel must be in (0, 1), but is " + confidence,
          thrown.getMessage());
    }
  }

  @Test
  void minimumAccountsBelowOne_rejected() {
    IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
        () -> AnalysisParameters.builder().minimumAccounts(0).build());

    assertEquals("minimumAccounts must be at least 1, but is 0", thrown.getMessage());
  }
}
