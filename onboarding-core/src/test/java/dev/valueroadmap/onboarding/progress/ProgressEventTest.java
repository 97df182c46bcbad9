package dev.valueroadmap.onboarding.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The event value: its date, equality and text form. */
class ProgressEventTest {

  @Test
  void dateReturnsGivenDay() {
    // The extremes of LocalDate are outside the int range of epoch days.
    for (LocalDate date : new LocalDate[] {LocalDate.of(2024, 2, 29), LocalDate.of(1969, 12, 31),
        LocalDate.MIN, LocalDate.MAX}) {
      assertEquals(date, ProgressEvent.completed("send-welcome", date).date());
    }
  }

  @Test
  void equalEventsAreEqual() {
    ProgressEvent first = ProgressEvent.completed("send-welcome", LocalDate.of(2024, 3, 1));
    ProgressEvent second = ProgressEvent.of("send-welcome", EventKind.COMPLETED,
        LocalDate.of(2024, 3, 1));

    assertEquals(first, second);
    assertEquals(first.hashCode(), second.hashCode());
    assertNotEquals(first, ProgressEvent.completed("send-welcome", LocalDate.of(2024, 3, 2)));
    assertNotEquals(first, ProgressEvent.reopened("send-welcome", LocalDate.of(2024, 3, 1)));
    assertNotEquals(first, ProgressEvent.completed("name-owner", LocalDate.of(2024, 3, 1)));
  }

  @Test
  void toStringNamesTodoKindAndDate() {
    ProgressEvent event = ProgressEvent.notApplicable("name-owner", LocalDate.of(2024, 3, 1));

    assertEquals("ProgressEvent{todoId=name-owner, kind=NOT_APPLICABLE, date=2024-03-01}",
        event.toString());
  }

  @Test
  void nullDateIsRejected() {
    NullPointerException thrown = assertThrows(NullPointerException.class,
        () -> ProgressEvent.completed("send-welcome", null));

    assertEquals("date", thrown.getMessage());
  }
}
