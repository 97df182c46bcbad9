package dev.valueroadmap.onboarding.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shared checks of the segmentation tests. */
final class SegmentationAssertions {

  private SegmentationAssertions() {
  }

  /** Returns an amount in euros. */
  static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  /** Asserts that building throws for the rule, with the detail in the message. */
  static void assertRejected(SegmentationRule rule, String detail, Runnable build) {
    InvalidSegmentationException e =
        assertThrows(InvalidSegmentationException.class, build::run);
    assertEquals(rule, e.rule());
    assertTrue(e.getMessage().contains(detail), e.getMessage());
  }
}
