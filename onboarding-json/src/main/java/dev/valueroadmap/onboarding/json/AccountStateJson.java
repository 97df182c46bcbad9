package dev.valueroadmap.onboarding.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.valueroadmap.onboarding.program.TouchModel;
import dev.valueroadmap.onboarding.progress.AccountRule;
import dev.valueroadmap.onboarding.progress.AccountState;
import dev.valueroadmap.onboarding.progress.EventKind;
import dev.valueroadmap.onboarding.progress.ImmutableAccountState;
import dev.valueroadmap.onboarding.progress.InvalidAccountException;
import dev.valueroadmap.onboarding.progress.ProgressEvent;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of account states: one account as a top-level document with a
 * {@code schemaVersion}, and the account-states document that lists many accounts, as a
 * CRM exports them, under one {@code schemaVersion}. Events are kept in input order.
 * Reading goes through the core builder; a blank account id or a program version below 1
 * is reported at the pointer of that field.
 */
final class AccountStateJson {

  // Field names and enum names encoded once, as Jackson does for the properties of a bean.
  private static final SerializedString ACCOUNT_ID = new SerializedString("accountId");
  private static final SerializedString PROGRAM_ID = new SerializedString("programId");
  private static final SerializedString PROGRAM_VERSION = new SerializedString("programVersion");
  private static final SerializedString START_DATE = new SerializedString("startDate");
  private static final SerializedString TOUCH_MODEL = new SerializedString("touchModel");
  private static final SerializedString EVENTS = new SerializedString("events");
  private static final SerializedString TODO_ID = new SerializedString("todoId");
  private static final SerializedString KIND = new SerializedString("kind");
  private static final SerializedString DATE = new SerializedString("date");
  private static final SerializedString[] KIND_NAMES = Arrays.stream(EventKind.values())
      .map(kind -> new SerializedString(kind.name())).toArray(SerializedString[]::new);

  private static final List<String> EVENT_FIELDS = List.of("todoId", "kind", "date");
  private static final String[] EVENT_REQUIRED = EVENT_FIELDS.toArray(String[]::new);
  private static final List<String> ACCOUNT_FIELDS = List.of("accountId", "programId",
      "programVersion", "startDate", "touchModel", "events");
  private static final List<String> DOCUMENT_FIELDS = withVersion(ACCOUNT_FIELDS);
  private static final List<String> LIST_FIELDS = List.of(SchemaVersions.FIELD, "accounts");

  /** The field that each account rule checked by the core builder is about. */
  private static final Map<AccountRule, String> RULE_FIELDS = Map.of(
      AccountRule.ACCOUNT_ID_NOT_BLANK, "accountId",
      AccountRule.VERSION_POSITIVE, "programVersion");

  private AccountStateJson() {
  }

  /**
   * The account-states document: a list of accounts, bound to its own (de)serializer. An
   * account id that appears twice is rejected, so that no written document fails to read.
   */
  record AccountStateList(List<AccountState> accounts) {

    AccountStateList {
      Map<String, Integer> firstIndex = new HashMap<>();
      for (int i = 0; i < accounts.size(); i++) {
        String accountId = accounts.get(i).accountId();
        Integer first = firstIndex.putIfAbsent(accountId, i);
        if (first != null) {
          throw duplicate(accountId, first);
        }
      }
    }
  }

  private static InvalidAccountException duplicate(String accountId, int firstIndex) {
    return new InvalidAccountException(AccountRule.ACCOUNT_ID_UNIQUE, accountId,
        "the account appears again; its first entry is at index " + firstIndex);
  }

  private static List<String> withVersion(List<String> fields) {
    List<String> all = new ArrayList<>();
    all.add(SchemaVersions.FIELD);
    all.addAll(fields);
    return List.copyOf(all);
  }

  static void writeEvent(ProgressEvent event, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeFieldName(TODO_ID);
    out.writeString(event.todoId());
    out.writeFieldName(KIND);
    out.writeString(KIND_NAMES[event.kind().ordinal()]);
    JsonOutput.writeDateField(out, DATE, event.date());
    out.writeEndObject();
  }

  static ProgressEvent readEvent(JsonParser in, DeserializationContext context)
      throws IOException {
    ObjectFields fields = ObjectFields.open(in, context, "progress event", EVENT_FIELDS);
    String todoId = null;
    EventKind kind = null;
    LocalDate date = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "todoId" -> todoId = JsonInput.text(in);
        case "kind" -> kind = JsonInput.enumValue(in, EventKind.class);
        case "date" -> date = JsonInput.date(in);
        default -> fields.unknown();
      }
    }

    fields.require(EVENT_REQUIRED);
    return ProgressEvent.of(todoId, kind, date);
  }

  /** Writes a top-level account-state document, with its {@code schemaVersion}. */
  static void writeDocument(AccountState account, JsonGenerator out) throws IOException {
    out.writeStartObject();
    SchemaVersions.write(out);
    writeFields(account, out);
    out.writeEndObject();
  }

  /** Writes an account as part of another document, without a {@code schemaVersion}. */
  static void writeAccount(AccountState account, JsonGenerator out) throws IOException {
    out.writeStartObject();
    writeFields(account, out);
    out.writeEndObject();
  }

  private static void writeFields(AccountState account, JsonGenerator out) throws IOException {
    out.writeFieldName(ACCOUNT_ID);
    out.writeString(account.accountId());
    out.writeFieldName(PROGRAM_ID);
    out.writeString(account.programId());
    out.writeFieldName(PROGRAM_VERSION);
    out.writeNumber(account.programVersion());
    JsonOutput.writeDateField(out, START_DATE, account.startDate());
    out.writeFieldName(TOUCH_MODEL);
    out.writeString(account.touchModel().name());
    out.writeFieldName(EVENTS);
    out.writeStartArray();
    for (ProgressEvent event : account.events()) {
      writeEvent(event, out);
    }
    out.writeEndArray();
  }

  /** Reads a top-level account-state document, which must carry a {@code schemaVersion}. */
  static AccountState readDocument(JsonParser in, DeserializationContext context)
      throws IOException {
    return readAccount(in, context, true);
  }

  /**
   * Reads an account that carries a {@code schemaVersion} when it is a top-level document,
   * and none when it is part of another document.
   */
  static AccountState readAccount(JsonParser in, DeserializationContext context,
      boolean topLevel) throws IOException {
    ObjectFields fields = ObjectFields.open(in, context, "account state",
        topLevel ? DOCUMENT_FIELDS : ACCOUNT_FIELDS);
    ImmutableAccountState.Builder account = AccountState.builder();
    while (fields.next()) {
      switch (fields.name()) {
        case SchemaVersions.FIELD -> {
          if (topLevel) {
            SchemaVersions.read(in);
          } else {
            fields.unknown();
          }
        }
        case "accountId" -> account.accountId(JsonInput.text(in));
        case "programId" -> account.programId(JsonInput.text(in));
        case "programVersion" -> account.programVersion(JsonInput.integer(in));
        case "startDate" -> account.startDate(JsonInput.date(in));
        case "touchModel" -> account.touchModel(JsonInput.enumValue(in, TouchModel.class));
        case "events" -> account.events(JsonInput.list(in, event -> readEvent(event, context)));
        default -> fields.unknown();
      }
    }

    if (topLevel) {
      SchemaVersions.require(fields);
    }
    fields.require("accountId", "programId", "programVersion", "startDate", "touchModel");
    return fields.build(account::build, RULE_FIELDS);
  }

  static void writeList(AccountStateList document, JsonGenerator out) throws IOException {
    out.writeStartObject();
    SchemaVersions.write(out);
    out.writeArrayFieldStart("accounts");
    for (AccountState account : document.accounts()) {
      writeAccount(account, out);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  /**
   * Reads an account-states document. An account id that appears twice is rejected at the
   * second one, because a portfolio board shows each account once.
   */
  static AccountStateList readList(JsonParser in, DeserializationContext context)
      throws IOException {
    ObjectFields fields = ObjectFields.open(in, context, "account-states document",
        LIST_FIELDS);
    List<AccountState> accounts = List.of();
    while (fields.next()) {
      switch (fields.name()) {
        case SchemaVersions.FIELD -> SchemaVersions.read(in);
        case "accounts" -> accounts = readAccounts(in, context);
        default -> fields.unknown();
      }
    }

    SchemaVersions.require(fields);
    fields.require("accounts");
    return new AccountStateList(List.copyOf(accounts));
  }

  private static List<AccountState> readAccounts(JsonParser in, DeserializationContext context)
      throws IOException {
    Map<String, Integer> firstIndex = new HashMap<>();
    return JsonInput.list(in, element -> {
      String pointer = JsonInput.pointer(element);
      JsonLocation location = element.currentTokenLocation();
      AccountState account = readAccount(element, context, false);
      Integer first = firstIndex.putIfAbsent(account.accountId(), firstIndex.size());
      if (first != null) {
        throw JsonInput.mismatch(element, pointer + "/accountId", location,
            duplicate(account.accountId(), first).getMessage(), AccountRule.ACCOUNT_ID_UNIQUE);
      }
      return account;
    });
  }
}
