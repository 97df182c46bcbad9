package dev.valueroadmap.onboarding.json;

import static java.util.Objects.requireNonNull;

import dev.valueroadmap.onboarding.continuation.OutcomeCase;
import dev.valueroadmap.onboarding.json.AccountStateJson.AccountStateList;
import dev.valueroadmap.onboarding.json.OutcomeCaseJson.OutcomeCaseList;
import dev.valueroadmap.onboarding.program.OnboardingProgram;
import dev.valueroadmap.onboarding.progress.AccountState;
import dev.valueroadmap.onboarding.progress.PortfolioBoard;
import dev.valueroadmap.onboarding.progress.ProgressReport;
import java.util.List;
import java.util.function.Function;

/**
 * A kind of top-level JSON document: the Java value it contains and the JSON Schema that
 * describes it. Every document is a JSON object with a {@code schemaVersion}.
 *
 * <p>The schemas (JSON Schema draft 2020-12) ship in this jar under
 * {@code /dev/valueroadmap/onboarding/json/schema/v1/}; {@link #schemaResource()} returns
 * the path of one. Instances are constants, immutable and thread-safe.
 *
 * @param <T> the Java type of the document's value
 */
public final class DocumentType<T> {

  /** The folder in the jar that contains the schemas of schema version 1. */
  public static final String SCHEMA_FOLDER = "/dev/valueroadmap/onboarding/json/schema/v1/";

  /** An onboarding program with its roadmap, ToDos and continuation point. */
  public static final DocumentType<OnboardingProgram> PROGRAM = new DocumentType<>(
      "onboarding program", "program.schema.json", OnboardingProgram.class,
      OnboardingProgram.class::cast, program -> program);

  /** The renewal sheet: a list of outcome cases under the field {@code outcomeCases}. */
  public static final DocumentType<List<OutcomeCase>> OUTCOME_CASES = new DocumentType<>(
      "outcome cases", "outcome-cases.schema.json", OutcomeCaseList.class,
      bound -> ((OutcomeCaseList) bound).cases(),
      cases -> new OutcomeCaseList(List.copyOf(cases)));

  /** One account's onboarding record: its program version, start date and events. */
  public static final DocumentType<AccountState> ACCOUNT_STATE = new DocumentType<>(
      "account state", "account-state.schema.json", AccountState.class,
      AccountState.class::cast, account -> account);

  /**
   * Many accounts, as a CRM exports them, under the field {@code accounts}; each account id
   * appears once.
   */
  public static final DocumentType<List<AccountState>> ACCOUNT_STATES = new DocumentType<>(
      "account states", "account-states.schema.json", AccountStateList.class,
      bound -> ((AccountStateList) bound).accounts(),
      accounts -> new AccountStateList(List.copyOf(accounts)));

  /**
   * The progress report of one account on an as-of date: the program, the account and the
   * date it was evaluated from, then everything the evaluation derives. An output document
   * without a schema; reading evaluates the account again and rejects a derived field that
   * differs.
   */
  public static final DocumentType<ProgressReport> PROGRESS_REPORT = new DocumentType<>(
      "progress report", null, ProgressReport.class, ProgressReport.class::cast,
      report -> report);

  /** The portfolio board of many accounts on one as-of date. An output document. */
  public static final DocumentType<PortfolioBoard> PORTFOLIO_BOARD = new DocumentType<>(
      "portfolio board", null, PortfolioBoard.class, PortfolioBoard.class::cast,
      board -> board);

  private final String name;
  private final String schemaFile;
  private final Class<?> boundType;
  private final Function<Object, T> fromBound;
  private final Function<T, Object> toBound;

  private DocumentType(String name, String schemaFile, Class<?> boundType,
      Function<Object, T> fromBound, Function<T, Object> toBound) {
    this.name = name;
    this.schemaFile = schemaFile;
    this.boundType = boundType;
    this.fromBound = fromBound;
    this.toBound = toBound;
  }

  /**
   * Returns the document's name as messages use it, such as "onboarding program".
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the class-path resource of the document's JSON Schema, for
   * {@code DocumentType.class.getResourceAsStream(...)}.
   *
   * @return an absolute resource path such as
   *     {@code /dev/valueroadmap/onboarding/json/schema/v1/program.schema.json}
   * @throws UnsupportedOperationException for an output document, which has no schema; see
   *     {@link #hasSchema()}
   */
  public String schemaResource() {
    if (schemaFile == null) {
      throw new UnsupportedOperationException("the " + name + " document is an output "
          + "document and has no JSON Schema");
    }
    return SCHEMA_FOLDER + schemaFile;
  }

  /**
   * Tells whether the document has a JSON Schema in the jar. Input documents have one;
   * output documents, which the library writes, have none.
   *
   * @return true when {@link #schemaResource()} returns a path
   */
  public boolean hasSchema() {
    return schemaFile != null;
  }

  /** Returns the class that the module's (de)serializer for this document is bound to. */
  Class<?> boundType() {
    return boundType;
  }

  T fromBound(Object bound) {
    return fromBound.apply(bound);
  }

  Object toBound(T value) {
    return toBound.apply(requireNonNull(value, "value"));
  }

  @Override
  public String toString() {
    return name;
  }
}
