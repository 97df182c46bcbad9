package dev.valueroadmap.onboarding.benchmarks;

import dev.valueroadmap.onboarding.program.OnboardingProgram;
import dev.valueroadmap.onboarding.program.ToDo;
import dev.valueroadmap.onboarding.progress.AccountState;
import dev.valueroadmap.onboarding.progress.EventKind;
import dev.valueroadmap.onboarding.progress.ProgressEvent;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The progress data in an in-process DuckDB database, and the SQL that computes the same
 * per-account facts as the library: done ToDos, overdue open ToDos and the furthest
 * milestone.
 *
 * <p>Tables, with ToDos by checklist position and dates as epoch days:
 * {@code todos(pos, milestone, due_day, touch_bits)}, {@code accounts(account, start_day,
 * touch)} and {@code events(account, seq, pos, kind, day)}, where {@code kind} is 0 for
 * reopened, 1 for completed and 2 for not applicable, and {@code seq} is the event's index in
 * the account's list.
 */
final class ProgressTables implements AutoCloseable {

  /**
   * The facts per account. For each ToDo the latest event up to the as-of day wins, and the
   * later one in input order among events of one day. A ToDo without such an event is open.
   * Only ToDos of the account's touch model count. The furthest milestone is the one before
   * the first milestone with an open ToDo, which equals the library's rule when every
   * milestone has a ToDo for every touch model and no account starts after the as-of date,
   * as in the generated data.
   */
  private static final String FACTS = """
      WITH latest AS (
        SELECT account, pos, arg_max(kind, day::BIGINT * 1024 + seq) AS kind
        FROM events WHERE day <= %1$d
        GROUP BY account, pos),
      counting AS (
        SELECT a.account, t.milestone, a.start_day + t.due_day AS due,
               coalesce(l.kind, 0) AS kind
        FROM accounts a JOIN todos t ON (t.touch_bits & a.touch) <> 0
        LEFT JOIN latest l ON l.account = a.account AND l.pos = t.pos)
      SELECT account,
             count(*) FILTER (WHERE kind = 1) AS done,
             count(*) FILTER (WHERE kind = 0 AND due < %1$d) AS overdue,
             coalesce(min(milestone) FILTER (WHERE kind = 0), %2$d) - 1 AS furthest
      FROM counting
      GROUP BY account
      """;

  private final DuckDBConnection connection;
  private final String factsQuery;

  private ProgressTables(DuckDBConnection connection, String factsQuery) {
    this.connection = connection;
    this.factsQuery = factsQuery;
  }

  /** Creates an in-memory database and loads the program and accounts into it. */
  static ProgressTables load(OnboardingProgram program, List<AccountState> accounts,
      long asOfDay) throws SQLException {
    Connection plain = DriverManager.getConnection("jdbc:duckdb:");
    DuckDBConnection connection = plain.unwrap(DuckDBConnection.class);
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE todos (pos INTEGER, milestone INTEGER, due_day INTEGER,"
          + " touch_bits INTEGER)");
      statement.execute("CREATE TABLE accounts (account INTEGER, start_day INTEGER,"
          + " touch INTEGER)");
      statement.execute("CREATE TABLE events (account INTEGER, seq INTEGER, pos INTEGER,"
          + " kind TINYINT, day INTEGER)");
    }

    Map<String, Integer> positions = new HashMap<>();
    try (DuckDBAppender todos = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA,
        "todos")) {
      List<ToDo> checklist = program.todos();
      for (int p = 0; p < checklist.size(); p++) {
        ToDo todo = checklist.get(p);
        positions.put(todo.id(), p);
        int touchBits = 0;
        for (var touchModel : todo.touchModels()) {
          touchBits |= 1 << touchModel.ordinal();
        }
        todos.beginRow();
        todos.append(p);
        todos.append(program.roadmap().indexOf(todo.milestoneId()));
        todos.append(todo.dueDay());
        todos.append(touchBits);
        todos.endRow();
      }
    }

    try (DuckDBAppender accountRows = connection.createAppender(
            DuckDBConnection.DEFAULT_SCHEMA, "accounts");
        DuckDBAppender eventRows = connection.createAppender(
            DuckDBConnection.DEFAULT_SCHEMA, "events")) {
      for (int a = 0; a < accounts.size(); a++) {
        AccountState account = accounts.get(a);
        accountRows.beginRow();
        accountRows.append(a);
        accountRows.append((int) account.startDate().toEpochDay());
        accountRows.append(1 << account.touchModel().ordinal());
        accountRows.endRow();

        List<ProgressEvent> events = account.events();
        for (int seq = 0; seq < events.size(); seq++) {
          ProgressEvent event = events.get(seq);
          eventRows.beginRow();
          eventRows.append(a);
          eventRows.append(seq);
          eventRows.append(positions.get(event.todoId()).intValue());
          eventRows.append(kindCode(event.kind()));
          eventRows.append((int) event.date().toEpochDay());
          eventRows.endRow();
        }
      }
    }

    int milestones = program.roadmap().milestones().size();
    return new ProgressTables(connection, String.format(FACTS, asOfDay, milestones));
  }

  private static byte kindCode(EventKind kind) {
    switch (kind) {
      case COMPLETED:
        return 1;
      case NOT_APPLICABLE:
        return 2;
      default:
        return 0;
    }
  }

  /** Sets how many threads DuckDB may use for the next queries. */
  void useThreads(int threads) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET threads = " + threads);
    }
  }

  /** Receives the facts of one account. */
  interface FactsConsumer {
    void accept(int account, long done, long overdue, long furthest);
  }

  /** Runs the facts query and hands every account's row to the consumer. */
  void facts(FactsConsumer consumer) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(factsQuery)) {
      while (rows.next()) {
        consumer.accept(rows.getInt(1), rows.getLong(2), rows.getLong(3), rows.getLong(4));
      }
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
