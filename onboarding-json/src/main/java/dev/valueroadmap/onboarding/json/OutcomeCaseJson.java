package dev.valueroadmap.onboarding.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.valueroadmap.onboarding.continuation.Expansion;
import dev.valueroadmap.onboarding.continuation.ImmutableOutcomeCase;
import dev.valueroadmap.onboarding.continuation.Outcome;
import dev.valueroadmap.onboarding.continuation.OutcomeCase;
import dev.valueroadmap.onboarding.program.TouchModel;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The JSON form of the renewal sheet: one object per outcome case, and the outcome-cases
 * document that lists them under a {@code schemaVersion}. An optional value that is empty
 * is written as {@code null}, so that every row shows every column; reading accepts
 * {@code null} or an absent field for it.
 */
final class OutcomeCaseJson {

  private static final List<String> CASE_FIELDS = List.of("accountId", "furthestMilestone",
      "outcome", "expansion", "decidedOn", "touchModel");
  private static final List<String> DOCUMENT_FIELDS =
      List.of(SchemaVersions.FIELD, "outcomeCases");

  private OutcomeCaseJson() {
  }

  /** The outcome-cases document: a list of cases, bound to its own (de)serializer. */
  record OutcomeCaseList(List<OutcomeCase> cases) {
  }

  static void writeCase(OutcomeCase outcomeCase, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("accountId", outcomeCase.accountId());
    JsonOutput.writeOptional(out, "furthestMilestone", outcomeCase.furthestMilestone());
    out.writeStringField("outcome", outcomeCase.outcome().name());
    out.writeStringField("expansion", outcomeCase.expansion().name());
    JsonOutput.writeOptional(out, "decidedOn",
        outcomeCase.decidedOn().map(DateTimeFormatter.ISO_LOCAL_DATE::format));
    JsonOutput.writeOptional(out, "touchModel", outcomeCase.touchModel().map(TouchModel::name));
    out.writeEndObject();
  }

  static OutcomeCase readCase(JsonParser in, DeserializationContext context)
      throws IOException {
    ObjectFields fields = ObjectFields.open(in, context, "outcome case", CASE_FIELDS);
    ImmutableOutcomeCase.Builder outcomeCase = OutcomeCase.builder();
    while (fields.next()) {
      boolean empty = JsonInput.isNull(in);
      switch (fields.name()) {
        case "accountId" -> outcomeCase.accountId(JsonInput.text(in));
        case "furthestMilestone" ->
            outcomeCase.furthestMilestone(empty ? Optional.empty() : Optional.of(JsonInput.text(in)));
        case "outcome" -> outcomeCase.outcome(JsonInput.enumValue(in, Outcome.class));
        case "expansion" -> outcomeCase.expansion(JsonInput.enumValue(in, Expansion.class));
        case "decidedOn" ->
            outcomeCase.decidedOn(empty ? Optional.empty() : Optional.of(JsonInput.date(in)));
        case "touchModel" -> outcomeCase.touchModel(
            empty ? Optional.empty() : Optional.of(JsonInput.enumValue(in, TouchModel.class)));
        default -> fields.unknown();
      }
    }

    fields.require("accountId", "outcome");
    return fields.build(outcomeCase::build);
  }

  static void writeDocument(OutcomeCaseList document, JsonGenerator out) throws IOException {
    out.writeStartObject();
    SchemaVersions.write(out);
    out.writeArrayFieldStart("outcomeCases");
    for (OutcomeCase outcomeCase : document.cases()) {
      writeCase(outcomeCase, out);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  static OutcomeCaseList readDocument(JsonParser in, DeserializationContext context)
      throws IOException {
    ObjectFields fields = ObjectFields.open(in, context, "outcome-cases document",
        DOCUMENT_FIELDS);
    List<OutcomeCase> cases = List.of();
    while (fields.next()) {
      switch (fields.name()) {
        case SchemaVersions.FIELD -> SchemaVersions.read(in);
        case "outcomeCases" -> cases = JsonInput.list(in, element -> readCase(element, context));
        default -> fields.unknown();
      }
    }

    SchemaVersions.require(fields);
    fields.require("outcomeCases");
    return new OutcomeCaseList(List.copyOf(cases));
  }
}
