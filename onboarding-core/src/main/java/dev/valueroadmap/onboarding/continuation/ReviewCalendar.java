package dev.valueroadmap.onboarding.continuation;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * The calendar of continuation-point reviews: a review every few months from a first review
 * date.
 *
 * <p>Review k falls on {@code firstReview.plusMonths(k * intervalMonths)}, computed from the
 * first date and never from the previous review, so that month-end dates do not drift: from
 * 2024-01-31 every 2 months the reviews fall on 2024-03-31, 2024-05-31, 2024-07-31,
 * 2024-09-30, 2024-11-30 and 2025-01-31. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReviewCalendar {

  /** The default interval between reviews: 2 months. */
  public static final int DEFAULT_INTERVAL_MONTHS = 2;

  ReviewCalendar() {
  }

  /**
   * Returns the date of the first review.
   *
   * @return the first review date
   */
  @Value.Parameter
  public abstract LocalDate firstReview();

  /**
   * Returns the interval between reviews.
   *
   * @return the interval in months, at least 1, 2 unless set
   */
  @Value.Parameter
  public abstract int intervalMonths();

  /**
   * Creates a calendar with a review every 2 months.
   *
   * @param firstReview the date of the first review
   * @return the calendar
   */
  public static ReviewCalendar of(LocalDate firstReview) {
    return of(firstReview, DEFAULT_INTERVAL_MONTHS);
  }

  /**
   * Creates a calendar.
   *
   * @param firstReview the date of the first review
   * @param intervalMonths the interval between reviews in months, at least 1
   * @return the calendar
   * @throws IllegalArgumentException if the interval is shorter than one month
   */
  public static ReviewCalendar of(LocalDate firstReview, int intervalMonths) {
    return ImmutableReviewCalendar.of(firstReview, intervalMonths);
  }

  /**
   * Returns the date of a review.
   *
   * @param k the number of the review, 0 for the first
   * @return the review date, {@code firstReview().plusMonths(k * intervalMonths())}
   * @throws IllegalArgumentException if {@code k} is negative
   */
  public LocalDate review(int k) {
    if (k < 0) {
      throw new IllegalArgumentException("review number must be at least 0, but is " + k);
    }
    return firstReview().plusMonths((long) k * intervalMonths());
  }

  /**
   * Returns the first review on or after a date.
   *
   * @param date the date, such as today's date in the CRM's time zone
   * @return the review date, the first review when the date is before it
   */
  public LocalDate nextReviewOnOrAfter(LocalDate date) {
    requireNonNull(date, "date");
    if (!date.isAfter(firstReview())) {
      return firstReview();
    }

    // Start from the whole months since the first review, then step to the exact review.
    long months = firstReview().until(date, ChronoUnit.MONTHS);
    int k = Math.toIntExact(months / intervalMonths());
    while (k > 0 && !review(k - 1).isBefore(date)) {
      k--;
    }
    while (review(k).isBefore(date)) {
      k++;
    }
    return review(k);
  }

  /**
   * Returns the reviews from the first one up to a date.
   *
   * @param last the last date to include
   * @return the review dates in calendar order, empty when the first review is after the date
   */
  public List<LocalDate> reviewsThrough(LocalDate last) {
    requireNonNull(last, "last");
    List<LocalDate> reviews = new ArrayList<>();
    for (int k = 0; !review(k).isAfter(last); k++) {
      reviews.add(review(k));
    }
    return reviews;
  }

  /**
   * Returns whether a review falls on a date.
   *
   * @param date the date
   * @return whether the date is a review date
   */
  public boolean isReviewDate(LocalDate date) {
    return nextReviewOnOrAfter(date).equals(date);
  }

  @Value.Check
  void check() {
    if (intervalMonths() < 1) {
      throw new IllegalArgumentException("intervalMonths must be at least 1, but is "
          + intervalMonths());
    }
  }
}
