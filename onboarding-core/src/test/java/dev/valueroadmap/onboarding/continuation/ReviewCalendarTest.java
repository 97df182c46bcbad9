package dev.valueroadmap.onboarding.continuation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewCalendarTest {

  @Test
  void monthEnd_doesNotDrift() {
    ReviewCalendar calendar = ReviewCalendar.of(LocalDate.of(2024, 1, 31));

    // Chaining plusMonths(2) would give 2025-01-30 after passing 2024-09-30.
    assertEquals(List.of(
        LocalDate.of(2024, 1, 31),
        LocalDate.of(2024, 3, 31),
        LocalDate.of(2024, 5, 31),
        LocalDate.of(2024, 7, 31),
        LocalDate.of(2024, 9, 30),
        LocalDate.of(2024, 11, 30),
        LocalDate.of(2025, 1, 31)), calendar.reviewsThrough(LocalDate.of(2025, 1, 31)));
  }

  @Test
  void leapDay_returnsToMonthEnd() {
    ReviewCalendar calendar = ReviewCalendar.of(LocalDate.of(2023, 12, 31));

    assertEquals(LocalDate.of(2024, 2, 29), calendar.review(1));
    assertEquals(LocalDate.of(2024, 4, 30), calendar.review(2));
    assertEquals(LocalDate.of(2024, 6, 30), calendar.review(3));
  }

  @Test
  void defaultInterval_isTwoMonths() {
    assertEquals(2, ReviewCalendar.of(LocalDate.of(2024, 1, 1)).intervalMonths());
  }

  @Test
  void nextReview_onOrAfterDate() {
    ReviewCalendar calendar = ReviewCalendar.of(LocalDate.of(2024, 1, 31));

    assertEquals(LocalDate.of(2024, 1, 31), calendar.nextReviewOnOrAfter(
        LocalDate.of(2020, 5, 5)));
    assertEquals(LocalDate.of(2024, 3, 31), calendar.nextReviewOnOrAfter(
        LocalDate.of(2024, 3, 30)));
    assertEquals(LocalDate.of(2024, 3, 31), calendar.nextReviewOnOrAfter(
        LocalDate.of(2024, 3, 31)));
    assertEquals(LocalDate.of(2024, 5, 31), calendar.nextReviewOnOrAfter(
        LocalDate.of(2024, 4, 1)));
    assertTrue(calendar.isReviewDate(LocalDate.of(2024, 9, 30)));
    assertFalse(calendar.isReviewDate(LocalDate.of(2024, 10, 31)));
  }

  /** Checks every day of three years against a scan of the review list. */
  @Test
  void nextReview_matchesScanOfReviews() {
    int[] firstDays = {1, 15, 28, 29, 30, 31};
    for (int interval = 1; interval <= 4; interval++) {
      for (int firstDay : firstDays) {
        LocalDate first = LocalDate.of(2024, 1, firstDay);
        ReviewCalendar calendar = ReviewCalendar.of(first, interval);
        List<LocalDate> reviews = calendar.reviewsThrough(LocalDate.of(2028, 1, 1));

        for (LocalDate day = first.minusDays(3); day.getYear() < 2027; day = day.plusDays(1)) {
          LocalDate date = day;
          LocalDate expected = reviews.stream().filter(review -> !review.isBefore(date))
              .findFirst().orElseThrow();
          assertEquals(expected, calendar.nextReviewOnOrAfter(date),
              "first " + first + ", every " + interval + " months, date " + date);
        }
      }
    }
  }

  @Test
  void intervalBelowOne_rejected() {
    IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
        () -> ReviewCalendar.of(LocalDate.of(2024, 1, 1), 0));

    assertEquals("intervalMonths must be at least 1, but is 0", thrown.getMessage());
  }

  @Test
  void negativeReviewNumber_rejected() {
    ReviewCalendar calendar = ReviewCalendar.of(LocalDate.of(2024, 1, 1));

    assertThrows(IllegalArgumentException.class, () -> calendar.review(-1));
  }
}
