package dev.valueroadmap.onboarding.json;

import static dev.valueroadmap.onboarding.json.DocumentAssertions.edit;
import static dev.valueroadmap.onboarding.json.DocumentAssertions.reject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valueroadmap.onboarding.program.ContinuationPoint;
import dev.valueroadmap.onboarding.program.Milestone;
import dev.valueroadmap.onboarding.program.OnboardingProgram;
import dev.valueroadmap.onboarding.program.Side;
import dev.valueroadmap.onboarding.program.ToDo;
import dev.valueroadmap.onboarding.program.TouchModel;
import dev.valueroadmap.onboarding.program.ValueRoadmap;
import dev.valueroadmap.onboarding.progress.AccountRule;
import dev.valueroadmap.onboarding.progress.AccountState;
import dev.valueroadmap.onboarding.progress.PortfolioBoard;
import dev.valueroadmap.onboarding.progress.ProgressEvaluator;
import dev.valueroadmap.onboarding.progress.ProgressEvent;
import dev.valueroadmap.onboarding.progress.ProgressReport;
import dev.valueroadmap.onboarding.progress.ProgressStatus;
import dev.valueroadmap.onboarding.testing.Generators;
import dev.valueroadmap.onboarding.testing.ProgressGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ProgressJsonTest {

  private static final OnboardingJson JSON = OnboardingJson.strict();

  private static final String REPORT = GoldenFiles.text("progress-report.json");
  private static final String BOARD = GoldenFiles.text("portfolio-board.json");

  /** A program of two milestones and three ToDos; the last waits for the second. */
  static OnboardingProgram starter() {
    return OnboardingProgram.builder()
        .id("starter")
        .version(1)
        .roadmap(ValueRoadmap.of(List.of(
            Milestone.of("first-login", "First login", "Our admins are in the product", 14),
            Milestone.of("first-report", "First report", "We see our numbers", 30))))
        .addTodos(todo("invite-admins", Side.CUSTOMER, "first-login", 10))
        .addTodos(todo("connect-data", Side.CS, "first-report", 20))
        .addTodos(ToDo.builder().from(todo("share-report", Side.CUSTOMER, "first-report", 30))
            .addPrerequisites("connect-data").build())
        .continuationPoint(ContinuationPoint.of("first-report"))
        .build();
  }

  private static ToDo todo(String id, Side side, String milestoneId, int dueDay) {
    return ToDo.builder().id(id).title(id).side(side).milestoneId(milestoneId).dueDay(dueDay)
        .build();
  }

  /** Acme started on 2024-02-01 and invited its admins on 2024-02-05 (day 4). */
  static AccountState acme() {
    return AccountState.start("acme", starter(), LocalDate.of(2024, 2, 1), TouchModel.HIGH_TOUCH)
        .withEvent(ProgressEvent.completed("invite-admins", LocalDate.of(2024, 2, 5)));
  }

  /** Acme's report on 2024-02-25, day 24 of its onboarding. */
  static ProgressReport acmeReport() {
    return ProgressEvaluator.of(starter()).evaluate(acme(), LocalDate.of(2024, 2, 25));
  }

  /** Acme and Globex, which has not started any ToDo, on 2024-02-25. */
  static PortfolioBoard board() {
    AccountState globex = AccountState.start("globex", starter(), LocalDate.of(2024, 2, 20),
        TouchModel.TECH_TOUCH);
    return PortfolioBoard.evaluate(starter(), List.of(acme(), globex), LocalDate.of(2024, 2, 25));
  }

  @Test
  void goldenReport_isWrittenByteForByte() {
    assertEquals(REPORT, JSON.write(acmeReport()));
  }

  @Test
  void goldenReport_readsAsTheEvaluatedReport() {
    ProgressReport read = JSON.read(DocumentType.PROGRESS_REPORT, REPORT);

    assertEquals(acmeReport(), read);
    // Worked by hand: one of three ToDos done, connect-data was due on day 20 (2024-02-21),
    // so it is 4 days overdue and the ball is on the CS side. No event for 20 days (since
    // 2024-02-05) is past the 14-day stall threshold.
    assertEquals(ProgressStatus.STALLED, read.status());
    assertEquals(1, read.doneCount());
    assertEquals(2, read.openCount());
    assertEquals(4, read.daysOverdue());
    assertEquals(Optional.of(Side.CS), read.ballInCourt());
    assertEquals(Optional.of("connect-data"), read.holdingTodo());
    assertEquals(Optional.of("first-login"), read.furthestMilestone());
    assertEquals(LocalDate.of(2024, 5, 1), read.examDate());
  }

  @Test
  void goldenReport_showsTheHandWorkedValues() {
    assertTrue(REPORT.contains("\"percentComplete\": 33.333333333333336,"), REPORT);
    assertTrue(REPORT.contains("\"timeToFirstValueDays\": 4,"), REPORT);
    assertTrue(REPORT.contains("\"nextActions\": [\n    \"connect-data\"\n  ],"), REPORT);
    assertTrue(REPORT.contains("\"graduationExam\": null"), REPORT);
  }

  @Test
  void reportWithoutDerivedFields_readsFromItsInputs() {
    String json = REPORT.substring(0, REPORT.indexOf(",\n  \"status\"")) + "\n}\n";

    assertEquals(acmeReport(), JSON.read(DocumentType.PROGRESS_REPORT, json));
  }

  @Test
  void editedStatus_isRejectedAtTheStatus() {
    String json = edit(REPORT, "\"status\": \"STALLED\"", "\"status\": \"ON_TRACK\"");

    reject(DocumentType.PROGRESS_REPORT, json, "/status", "\"ON_TRACK\"", "\"STALLED\"",
        "derived");
  }

  @Test
  void editedTodoState_isRejectedAtTheNestedValue() {
    String json = edit(REPORT, "\"daysOverdue\": 4,\n      \"blocked\"",
        "\"daysOverdue\": 5,\n      \"blocked\"");

    reject(DocumentType.PROGRESS_REPORT, json, "/todos/1/daysOverdue", "has 5", "gives 4");
  }

  @Test
  void percentWithOtherScale_isAccepted() {
    String json = edit(REPORT, "33.333333333333336", "33.3333333333333360");

    assertEquals(acmeReport(), JSON.read(DocumentType.PROGRESS_REPORT, json));
  }

  @Test
  void eventForUnknownTodo_isReportedAtTheEvent() {
    String json = edit(REPORT, "\"todoId\": \"invite-admins\"", "\"todoId\": \"invite-owners\"");

    OnboardingJsonException e = reject(DocumentType.PROGRESS_REPORT, json,
        "/account/events/0/todoId", "invite-owners");
    assertEquals(Optional.of(AccountRule.TODO_EXISTS), e.accountRule());
  }

  @Test
  void accountOnAnotherVersion_isReportedAtTheVersion() {
    String json = edit(REPORT, "\"programVersion\": 1", "\"programVersion\": 2");

    OnboardingJsonException e = reject(DocumentType.PROGRESS_REPORT, json,
        "/account/programVersion", "version 2");
    assertEquals(Optional.of(AccountRule.PROGRAM_MATCHES), e.accountRule());
  }

  @Test
  void goldenBoard_isWrittenAndRead() {
    assertEquals(BOARD, JSON.write(board()));
    assertEquals(board(), JSON.read(DocumentType.PORTFOLIO_BOARD, BOARD));
  }

  @Test
  void goldenBoard_showsTheHandWorkedCounts() {
    PortfolioBoard read = JSON.read(DocumentType.PORTFOLIO_BOARD, BOARD);

    // Acme is stalled (see the report). Globex started 5 days ago with nothing due yet.
    assertEquals(2, read.accountCount());
    assertEquals(1, read.count(ProgressStatus.STALLED));
    assertEquals(1, read.count(ProgressStatus.ON_TRACK));
    assertEquals(1, read.overdueCount(Side.CS));
    assertEquals(0, read.overdueCount(Side.CUSTOMER));
    assertEquals(1, read.watchList().size());
    assertEquals("acme", read.watchList().get(0).accountId());
  }

  @Test
  void boardWithoutAStatusCount_isRejected() {
    String json = edit(BOARD, "    \"MISSED\": 0,\n", "");

    reject(DocumentType.PORTFOLIO_BOARD, json, "/statusCounts", "missing count for \"MISSED\"");
  }

  @Test
  void boardWithAnUnknownStatus_isRejected() {
    String json = edit(BOARD, "\"MISSED\": 0", "\"LOST\": 0");

    reject(DocumentType.PORTFOLIO_BOARD, json, "/statusCounts/LOST", "\"LOST\"", "\"MISSED\"");
  }

  @Test
  void nullWatchListEntry_pointsAtItsIndex() {
    String json = edit(BOARD, "\"watchList\": [", "\"watchList\": [null, ");

    reject(DocumentType.PORTFOLIO_BOARD, json, "/watchList/0",
        "expected a watch-list entry object but found null");
  }

  @Test
  void outputDocuments_haveNoSchema() {
    assertFalse(DocumentType.PROGRESS_REPORT.hasSchema());
    assertFalse(DocumentType.PORTFOLIO_BOARD.hasSchema());
    assertThrows(UnsupportedOperationException.class,
        DocumentType.PORTFOLIO_BOARD::schemaResource);
  }

  @Test
  void writeThenRead_givesEqualReports() {
    AtomicInteger withOpenTodos = new AtomicInteger();
    AtomicInteger examined = new AtomicInteger();

    Generators.qt().forAll(ProgressGenerators.scenarios()).checkAssert(scenario -> {
      ProgressReport report = ProgressEvaluator.of(scenario.program())
          .evaluate(scenario.account(), scenario.asOf());

      String json = JSON.write(report);
      ProgressReport read = JSON.read(DocumentType.PROGRESS_REPORT, json);

      assertEquals(report, read);
      assertEquals(json, JSON.write(read));
      if (report.openCount() > 0) {
        withOpenTodos.incrementAndGet();
      }
      if (report.graduationExam().isPresent()) {
        examined.incrementAndGet();
      }
    });

    assertTrue(withOpenTodos.get() >= 100, "reports with open ToDos: " + withOpenTodos);
    assertTrue(examined.get() >= 50, "reports after the exam: " + examined);
  }

  /**
   * Draws a program, 1 to 12 accounts on it and an as-of date in the onboarding of the first
   * account, so that the boards show accounts in every status.
   */
  private static Gen<PortfolioBoard> boards() {
    return in -> {
      OnboardingProgram program = Generators.programs().generate(in);
      int count = Generators.between(in, 1, 12);
      List<AccountState> accounts = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        accounts.add(ProgressGenerators.account(in, program, "acct-" + i));
      }
      LocalDate asOf = ProgressGenerators.asOf(in, program, accounts.get(0));
      return PortfolioBoard.evaluate(program, accounts, asOf);
    };
  }

  @Test
  void writeThenRead_givesEqualBoards() {
    AtomicInteger withWatchList = new AtomicInteger();

    Generators.qt().forAll(boards()).checkAssert(board -> {
      String json = JSON.write(board);

      assertEquals(board, JSON.read(DocumentType.PORTFOLIO_BOARD, json));
      if (!board.watchList().isEmpty()) {
        withWatchList.incrementAndGet();
      }
    });

    assertTrue(withWatchList.get() >= 50, "boards with a watch list: " + withWatchList);
  }
}
