package dev.valueroadmap.onboarding.progress;

import static dev.valueroadmap.onboarding.progress.ProgressEvent.completed;
import static dev.valueroadmap.onboarding.testing.Generators.pick;
import static dev.valueroadmap.onboarding.testing.Generators.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valueroadmap.onboarding.program.ImmutableOnboardingProgram;
import dev.valueroadmap.onboarding.program.OnboardingProgram;
import dev.valueroadmap.onboarding.program.Side;
import dev.valueroadmap.onboarding.program.TouchModel;
import dev.valueroadmap.onboarding.sample.SamplePrograms;
import dev.valueroadmap.onboarding.testing.ProgressGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PortfolioBoardTest {

  private static final OnboardingProgram TRIAL = TrialProgram.v1();
  private static final LocalDate JAN_31 = LocalDate.of(2024, 1, 31);
  private static final LocalDate FEB_27 = LocalDate.of(2024, 2, 27);

  private static AccountState account(String id, LocalDate start, ProgressEvent... events) {
    return AccountState.builder()
        .from(AccountState.start(id, TRIAL, start, TouchModel.HIGH_TOUCH))
        .addEvents(events)
        .build();
  }

  private static LocalDate date(int month, int day) {
    return LocalDate.of(2024, month, day);
  }

  /**
   * Six accounts started Jan 31 (one on Mar 1), evaluated on Feb 27. Due dates: send-welcome
   * Feb 2, connect-data Feb 20, check-data Feb 25.
   */
  private static List<AccountState> portfolio() {
    return List.of(
        // No events: send-welcome 25 days overdue (Feb 2 to Feb 27), CS.
        account("a1", JAN_31),
        account("a0", JAN_31),
        // connect-data 7 days overdue, customer; 24 days without events.
        account("a2", JAN_31,
            completed("send-welcome", date(2, 1)), completed("name-owner", date(2, 3))),
        // check-data 2 days overdue, CS; 7 days without events.
        account("a3", JAN_31,
            completed("send-welcome", date(2, 1)), completed("name-owner", date(2, 3)),
            completed("connect-data", date(2, 20))),
        // Live reached Feb 12.
        account("a4", JAN_31,
            completed("send-welcome", date(2, 1)), completed("name-owner", date(2, 3)),
            completed("connect-data", date(2, 10)), completed("check-data", date(2, 12))),
        account("a5", date(3, 1)));
  }

  @Test
  void boardCountsHandWorkedPortfolio() {
    PortfolioBoard board = PortfolioBoard.evaluate(TRIAL, portfolio(), FEB_27);

    assertEquals(6, board.accountCount());
    assertEquals(3, board.count(ProgressStatus.STALLED));
    assertEquals(1, board.count(ProgressStatus.AT_RISK));
    assertEquals(1, board.count(ProgressStatus.GRADUATED));
    assertEquals(1, board.count(ProgressStatus.NOT_STARTED));
    assertEquals(0, board.count(ProgressStatus.ON_TRACK));
    assertEquals(0, board.count(ProgressStatus.MISSED));

    // a0, a1 and a5 reached nothing; a2 and a3 reached kickoff; a4 reached live.
    assertEquals(3, board.noMilestoneReachedCount());
    MilestoneFunnel funnel = board.funnels().get(0);
    assertEquals(6, funnel.accountCount());
    assertEquals(List.of(
        FunnelStep.of("kickoff", 2, 3),
        FunnelStep.of("live", 1, 1),
        FunnelStep.of("adopted", 0, 0)), funnel.steps());

    // Most days overdue first, equal days by account id.
    assertEquals(List.of("a0", "a1", "a2", "a3"),
        board.watchList().stream().map(WatchListEntry::accountId).toList());
    WatchListEntry a2 = board.watchList().get(2);
    assertEquals(7, a2.daysOverdue());
    assertEquals(Optional.of(Side.CUSTOMER), a2.ballInCourt());
    assertEquals(Optional.of("connect-data"), a2.holdingTodo());
    WatchListEntry a3 = board.watchList().get(3);
    assertEquals(ProgressStatus.AT_RISK, a3.status());
    assertEquals(2, a3.daysOverdue());
    assertEquals(Optional.of("check-data"), a3.holdingTodo());

    // a0, a1 and a3 wait on CS; a2 waits on the customer.
    assertEquals(3, board.overdueCount(Side.CS));
    assertEquals(1, board.overdueCount(Side.CUSTOMER));
  }

  @Test
  void parallelBoardEqualsSequentialOnHandWorkedPortfolio() {
    assertEquals(PortfolioBoard.evaluate(TRIAL, portfolio(), FEB_27),
        PortfolioBoard.evaluateInParallel(TRIAL, portfolio(), FEB_27));
  }

  @Test
  void accountOnUnknownVersionFailsBoard() {
    List<AccountState> accounts = new ArrayList<>(portfolio());
    accounts.add(AccountState.builder().from(account("a9", JAN_31)).programVersion(3).build());

    InvalidAccountException error = assertThrows(InvalidAccountException.class,
        () -> PortfolioBoard.evaluate(TRIAL, accounts, FEB_27));

    assertEquals(AccountRule.PROGRAM_KNOWN, error.rule());
    assertEquals("a9", error.accountId());
    assertTrue(error.getMessage().contains("'trial' version 3"), error.getMessage());
  }

  @Test
  void duplicateAccountFailsBoard() {
    List<AccountState> accounts = new ArrayList<>(portfolio());
    accounts.add(accounts.get(2));
    String duplicate = accounts.get(2).accountId();

    for (boolean parallel : new boolean[] {false, true}) {
      InvalidAccountException error = assertThrows(InvalidAccountException.class,
          () -> {
            if (parallel) {
              PortfolioBoard.evaluateInParallel(TRIAL, accounts, FEB_27);
            } else {
              PortfolioBoard.evaluate(TRIAL, accounts, FEB_27);
            }
          });

      assertEquals(AccountRule.ACCOUNT_ID_UNIQUE, error.rule());
      assertEquals(duplicate, error.accountId());
      assertTrue(error.getMessage().contains("'" + duplicate + "'"), error.getMessage());
    }
  }

  @Test
  void duplicateProgramVersionIsRejected() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> ProgramCatalog.of(TRIAL, TrialProgram.v1()));

    assertTrue(error.getMessage().contains("'trial' version 1"), error.getMessage());
  }

  /**
   * Generates accounts with distinct ids, spread over the catalog's program versions. The
   * runner may produce a few accounts fewer than the size requested.
   */
  private static List<AccountState> generatedPortfolio(ProgramCatalog catalog, int size) {
    List<AccountState> accounts = new ArrayList<>();
    OnboardingProgram[] programs = catalog.programs().toArray(new OnboardingProgram[0]);
    Gen<AccountState> generator = in -> ProgressGenerators.account(in, pick(in, programs),
        "acct-" + accounts.size());
    qt().withExamples(size).forAll(generator).checkAssert(accounts::add);
    return accounts;
  }

  @Test
  void parallelBoardEqualsSequentialOnGeneratedPortfolio() {
    OnboardingProgram trialV2 = ImmutableOnboardingProgram.copyOf(TRIAL).withVersion(2)
        .withStallThresholdDays(7);
    ProgramCatalog catalog = ProgramCatalog.of(SamplePrograms.b2bSaas(), TRIAL, trialV2);
    List<AccountState> accounts = generatedPortfolio(catalog, 3_000);
    LocalDate asOf = LocalDate.of(2025, 3, 1);

    PortfolioBoard sequential = PortfolioBoard.evaluate(catalog, accounts, asOf);
    PortfolioBoard parallel = PortfolioBoard.evaluateInParallel(catalog, accounts, asOf);

    assertEquals(sequential, parallel);
    assertTrue(accounts.size() > 2_500, "generated accounts: " + accounts.size());
    assertEquals(accounts.size(), sequential.accountCount());
    assertEquals(3, sequential.funnels().size());
    assertTrue(sequential.watchList().size() > 100,
        "watch list entries: " + sequential.watchList().size());
  }

  @Test
  void boardAgreesWithAccountReports() {
    ProgramCatalog catalog = ProgramCatalog.of(SamplePrograms.b2bSaas());
    List<AccountState> accounts = generatedPortfolio(catalog, 1_000);
    LocalDate asOf = LocalDate.of(2025, 3, 1);

    Map<ProgressStatus, Integer> statuses = new EnumMap<>(ProgressStatus.class);
    for (ProgressStatus status : ProgressStatus.values()) {
      statuses.put(status, 0);
    }
    int noneReached = 0;
    int watched = 0;
    for (AccountState account : accounts) {
      ProgressReport report = catalog.evaluate(account, asOf);
      statuses.merge(report.status(), 1, Integer::sum);
      noneReached += report.furthestMilestone().isEmpty() ? 1 : 0;
      boolean stuck = report.status() == ProgressStatus.STALLED
          || report.status() == ProgressStatus.AT_RISK;
      watched += stuck ? 1 : 0;
    }

    PortfolioBoard board = PortfolioBoard.evaluate(catalog, accounts, asOf);
    assertEquals(statuses, board.statusCounts());
    assertEquals(noneReached, board.noMilestoneReachedCount());
    assertEquals(watched, board.watchList().size());
    for (int i = 1; i < board.watchList().size(); i++) {
      assertTrue(board.watchList().get(i - 1).daysOverdue()
          >= board.watchList().get(i).daysOverdue());
    }
  }
}
