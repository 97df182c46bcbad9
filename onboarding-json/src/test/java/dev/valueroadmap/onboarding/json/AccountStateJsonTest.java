package dev.valueroadmap.onboarding.json;

import static dev.valueroadmap.onboarding.json.DocumentAssertions.edit;
import static dev.valueroadmap.onboarding.json.DocumentAssertions.reject;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valueroadmap.onboarding.program.OnboardingProgram;
import dev.valueroadmap.onboarding.program.TouchModel;
import dev.valueroadmap.onboarding.progress.AccountRule;
import dev.valueroadmap.onboarding.progress.AccountState;
import dev.valueroadmap.onboarding.progress.InvalidAccountException;
import dev.valueroadmap.onboarding.progress.ProgressEvent;
import dev.valueroadmap.onboarding.testing.Generators;
import dev.valueroadmap.onboarding.testing.ProgressGenerators;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

class AccountStateJsonTest {

  private static final OnboardingJson JSON = OnboardingJson.strict();

  private static final String ACCOUNT = GoldenFiles.text("account-state.json");
  private static final String ACCOUNTS = GoldenFiles.text("account-states.json");

  /** The account of golden/v1/account-state.json, built by hand. */
  static AccountState goldenAccount() {
    return AccountState.builder()
        .accountId("acme")
        .programId("b2b-saas-onboarding")
        .programVersion(1)
        .startDate(LocalDate.of(2024, 2, 26))
        .touchModel(TouchModel.HIGH_TOUCH)
        .addEvents(ProgressEvent.completed("send-welcome-pack", LocalDate.of(2024, 2, 26)))
        .addEvents(ProgressEvent.completed("name-project-owner", LocalDate.of(2024, 2, 29)))
        .addEvents(ProgressEvent.reopened("send-welcome-pack", LocalDate.of(2024, 3, 1)))
        .addEvents(ProgressEvent.notApplicable("watch-kickoff-video", LocalDate.of(2024, 2, 27)))
        .build();
  }

  /** The accounts of golden/v1/account-states.json, built by hand. */
  static List<AccountState> goldenAccounts() {
    AccountState acme = AccountState.builder()
        .accountId("acme")
        .programId("b2b-saas-onboarding")
        .programVersion(1)
        .startDate(LocalDate.of(2024, 2, 26))
        .touchModel(TouchModel.HIGH_TOUCH)
        .addEvents(ProgressEvent.completed("send-welcome-pack", LocalDate.of(2024, 2, 26)))
        .build();
    AccountState umbrella = AccountState.builder()
        .accountId("Umbrella \"EU\" GmbH / Zürich")
        .programId("b2b-saas-onboarding")
        .programVersion(2)
        .startDate(LocalDate.of(2023, 12, 31))
        .touchModel(TouchModel.TECH_TOUCH)
        .build();
    return List.of(acme, umbrella);
  }

  @Test
  void goldenAccount_readsAsTheHandBuiltAccount() {
    assertEquals(goldenAccount(), JSON.readAccountState(ACCOUNT));
  }

  @Test
  void goldenAccount_isWrittenByteForByte() {
    assertEquals(ACCOUNT, JSON.write(goldenAccount()));
  }

  @Test
  void goldenAccount_isValidBySchema() {
    assertEquals(List.of(), Schemas.errors(DocumentType.ACCOUNT_STATE, ACCOUNT));
  }

  @Test
  void goldenAccounts_readAsTheHandBuiltAccounts() {
    assertEquals(goldenAccounts(), JSON.readAccountStates(ACCOUNTS));
  }

  @Test
  void goldenAccounts_areWrittenByteForByte() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    JSON.write(DocumentType.ACCOUNT_STATES, goldenAccounts(), out);

    assertArrayEquals(GoldenFiles.bytes("account-states.json"), out.toByteArray());
    assertEquals(ACCOUNTS, JSON.writeAccountStates(goldenAccounts()));
  }

  @Test
  void goldenAccounts_areValidBySchema() {
    assertEquals(List.of(), Schemas.errors(DocumentType.ACCOUNT_STATES, ACCOUNTS));
  }

  @Test
  void accountsFile_readsBackWhatWasWritten(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("accounts.json");

    JSON.write(DocumentType.ACCOUNT_STATES, goldenAccounts(), file);

    assertEquals(ACCOUNTS, Files.readString(file));
    assertEquals(goldenAccounts(), JSON.readAccountStates(file));
  }

  @Test
  void absentEvents_readAsNoEvents() {
    String json = edit(ACCOUNT, ACCOUNT.substring(ACCOUNT.indexOf(",\n  \"events\"")), "\n}\n");

    assertEquals(List.of(), JSON.readAccountState(json).events());
  }

  @Test
  void blankAccountId_isReportedAtTheAccountId() {
    OnboardingJsonException e = reject(DocumentType.ACCOUNT_STATE,
        edit(ACCOUNT, "\"acme\"", "\"  \""), "/accountId", "the account id is blank",
        "rule: an account id is not blank");

    assertEquals(Optional.of(AccountRule.ACCOUNT_ID_NOT_BLANK), e.accountRule());
    assertEquals(Optional.empty(), e.rule());
    // Line 3 is `  "accountId": "  ",`; the value starts after 15 characters.
    assertEquals(OptionalInt.of(3), e.line());
    assertEquals(OptionalInt.of(16), e.column());
  }

  @Test
  void programVersionZero_isReportedAtTheVersion() {
    OnboardingJsonException e = reject(DocumentType.ACCOUNT_STATE,
        edit(ACCOUNT, "\"programVersion\": 1", "\"programVersion\": 0"), "/programVersion",
        "account 'acme'", "version 0");

    assertEquals(Optional.of(AccountRule.VERSION_POSITIVE), e.accountRule());
  }

  @Test
  void blankAccountIdInList_isReportedAtItsIndex() {
    OnboardingJsonException e = reject(DocumentType.ACCOUNT_STATES,
        edit(ACCOUNTS, "\"acme\"", "\"\""), "/accounts/0/accountId", "the account id is blank");

    assertEquals(Optional.of(AccountRule.ACCOUNT_ID_NOT_BLANK), e.accountRule());
  }

  @Test
  void accountListedTwice_isRejectedAtTheSecondEntry() {
    String json = edit(ACCOUNTS, "\"Umbrella \\\"EU\\\" GmbH / Zürich\"", "\"acme\"");

    OnboardingJsonException e = reject(DocumentType.ACCOUNT_STATES, json,
        "/accounts/1/accountId", "account 'acme'", "first entry is at index 0",
        "each account appears once");

    assertEquals(Optional.of(AccountRule.ACCOUNT_ID_UNIQUE), e.accountRule());
  }

  @Test
  void writingAnAccountTwice_isRejected() {
    AccountState acme = goldenAccount();

    InvalidAccountException e = assertThrows(InvalidAccountException.class,
        () -> JSON.writeAccountStates(List.of(acme, acme)));

    assertEquals(AccountRule.ACCOUNT_ID_UNIQUE, e.rule());
  }

  @Test
  void nullEvent_pointsAtItsIndex() {
    String json = edit(ACCOUNT, "\"events\": [", "\"events\": [null, ");

    reject(DocumentType.ACCOUNT_STATE, json, "/events/0",
        "expected a progress event object but found null");
  }

  @Test
  void eventKindByNumber_isRejectedWithTheAllowedKinds() {
    String json = edit(ACCOUNT, "\"REOPENED\"", "1");

    reject(DocumentType.ACCOUNT_STATE, json, "/events/2/kind",
        "expected one of \"COMPLETED\", \"REOPENED\", \"NOT_APPLICABLE\" but found the number 1");
  }

  @Test
  void eventWithoutDate_isRejectedAtTheEvent() {
    String json = edit(ACCOUNT, ",\n      \"date\": \"2024-03-01\"", "");

    reject(DocumentType.ACCOUNT_STATE, json, "/events/2",
        "missing required field \"date\" in progress event");
  }

  @Test
  void invalidStartDate_isRejectedWithTheValue() {
    String json = edit(ACCOUNT, "\"2024-02-26\",\n  \"touchModel\"", "\"2023-02-29\",\n"
        + "  \"touchModel\"");

    reject(DocumentType.ACCOUNT_STATE, json, "/startDate", "\"2023-02-29\"", "ISO-8601 date");
  }

  @Test
  void schemaVersionInsideAList_isAnUnknownField() {
    String json = edit(ACCOUNTS, "\"accountId\": \"acme\"",
        "\"schemaVersion\": 1, \"accountId\": \"acme\"");

    reject(DocumentType.ACCOUNT_STATES, json, "/accounts/0/schemaVersion",
        "unknown field \"schemaVersion\" in account state");
    assertEquals(goldenAccounts(), JSON.ignoringUnknownFields()
        .read(DocumentType.ACCOUNT_STATES, json));
  }

  @Test
  void missingSchemaVersion_isRejectedWithTheSupportedVersions() {
    reject(DocumentType.ACCOUNT_STATE, edit(ACCOUNT, "\"schemaVersion\": 1,", ""), "",
        "missing required field \"schemaVersion\"", "supported versions: 1");
  }

  @Test
  void accountSchema_rejectsABlankAccountIdAndAnUnknownKind() {
    assertFalse(Schemas.errors(DocumentType.ACCOUNT_STATE,
        edit(ACCOUNT, "\"acme\"", "\" \"")).isEmpty());
    assertFalse(Schemas.errors(DocumentType.ACCOUNT_STATE,
        edit(ACCOUNT, "\"REOPENED\"", "\"DONE\"")).isEmpty());
    assertFalse(Schemas.errors(DocumentType.ACCOUNT_STATES,
        edit(ACCOUNTS, "\"TECH_TOUCH\"", "\"NO_TOUCH\"")).isEmpty());
  }

  /** Draws 0 to 6 accounts with distinct ids on generated programs. */
  private static Gen<List<AccountState>> accountLists() {
    return in -> {
      int count = Generators.between(in, 0, 6);
      List<AccountState> accounts = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        OnboardingProgram program = Generators.programs().generate(in);
        accounts.add(ProgressGenerators.account(in, program, "acct-" + i));
      }
      return accounts;
    };
  }

  @Test
  void writeThenRead_givesEqualAccounts() {
    AtomicInteger withEvents = new AtomicInteger();

    Generators.qt().forAll(accountLists()).checkAssert(accounts -> {
      String list = JSON.writeAccountStates(accounts);

      assertEquals(accounts, JSON.readAccountStates(list));
      assertEquals(List.of(), Schemas.errors(DocumentType.ACCOUNT_STATES, list), list);
      for (AccountState account : accounts) {
        String single = JSON.write(account);
        assertEquals(account, JSON.readAccountState(single));
        assertEquals(List.of(), Schemas.errors(DocumentType.ACCOUNT_STATE, single), single);
        if (account.events().size() >= 2) {
          withEvents.incrementAndGet();
        }
      }
    });

    assertTrue(withEvents.get() >= 100, "accounts with two or more events: " + withEvents);
  }
}
