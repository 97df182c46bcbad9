package dev.valueroadmap.onboarding.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valueroadmap.onboarding.examples.demo.DemoData;
import dev.valueroadmap.onboarding.program.OnboardingProgram;
import dev.valueroadmap.onboarding.progress.AccountState;
import dev.valueroadmap.onboarding.progress.PortfolioBoard;
import dev.valueroadmap.onboarding.progress.ProgressStatus;
import dev.valueroadmap.onboarding.sample.SamplePrograms;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcPortfolioTest {

  @TempDir
  Path folder;

  private Connection connect() throws SQLException {
    return DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("onboarding")
        .toAbsolutePath());
  }

  private static long count(Connection connection, String table) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  @Test
  void mainPrintsTheBoardOfTheStoredAccounts() throws Exception {
    String out = StandardOutput.of(() -> JdbcPortfolio.main(new String[] {folder.toString()}));

    OnboardingProgram program = SamplePrograms.b2bSaas();
    PortfolioBoard expected = PortfolioBoard.evaluate(program, DemoData.accounts(program),
        DemoData.AS_OF);
    assertTrue(out.startsWith("Board as of 2025-06-30: 200 accounts"), out);
    for (ProgressStatus status : ProgressStatus.values()) {
      assertTrue(out.contains("  " + status + ": " + expected.count(status) + "\n"), out);
    }
  }

  @Test
  void runningTwiceUpdatesInsteadOfDuplicating() throws Exception {
    StandardOutput.of(() -> JdbcPortfolio.main(new String[] {folder.toString()}));
    StandardOutput.of(() -> JdbcPortfolio.main(new String[] {folder.toString()}));

    try (Connection connection = connect()) {
      assertEquals(1, count(connection, "onboarding_program"));
      assertEquals(200, count(connection, "onboarding_account"));
    }
  }

  @Test
  void documentsReadBackEqual() throws SQLException {
    OnboardingProgram program = SamplePrograms.b2bSaas();
    List<AccountState> accounts = DemoData.accounts(program).subList(0, 20);
    try (Connection connection = connect()) {
      JdbcPortfolio.createSchema(connection);
      JdbcPortfolio.save(connection, program, accounts);

      assertEquals(List.of(program), JdbcPortfolio.loadPrograms(connection));
      assertEquals(accounts, JdbcPortfolio.loadAccounts(connection));
    }
  }

  @Test
  void failedSaveLeavesNothingBehind() throws SQLException {
    OnboardingProgram program = SamplePrograms.b2bSaas();
    AccountState good = DemoData.accounts(program).get(0);
    // An account on version 2, which is not stored, breaks the foreign key.
    AccountState orphan = AccountState.builder().from(good).accountId("orphan")
        .programVersion(2).build();
    try (Connection connection = connect()) {
      JdbcPortfolio.createSchema(connection);

      assertThrows(SQLException.class,
          () -> JdbcPortfolio.save(connection, program, List.of(good, orphan)));

      assertEquals(0, count(connection, "onboarding_program"));
      assertEquals(0, count(connection, "onboarding_account"));
    }
  }
}
