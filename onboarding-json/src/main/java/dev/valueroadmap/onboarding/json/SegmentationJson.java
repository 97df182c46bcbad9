package dev.valueroadmap.onboarding.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.valueroadmap.onboarding.json.AllocationRequest.Violation;
import dev.valueroadmap.onboarding.program.TouchModel;
import dev.valueroadmap.onboarding.segmentation.AccountValue;
import dev.valueroadmap.onboarding.segmentation.ImmutableAccountValue;
import dev.valueroadmap.onboarding.segmentation.ImmutableSegmentationPolicy;
import dev.valueroadmap.onboarding.segmentation.ImmutableTouchModelEffort;
import dev.valueroadmap.onboarding.segmentation.Money;
import dev.valueroadmap.onboarding.segmentation.SegmentationPolicy;
import dev.valueroadmap.onboarding.segmentation.SegmentationRule;
import dev.valueroadmap.onboarding.segmentation.TouchModelEffort;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON form of the inputs of touch-model allocation: money, accounts, the segmentation
 * policy, the effort model and the allocation-request document that combines them.
 *
 * <p>Money is an object of an exact {@code amount} and an ISO 4217 {@code currency} code.
 * Amounts, rates and hours are JSON numbers written so that they read back with the same
 * {@code BigDecimal} scale. An empty optional is written as {@code null} and read from
 * {@code null} or an absent field. Reading goes through the core builders; a broken
 * segmentation rule is reported at the field that breaks it.
 */
final class SegmentationJson {

  private static final List<String> MONEY_FIELDS = List.of("amount", "currency");
  private static final List<String> ACCOUNT_FIELDS = List.of("id", "annualRecurringRevenue",
      "grossMargin", "lifetimeYears", "annualChurnRate", "statedLifetimeValue",
      "pinnedTouchModel");
  private static final List<String> POLICY_FIELDS = List.of("highTouchMinimumLifetimeValue",
      "lowTouchMinimumLifetimeValue", "capacityHoursPerMonth", "csManagers");
  private static final List<String> EFFORT_FIELDS = List.of("highTouchHoursPerMonth",
      "lowTouchHoursPerMonth", "techTouchHoursPerMonth");
  private static final List<String> REQUEST_FIELDS =
      List.of(SchemaVersions.FIELD, "policy", "effort", "accounts");

  /** The field of an account that each rule checked by the core builder is about. */
  private static final Map<SegmentationRule, String> ACCOUNT_RULE_FIELDS = Map.of(
      SegmentationRule.ACCOUNT_ID_NOT_BLANK, "id",
      SegmentationRule.REVENUE_NOT_NEGATIVE, "annualRecurringRevenue",
      SegmentationRule.GROSS_MARGIN_IN_RANGE, "grossMargin",
      SegmentationRule.LIFETIME_YEARS_POSITIVE, "lifetimeYears",
      SegmentationRule.CHURN_RATE_IN_RANGE, "annualChurnRate",
      SegmentationRule.LIFETIME_VALUE_NOT_NEGATIVE, "statedLifetimeValue",
      SegmentationRule.ONE_CURRENCY, "statedLifetimeValue");

  /**
   * The field of a policy that each rule is about. The order of the two minimums is
   * reported at the policy, because either minimum may be the wrong one.
   */
  private static final Map<SegmentationRule, String> POLICY_RULE_FIELDS = Map.of(
      SegmentationRule.ONE_CURRENCY, "lowTouchMinimumLifetimeValue",
      SegmentationRule.CAPACITY_NOT_NEGATIVE, "capacityHoursPerMonth",
      SegmentationRule.MANAGERS_POSITIVE, "csManagers");

  private SegmentationJson() {
  }

  static void writeMoney(Money money, JsonGenerator out) throws IOException {
    out.writeStartObject();
    JsonOutput.writeDecimalField(out, "amount", money.amount());
    out.writeStringField("currency", money.currency().getCurrencyCode());
    out.writeEndObject();
  }

  static void writeMoneyField(JsonGenerator out, String field, Money money)
      throws IOException {
    out.writeFieldName(field);
    writeMoney(money, out);
  }

  static Money readMoney(JsonParser in, DeserializationContext context) throws IOException {
    ObjectFields fields = ObjectFields.open(in, context, "money", MONEY_FIELDS);
    BigDecimal amount = null;
    Currency currency = null;
    while (fields.next()) {
      switch (fields.name()) {
        case "amount" -> amount = JsonInput.decimal(in);
        case "currency" -> currency = JsonInput.currency(in);
        default -> fields.unknown();
      }
    }

    fields.require(MONEY_FIELDS.toArray(String[]::new));
    return Money.of(amount, currency);
  }

  static void writeAccount(AccountValue account, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("id", account.id());
    writeMoneyField(out, "annualRecurringRevenue", account.annualRecurringRevenue());
    JsonOutput.writeDecimalField(out, "grossMargin", account.grossMargin());
    writeOptionalDecimal(out, "lifetimeYears", account.lifetimeYears());
    writeOptionalDecimal(out, "annualChurnRate", account.annualChurnRate());
    out.writeFieldName("statedLifetimeValue");
    if (account.statedLifetimeValue().isPresent()) {
      writeMoney(account.statedLifetimeValue().get(), out);
    } else {
      out.writeNull();
    }
    JsonOutput.writeOptional(out, "pinnedTouchModel",
        account.pinnedTouchModel().map(TouchModel::name));
    out.writeEndObject();
  }

  private static void writeOptionalDecimal(JsonGenerator out, String field,
      Optional<BigDecimal> value) throws IOException {
    if (value.isPresent()) {
      JsonOutput.writeDecimalField(out, field, value.get());
    } else {
      out.writeNullField(field);
    }
  }

  /**
   * Reads an account. {@code grossMargin} may be left out (1); the optional fields may be
   * {@code null} or left out.
   */
  static AccountValue readAccount(JsonParser in, DeserializationContext context)
      throws IOException {
    ObjectFields fields = ObjectFields.open(in, context, "account", ACCOUNT_FIELDS);
    ImmutableAccountValue.Builder account = AccountValue.builder();
    while (fields.next()) {
      boolean empty = JsonInput.isNull(in);
      switch (fields.name()) {
        case "id" -> account.id(JsonInput.text(in));
        case "annualRecurringRevenue" -> account.annualRecurringRevenue(readMoney(in, context));
        case "grossMargin" -> account.grossMargin(JsonInput.decimal(in));
        case "lifetimeYears" -> account.lifetimeYears(
            empty ? Optional.empty() : Optional.of(JsonInput.decimal(in)));
        case "annualChurnRate" -> account.annualChurnRate(
            empty ? Optional.empty() : Optional.of(JsonInput.decimal(in)));
        case "statedLifetimeValue" -> account.statedLifetimeValue(
            empty ? Optional.empty() : Optional.of(readMoney(in, context)));
        case "pinnedTouchModel" -> account.pinnedTouchModel(empty ? Optional.empty()
            : Optional.of(JsonInput.enumValue(in, TouchModel.class)));
        default -> fields.unknown();
      }
    }

    fields.require("id", "annualRecurringRevenue");
    return fields.buildSegmentation(account::build, ACCOUNT_RULE_FIELDS);
  }

  static void writePolicy(SegmentationPolicy policy, JsonGenerator out) throws IOException {
    out.writeStartObject();
    writeMoneyField(out, "highTouchMinimumLifetimeValue",
        policy.highTouchMinimumLifetimeValue());
    writeMoneyField(out, "lowTouchMinimumLifetimeValue", policy.lowTouchMinimumLifetimeValue());
    JsonOutput.writeDecimalField(out, "capacityHoursPerMonth", policy.capacityHoursPerMonth());
    out.writeFieldName("csManagers");
    if (policy.csManagers().isPresent()) {
      out.writeNumber(policy.csManagers().getAsInt());
    } else {
      out.writeNull();
    }
    out.writeEndObject();
  }

  /** Reads a policy; {@code csManagers} may be {@code null} or left out. */
  static SegmentationPolicy readPolicy(JsonParser in, DeserializationContext context)
      throws IOException {
    ObjectFields fields = ObjectFields.open(in, context, "segmentation policy",
        POLICY_FIELDS);
    ImmutableSegmentationPolicy.Builder policy = SegmentationPolicy.builder();
    while (fields.next()) {
      switch (fields.name()) {
        case "highTouchMinimumLifetimeValue" ->
            policy.highTouchMinimumLifetimeValue(readMoney(in, context));
        case "lowTouchMinimumLifetimeValue" ->
            policy.lowTouchMinimumLifetimeValue(readMoney(in, context));
        case "capacityHoursPerMonth" -> policy.capacityHoursPerMonth(JsonInput.decimal(in));
        case "csManagers" -> {
          if (!JsonInput.isNull(in)) {
            policy.csManagers(JsonInput.integer(in));
          }
        }
        default -> fields.unknown();
      }
    }

    fields.require("highTouchMinimumLifetimeValue", "lowTouchMinimumLifetimeValue",
        "capacityHoursPerMonth");
    return fields.buildSegmentation(policy::build, POLICY_RULE_FIELDS);
  }

  static void writeEffort(TouchModelEffort effort, JsonGenerator out) throws IOException {
    out.writeStartObject();
    JsonOutput.writeDecimalField(out, "highTouchHoursPerMonth", effort.highTouchHoursPerMonth());
    JsonOutput.writeDecimalField(out, "lowTouchHoursPerMonth", effort.lowTouchHoursPerMonth());
    JsonOutput.writeDecimalField(out, "techTouchHoursPerMonth", effort.techTouchHoursPerMonth());
    out.writeEndObject();
  }

  /** Reads an effort model; a negative amount of hours is reported at its field. */
  static TouchModelEffort readEffort(JsonParser in, DeserializationContext context)
      throws IOException {
    ObjectFields fields = ObjectFields.open(in, context, "touch-model effort", EFFORT_FIELDS);
    ImmutableTouchModelEffort.Builder effort = ImmutableTouchModelEffort.builder();
    SegmentationRule rule = SegmentationRule.EFFORT_NOT_NEGATIVE;
    while (fields.next()) {
      switch (fields.name()) {
        case "highTouchHoursPerMonth" -> effort.highTouchHoursPerMonth(hours(in, rule));
        case "lowTouchHoursPerMonth" -> effort.lowTouchHoursPerMonth(hours(in, rule));
        case "techTouchHoursPerMonth" -> effort.techTouchHoursPerMonth(hours(in, rule));
        default -> fields.unknown();
      }
    }

    fields.require(EFFORT_FIELDS.toArray(String[]::new));
    return fields.buildSegmentation(effort::build, Map.of());
  }

  /**
   * Reads hours per month, at least 0, so that a negative value is reported at its field.
   *
   * @param rule the rule that a negative value breaks, or null when it is not a rule
   */
  static BigDecimal hours(JsonParser in, SegmentationRule rule) throws IOException {
    BigDecimal hours = JsonInput.decimal(in);
    if (hours.signum() < 0) {
      throw JsonInput.mismatch(in, JsonInput.pointer(in), in.currentTokenLocation(),
          "expected hours per month of at least 0 but found the number " + in.getText(),
          rule);
    }
    return hours;
  }

  static void writeRequest(AllocationRequest request, JsonGenerator out) throws IOException {
    out.writeStartObject();
    SchemaVersions.write(out);
    out.writeFieldName("policy");
    writePolicy(request.policy(), out);
    out.writeFieldName("effort");
    writeEffort(request.effort(), out);
    out.writeArrayFieldStart("accounts");
    for (AccountValue account : request.accounts()) {
      writeAccount(account, out);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  /**
   * Reads an allocation-request document. An account id that appears twice is rejected at
   * the second one, and an account in another currency than the policy at its currency.
   */
  static AllocationRequest readRequest(JsonParser in, DeserializationContext context)
      throws IOException {
    ObjectFields fields = ObjectFields.open(in, context, "allocation request",
        REQUEST_FIELDS);
    SegmentationPolicy policy = null;
    TouchModelEffort effort = null;
    List<AccountValue> accounts = List.of();
    List<String> pointers = new ArrayList<>();
    List<JsonLocation> locations = new ArrayList<>();
    while (fields.next()) {
      switch (fields.name()) {
        case SchemaVersions.FIELD -> SchemaVersions.read(in);
        case "policy" -> policy = readPolicy(in, context);
        case "effort" -> effort = readEffort(in, context);
        case "accounts" -> accounts = JsonInput.list(in, element -> {
          pointers.add(JsonInput.pointer(element));
          locations.add(element.currentTokenLocation());
          return readAccount(element, context);
        });
        default -> fields.unknown();
      }
    }

    SchemaVersions.require(fields);
    fields.require(REQUEST_FIELDS.subList(1, REQUEST_FIELDS.size()).toArray(String[]::new));
    Violation violation = AllocationRequest.firstViolation(policy, accounts);
    if (violation != null) {
      int index = violation.index();
      throw JsonInput.mismatch(in, pointers.get(index) + violation.field(),
          locations.get(index), violation.exception().getMessage(),
          violation.exception().rule());
    }
    return new AllocationRequest(policy, effort, accounts);
  }
}
