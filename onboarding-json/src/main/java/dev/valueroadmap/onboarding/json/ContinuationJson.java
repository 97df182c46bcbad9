package dev.valueroadmap.onboarding.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.valueroadmap.onboarding.continuation.AnalysisParameters;
import dev.valueroadmap.onboarding.continuation.AnalysisSeries;
import dev.valueroadmap.onboarding.continuation.ContinuationAnalysis;
import dev.valueroadmap.onboarding.continuation.ImmutableAnalysisParameters;
import dev.valueroadmap.onboarding.continuation.ImmutableAnalysisSeries;
import dev.valueroadmap.onboarding.continuation.ImmutableContinuationAnalysis;
import dev.valueroadmap.onboarding.continuation.ImmutableMilestoneStatistics;
import dev.valueroadmap.onboarding.continuation.ImmutableMonthlyAnalysis;
import dev.valueroadmap.onboarding.continuation.MilestoneStatistics;
import dev.valueroadmap.onboarding.continuation.MonthlyAnalysis;
import dev.valueroadmap.onboarding.continuation.RateEstimate;
import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The JSON form of the continuation analysis and of its monthly series.
 *
 * <p>Each milestone entry spells out its counts and its renewal rates with their Wilson
 * score bounds as JSON numbers, and an absent value as {@code null}. A rate is written so
 * that it reads back as the same {@code double}; the reader checks each written rate against
 * its counts. The confidence level of every interval is the analysis parameters' level, so
 * it is written once.
 */
final class ContinuationJson {

  private static final List<String> PARAMETER_FIELDS =
      List.of("targetRenewalRate", "confidenceLevel", "minimumAccounts");
  private static final List<String> ANALYSIS_FIELDS = List.of(SchemaVersions.FIELD,
      "parameters", "continuationPoint", "closestMilestone", "cases", "renewed", "undecided",
      "reachedNone", "milestones");
  private static final List<String> MILESTONE_FIELDS = List.of("id", "position", "reached",
      "renewedReached", "renewalRateReached", "wilsonLower", "wilsonUpper", "notReached",
      "renewedNotReached", "renewalRateNotReached", "wilsonLowerNotReached",
      "wilsonUpperNotReached", "expansionKnownReached", "expandedReached",
      "expansionRateReached", "expansionLower", "expansionUpper", "stoppedHere",
      "rateDifference", "lift", "fisherPValue", "lowSample", "qualifies");
  private static final List<String> SERIES_FIELDS = List.of(SchemaVersions.FIELD,
      "windowMonths", "undatedCases", "undatedDecidedCases", "casesOutsideWindows", "entries");
  private static final List<String> MONTH_FIELDS = List.of("month", "windowStart", "analysis");

  private ContinuationJson() {
  }

  static void writeAnalysis(ContinuationAnalysis analysis, JsonGenerator out)
      throws IOException {
    writeAnalysis(analysis, out, true);
  }

  private static void writeAnalysis(ContinuationAnalysis analysis, JsonGenerator out,
      boolean topLevel) throws IOException {
    out.writeStartObject();
    if (topLevel) {
      SchemaVersions.write(out);
    }
    AnalysisParameters parameters = analysis.parameters();
    out.writeObjectFieldStart("parameters");
    out.writeNumberField("targetRenewalRate", parameters.targetRenewalRate());
    out.writeNumberField("confidenceLevel", parameters.confidenceLevel());
    out.writeNumberField("minimumAccounts", parameters.minimumAccounts());
    out.writeEndObject();
    JsonOutput.writeOptional(out, "continuationPoint", analysis.continuationPoint());
    JsonOutput.writeOptional(out, "closestMilestone", analysis.closestMilestone());
    out.writeNumberField("cases", analysis.decidedCases());
    out.writeNumberField("renewed", analysis.renewedCases());
    out.writeNumberField("undecided", analysis.undecidedCases());
    out.writeNumberField("reachedNone", analysis.reachedNone());
    out.writeArrayFieldStart("milestones");
    for (MilestoneStatistics milestone : analysis.milestones()) {
      writeMilestone(milestone, out);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  private static void writeMilestone(MilestoneStatistics milestone, JsonGenerator out)
      throws IOException {
    out.writeStartObject();
    out.writeStringField("id", milestone.milestoneId());
    out.writeNumberField("position", milestone.position());
    out.writeNumberField("reached", milestone.reached());
    out.writeNumberField("renewedReached", milestone.renewedAmongReached());
    writeEstimate(out, milestone.renewalReached(), "renewalRateReached", "wilsonLower",
        "wilsonUpper");
    out.writeNumberField("notReached", milestone.notReached());
    out.writeNumberField("renewedNotReached", milestone.renewedAmongNotReached());
    writeEstimate(out, milestone.renewalNotReached(), "renewalRateNotReached",
        "wilsonLowerNotReached", "wilsonUpperNotReached");
    out.writeNumberField("expansionKnownReached", milestone.expansionKnownAmongReached());
    out.writeNumberField("expandedReached", milestone.expandedAmongReached());
    writeEstimate(out, milestone.expansionReached(), "expansionRateReached", "expansionLower",
        "expansionUpper");
    out.writeNumberField("stoppedHere", milestone.stoppedHere());
    writeOptional(out, "rateDifference", milestone.rateDifference());
    writeOptional(out, "lift", milestone.lift());
    writeOptional(out, "fisherPValue", milestone.fisherPValue());
    out.writeBooleanField("lowSample", milestone.lowSample());
    out.writeBooleanField("qualifies", milestone.qualifies());
    out.writeEndObject();
  }

  private static void writeEstimate(JsonGenerator out, Optional<RateEstimate> estimate,
      String rateField, String lowerField, String upperField) throws IOException {
    writeOptional(out, rateField, estimate.map(RateEstimate::rate));
    writeOptional(out, lowerField, estimate.map(RateEstimate::lowerBound));
    writeOptional(out, upperField, estimate.map(RateEstimate::upperBound));
  }

  private static void writeOptional(JsonGenerator out, String field, Optional<Double> value)
      throws IOException {
    if (value.isPresent()) {
      out.writeNumberField(field, value.get());
    } else {
      out.writeNullField(field);
    }
  }

  private static void writeOptional(JsonGenerator out, String field, OptionalDouble value)
      throws IOException {
    writeOptional(out, field, value.isPresent() ? Optional.of(value.getAsDouble())
        : Optional.empty());
  }

  static ContinuationAnalysis readAnalysis(JsonParser in, DeserializationContext context)
      throws IOException {
    return readAnalysis(in, context, true);
  }

  private static ContinuationAnalysis readAnalysis(JsonParser in,
      DeserializationContext context, boolean topLevel) throws IOException {
    ObjectFields fields = ObjectFields.open(in, context, "continuation analysis",
        topLevel ? ANALYSIS_FIELDS : ANALYSIS_FIELDS.subList(1, ANALYSIS_FIELDS.size()));
    ImmutableContinuationAnalysis.Builder analysis = ImmutableContinuationAnalysis.builder();
    AnalysisParameters parameters = null;
    List<Map<String, Object>> milestones = List.of();
    List<JsonLocation> locations = new ArrayList<>();
    while (fields.next()) {
      boolean empty = JsonInput.isNull(in);
      switch (fields.name()) {
        case SchemaVersions.FIELD -> {
          if (topLevel) {
            SchemaVersions.read(in);
          } else {
            fields.unknown();
          }
        }
        case "parameters" -> parameters = readParameters(in, context);
        case "continuationPoint" -> analysis.continuationPoint(
            empty ? Optional.empty() : Optional.of(JsonInput.text(in)));
        case "closestMilestone" -> analysis.closestMilestone(
            empty ? Optional.empty() : Optional.of(JsonInput.text(in)));
        case "cases" -> analysis.decidedCases(count(in));
        case "renewed" -> analysis.renewedCases(count(in));
        case "undecided" -> analysis.undecidedCases(count(in));
        case "reachedNone" -> analysis.reachedNone(count(in));
        case "milestones" -> milestones = JsonInput.list(in, element -> {
          locations.add(element.currentTokenLocation());
          return readMilestoneFields(element, context);
        });
        default -> fields.unknown();
      }
    }

    if (topLevel) {
      SchemaVersions.require(fields);
    }
    fields.require("parameters", "cases", "renewed", "undecided", "reachedNone",
        "milestones");
    analysis.parameters(parameters);
    for (int i = 0; i < milestones.size(); i++) {
      String pointer = fields.pointer() + "/milestones/" + i;
      analysis.addMilestones(buildMilestone(in, milestones.get(i), parameters, pointer,
          locations.get(i)));
    }
    return fields.build(analysis::build);
  }

  private static AnalysisParameters readParameters(JsonParser in,
      DeserializationContext context) throws IOException {
    ObjectFields fields = ObjectFields.open(in, context, "analysis parameters",
        PARAMETER_FIELDS);
    ImmutableAnalysisParameters.Builder parameters = AnalysisParameters.builder();
    while (fields.next()) {
      switch (fields.name()) {
        case "targetRenewalRate" -> parameters.targetRenewalRate(number(in));
        case "confidenceLevel" -> parameters.confidenceLevel(number(in));
        case "minimumAccounts" -> parameters.minimumAccounts(JsonInput.integer(in));
        default -> fields.unknown();
      }
    }

    fields.require(PARAMETER_FIELDS.toArray(String[]::new));
    return fields.build(parameters::build);
  }

  /**
   * Reads the fields of one milestone entry by name. The entry is built later, because its
   * intervals need the analysis parameters, which may come after the milestones.
   */
  private static Map<String, Object> readMilestoneFields(JsonParser in,
      DeserializationContext context) throws IOException {
    ObjectFields fields = ObjectFields.open(in, context, "milestone statistics",
        MILESTONE_FIELDS);
    Map<String, Object> values = new HashMap<>();
    while (fields.next()) {
      String name = fields.name();
      Object value;
      if (JsonInput.isNull(in)) {
        value = null;
      } else if (name.equals("id")) {
        value = JsonInput.text(in);
      } else if (name.equals("lowSample") || name.equals("qualifies")) {
        value = bool(in);
      } else if (name.equals("position")) {
        value = JsonInput.integer(in);
      } else if (MILESTONE_FIELDS.contains(name) && isCount(name)) {
        value = count(in);
      } else if (MILESTONE_FIELDS.contains(name)) {
        value = number(in);
      } else {
        fields.unknown();
        continue;
      }
      values.put(name, value);
    }

    fields.require("id", "position", "reached", "renewedReached", "notReached",
        "renewedNotReached", "expansionKnownReached", "expandedReached", "stoppedHere",
        "lowSample", "qualifies");
    for (String name : List.of("id", "position", "reached", "renewedReached", "notReached",
        "renewedNotReached", "expansionKnownReached", "expandedReached", "stoppedHere",
        "lowSample", "qualifies")) {
      if (values.get(name) == null) {
        throw JsonInput.mismatch(in, fields.pointer() + "/" + name, fields.location(),
            "field \"" + name + "\" of milestone statistics must not be null", null);
      }
    }
    return values;
  }

  private static boolean isCount(String name) {
    return List.of("reached", "renewedReached", "notReached", "renewedNotReached",
        "expansionKnownReached", "expandedReached", "stoppedHere").contains(name);
  }

  private static MilestoneStatistics buildMilestone(JsonParser in, Map<String, Object> values,
      AnalysisParameters parameters, String pointer, JsonLocation location) throws IOException {
    long reached = (Long) values.get("reached");
    long renewedReached = (Long) values.get("renewedReached");
    long notReached = (Long) values.get("notReached");
    long renewedNotReached = (Long) values.get("renewedNotReached");
    long known = (Long) values.get("expansionKnownReached");
    long expanded = (Long) values.get("expandedReached");
    double level = parameters.confidenceLevel();
    try {
      return ImmutableMilestoneStatistics.builder()
          .milestoneId((String) values.get("id"))
          .position((Integer) values.get("position"))
          .reached(reached)
          .renewedAmongReached(renewedReached)
          .notReached(notReached)
          .renewedAmongNotReached(renewedNotReached)
          .expansionKnownAmongReached(known)
          .expandedAmongReached(expanded)
          .stoppedHere((Long) values.get("stoppedHere"))
          .renewalReached(estimate(in, values, pointer, location, renewedReached, reached, level,
              "renewalRateReached", "wilsonLower", "wilsonUpper"))
          .renewalNotReached(estimate(in, values, pointer, location, renewedNotReached,
              notReached, level, "renewalRateNotReached", "wilsonLowerNotReached",
              "wilsonUpperNotReached"))
          .expansionReached(estimate(in, values, pointer, location, expanded, known, level,
              "expansionRateReached", "expansionLower", "expansionUpper"))
          .rateDifference(optional(values.get("rateDifference")))
          .lift(optional(values.get("lift")))
          .fisherPValue(optional(values.get("fisherPValue")))
          .lowSample((Boolean) values.get("lowSample"))
          .qualifies((Boolean) values.get("qualifies"))
          .build();
    } catch (IllegalArgumentException e) {
      throw JsonInput.mismatch(in, pointer, location, e.getMessage(), null);
    }
  }

  /**
   * Builds the rate estimate of {@code successes} in {@code trials}: empty when the bounds
   * are null. The written rate, when present, must equal {@code successes / trials}.
   */
  private static Optional<RateEstimate> estimate(JsonParser in, Map<String, Object> values,
      String pointer, JsonLocation location, long successes, long trials, double level,
      String rateField, String lowerField, String upperField) throws IOException {
    Object lower = values.get(lowerField);
    Object upper = values.get(upperField);
    Object rate = values.get(rateField);
    if (lower == null && upper == null && rate == null) {
      return Optional.empty();
    }
    for (String field : List.of(lowerField, upperField)) {
      if (values.get(field) == null) {
        throw JsonInput.mismatch(in, pointer + "/" + field, location, "missing value of \""
            + field + "\"; the rate \"" + rateField + "\" and both bounds are numbers or "
            + "all three are null", null);
      }
    }
    RateEstimate estimate = RateEstimate.of(successes, trials, (Double) lower, (Double) upper,
        level);
    if (rate != null && (Double) rate != estimate.rate()) {
      throw JsonInput.mismatch(in, pointer + "/" + rateField, location, "the rate " + rate
          + " does not match the counts " + successes + " of " + trials + ", which give "
          + estimate.rate(), null);
    }
    return Optional.of(estimate);
  }

  private static OptionalDouble optional(Object value) {
    return value == null ? OptionalDouble.empty() : OptionalDouble.of((Double) value);
  }

  /** Reads a JSON number as the nearest {@code double}; a written double reads back equal. */
  private static double number(JsonParser in) throws IOException {
    return JsonInput.decimal(in).doubleValue();
  }

  private static long count(JsonParser in) throws IOException {
    if (in.currentToken() != JsonToken.VALUE_NUMBER_INT
        || in.getNumberType() == JsonParser.NumberType.BIG_INTEGER || in.getLongValue() < 0) {
      throw JsonInput.mismatch(in, "expected a count, an integer from 0 to " + Long.MAX_VALUE
          + ", but found " + JsonInput.describe(in));
    }
    return in.getLongValue();
  }

  private static boolean bool(JsonParser in) throws IOException {
    if (!in.currentToken().isBoolean()) {
      throw JsonInput.mismatch(in, "expected true or false but found " + JsonInput.describe(in));
    }
    return in.getBooleanValue();
  }

  static void writeSeries(AnalysisSeries series, JsonGenerator out) throws IOException {
    out.writeStartObject();
    SchemaVersions.write(out);
    out.writeNumberField("windowMonths", series.windowMonths());
    out.writeNumberField("undatedCases", series.undatedCases());
    out.writeNumberField("undatedDecidedCases", series.undatedDecidedCases());
    out.writeNumberField("casesOutsideWindows", series.casesOutsideWindows());
    out.writeArrayFieldStart("entries");
    for (MonthlyAnalysis entry : series.entries()) {
      out.writeStartObject();
      out.writeStringField("month", entry.month().toString());
      out.writeStringField("windowStart", JsonOutput.date(entry.windowStart()));
      out.writeFieldName("analysis");
      writeAnalysis(entry.analysis(), out, false);
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  static AnalysisSeries readSeries(JsonParser in, DeserializationContext context)
      throws IOException {
    ObjectFields fields = ObjectFields.open(in, context, "analysis series", SERIES_FIELDS);
    ImmutableAnalysisSeries.Builder series = ImmutableAnalysisSeries.builder();
    while (fields.next()) {
      switch (fields.name()) {
        case SchemaVersions.FIELD -> SchemaVersions.read(in);
        case "windowMonths" -> series.windowMonths(JsonInput.integer(in));
        case "undatedCases" -> series.undatedCases(count(in));
        case "undatedDecidedCases" -> series.undatedDecidedCases(count(in));
        case "casesOutsideWindows" -> series.casesOutsideWindows(count(in));
        case "entries" -> series.entries(JsonInput.list(in, item -> readMonth(item, context)));
        default -> fields.unknown();
      }
    }

    SchemaVersions.require(fields);
    fields.require(SERIES_FIELDS.subList(1, SERIES_FIELDS.size()).toArray(String[]::new));
    return fields.build(series::build);
  }

  private static MonthlyAnalysis readMonth(JsonParser in, DeserializationContext context)
      throws IOException {
    ObjectFields fields = ObjectFields.open(in, context, "monthly analysis", MONTH_FIELDS);
    ImmutableMonthlyAnalysis.Builder month = ImmutableMonthlyAnalysis.builder();
    while (fields.next()) {
      switch (fields.name()) {
        case "month" -> month.month(yearMonth(in));
        case "windowStart" -> month.windowStart(JsonInput.date(in));
        case "analysis" -> month.analysis(readAnalysis(in, context, false));
        default -> fields.unknown();
      }
    }

    fields.require(MONTH_FIELDS.toArray(String[]::new));
    return fields.build(month::build);
  }

  private static YearMonth yearMonth(JsonParser in) throws IOException {
    String text = JsonInput.text(in);
    try {
      return YearMonth.parse(text);
    } catch (DateTimeParseException e) {
      throw JsonInput.mismatch(in, "expected an ISO-8601 month such as \"2024-01\" but found "
          + JsonInput.describe(in));
    }
  }
}
