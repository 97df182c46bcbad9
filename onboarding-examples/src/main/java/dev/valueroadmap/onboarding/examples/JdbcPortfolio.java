package dev.valueroadmap.onboarding.examples;

import dev.valueroadmap.onboarding.examples.demo.DemoData;
import dev.valueroadmap.onboarding.json.OnboardingJson;
import dev.valueroadmap.onboarding.program.OnboardingProgram;
import dev.valueroadmap.onboarding.progress.AccountState;
import dev.valueroadmap.onboarding.progress.PortfolioBoard;
import dev.valueroadmap.onboarding.progress.ProgramCatalog;
import dev.valueroadmap.onboarding.progress.ProgressStatus;
import dev.valueroadmap.onboarding.sample.SamplePrograms;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Stores programs and account states as JSON documents in an embedded H2 database file, loads
 * them back and prints the portfolio board on the demo date.
 *
 * <p>Run it with a folder: {@code JdbcPortfolio target/db}. Without an argument it writes the
 * database file {@code onboarding.mv.db} under {@code target/onboarding-db} relative to the
 * working folder, creating the folder if needed. The schema has a table of program
 * versions (primary key id and version) and a table of accounts that refer to their program
 * version. Each row stores the JSON document next to the keys that the SQL needs. The save is one
 * transaction, so a failure leaves the database as it was, and it uses the standard SQL
 * {@code MERGE}, so running the example twice updates the rows instead of duplicating them.
 *
 * <p>On PostgreSQL (15 or later, for {@code MERGE}) the same code works with a
 * {@code jdbc:postgresql:} URL and the PostgreSQL driver: declare the {@code document}
 * columns as {@code jsonb} instead of {@code CHARACTER LARGE OBJECT} and write
 * {@code CAST(? AS jsonb)} where a document is bound. The SQL is the same otherwise, and a
 * {@code jsonb} column can be indexed to query inside documents.
 */
public final class JdbcPortfolio {

  private static final OnboardingJson JSON = OnboardingJson.strict();

  private JdbcPortfolio() {
  }

  /**
   * Saves the demo program and accounts, loads them and prints the board.
   *
   * @param args the database folder; {@code target/onboarding-db} when none is given
   * @throws SQLException if the database fails
   */
  public static void main(String[] args) throws SQLException {
    Path folder = Path.of(args.length > 0 ? args[0] : "target/onboarding-db");
    String url = "jdbc:h2:file:" + folder.resolve("onboarding").toAbsolutePath();
    OnboardingProgram program = SamplePrograms.b2bSaas();

    try (Connection connection = DriverManager.getConnection(url)) {
      createSchema(connection);
      save(connection, program, DemoData.accounts(program));

      PortfolioBoard board = PortfolioBoard.evaluate(ProgramCatalog.of(loadPrograms(connection)),
          loadAccounts(connection), DemoData.AS_OF);
      System.out.println("Board as of " + board.asOf() + ": " + board.accountCount()
          + " accounts loaded from " + url);
      for (ProgressStatus status : ProgressStatus.values()) {
        System.out.println("  " + status + ": " + board.count(status));
      }
    }
  }

  /** Creates the tables unless they exist. */
  static void createSchema(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE IF NOT EXISTS onboarding_program ("
          + " program_id VARCHAR(200) NOT NULL, version INTEGER NOT NULL,"
          + " document CHARACTER LARGE OBJECT NOT NULL, PRIMARY KEY (program_id, version))");
      statement.execute("CREATE TABLE IF NOT EXISTS onboarding_account ("
          + " account_id VARCHAR(200) PRIMARY KEY, program_id VARCHAR(200) NOT NULL,"
          + " program_version INTEGER NOT NULL, document CHARACTER LARGE OBJECT NOT NULL,"
          + " FOREIGN KEY (program_id, program_version)"
          + " REFERENCES onboarding_program (program_id, version))");
    }
  }

  /** Saves a program version and its accounts in one transaction. */
  static void save(Connection connection, OnboardingProgram program,
      List<AccountState> accounts) throws SQLException {
    connection.setAutoCommit(false);
    try (PreparedStatement programs = connection.prepareStatement("MERGE INTO"
        + " onboarding_program p USING (VALUES (?, ?, ?)) s (id, version, document)"
        + " ON p.program_id = s.id AND p.version = s.version"
        + " WHEN MATCHED THEN UPDATE SET document = s.document"
        + " WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.version, s.document)");
        PreparedStatement rows = connection.prepareStatement("MERGE INTO"
            + " onboarding_account a USING (VALUES (?, ?, ?, ?)) s (id, program, version, doc)"
            + " ON a.account_id = s.id WHEN MATCHED THEN UPDATE SET program_id = s.program,"
            + " program_version = s.version, document = s.doc"
            + " WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.program, s.version, s.doc)")) {
      programs.setString(1, program.id());
      programs.setInt(2, program.version());
      programs.setString(3, JSON.write(program));
      programs.executeUpdate();

      for (AccountState account : accounts) {
        rows.setString(1, account.accountId());
        rows.setString(2, account.programId());
        rows.setInt(3, account.programVersion());
        rows.setString(4, JSON.write(account));
        rows.addBatch();
      }
      rows.executeBatch();
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  /** Loads every program version. */
  static List<OnboardingProgram> loadPrograms(Connection connection) throws SQLException {
    List<OnboardingProgram> programs = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT document FROM onboarding_program"
            + " ORDER BY program_id, version")) {
      while (rows.next()) {
        programs.add(JSON.readProgram(rows.getString(1)));
      }
    }
    return programs;
  }

  /** Loads every account, ordered by id. */
  static List<AccountState> loadAccounts(Connection connection) throws SQLException {
    List<AccountState> accounts = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT document FROM onboarding_account"
            + " ORDER BY account_id")) {
      while (rows.next()) {
        accounts.add(JSON.readAccountState(rows.getString(1)));
      }
    }
    return accounts;
  }
}
