package dev.valueroadmap.onboarding.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.valueroadmap.onboarding.program.TouchModel;
import dev.valueroadmap.onboarding.segmentation.AccountValue;
import dev.valueroadmap.onboarding.segmentation.Allocation;
import dev.valueroadmap.onboarding.segmentation.ManagerLoad;
import dev.valueroadmap.onboarding.segmentation.Placement;
import dev.valueroadmap.onboarding.segmentation.SegmentationRule;
import dev.valueroadmap.onboarding.segmentation.TouchModelSummary;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * The JSON form of a touch-model allocation, an output document.
 *
 * <p>The document contains the allocation's inputs as far as the allocation keeps them:
 * the currency, the capacity, each placement's account, eligible touch model, touch model
 * and hours, and the number of CS managers. Everything else is derived from them: each
 * placement's lifetime value, reason and hours left before it, the summaries, the hours
 * used, the pinned hours, the two over-capacity flags and the load per manager. The reader
 * computes the derived fields again and rejects a field that differs, at its pointer, as
 * the progress-report reader does. Derived fields may be left out.
 *
 * <p>The hours needed are derived from the effort of the touch models that the accounts are
 * eligible for. The document shows the effort of a touch model only through the placements
 * on it, so the reader checks {@code hoursNeededPerMonth} when every touch model it counts
 * has a placement, and otherwise requires the field and takes it as written.
 */
final class AllocationJson {

  private static final List<String> DERIVED_FIELDS = List.of("summaries",
      "hoursUsedPerMonth", "pinnedHoursPerMonth", "pinnedOverCapacity", "overCapacity");
  private static final List<String> ALLOCATION_FIELDS = List.of(SchemaVersions.FIELD,
      "currency", "capacityHoursPerMonth", "placements", "summaries", "hoursUsedPerMonth",
      "pinnedHoursPerMonth", "pinnedOverCapacity", "overCapacity", "hoursNeededPerMonth",
      "managerLoad");
  private static final List<String> DERIVED_PLACEMENT_FIELDS =
      List.of("lifetimeValue", "reason", "hoursLeftBefore");
  private static final List<String> PLACEMENT_FIELDS = List.of("account", "lifetimeValue",
      "eligibleTouchModel", "touchModel", "reason", "hoursPerMonth", "hoursLeftBefore");
  private static final List<String> DERIVED_LOAD_FIELDS = List.of("accountsPerManager",
      "accountsPerManagerByTouchModel", "hoursPerMonthPerManager");
  private static final List<String> LOAD_FIELDS = List.of("managers", "accountsPerManager",
      "accountsPerManagerByTouchModel", "hoursPerMonthPerManager");

  private AllocationJson() {
  }

  static void writeAllocation(Allocation allocation, JsonGenerator out) throws IOException {
    out.writeStartObject();
    SchemaVersions.write(out);
    out.writeStringField("currency", allocation.currency().getCurrencyCode());
    JsonOutput.writeDecimalField(out, "capacityHoursPerMonth",
        allocation.capacityHoursPerMonth());
    out.writeArrayFieldStart("placements");
    for (Placement placement : allocation.placements()) {
      writePlacement(placement, out);
    }
    out.writeEndArray();
    writeDerived(allocation, out);
    JsonOutput.writeDecimalField(out, "hoursNeededPerMonth", allocation.hoursNeededPerMonth());
    out.writeFieldName("managerLoad");
    if (allocation.managerLoad().isPresent()) {
      writeManagerLoad(allocation.managerLoad().get(), out);
    } else {
      out.writeNull();
    }
    out.writeEndObject();
  }

  /** Writes the top-level fields that the reader derives, in document order. */
  private static void writeDerived(Allocation allocation, JsonGenerator out)
      throws IOException {
    out.writeArrayFieldStart("summaries");
    for (TouchModelSummary summary : allocation.summaries()) {
      writeSummary(summary, out);
    }
    out.writeEndArray();
    JsonOutput.writeDecimalField(out, "hoursUsedPerMonth", allocation.hoursUsedPerMonth());
    JsonOutput.writeDecimalField(out, "pinnedHoursPerMonth", allocation.pinnedHoursPerMonth());
    out.writeBooleanField("pinnedOverCapacity", allocation.pinnedOverCapacity());
    out.writeBooleanField("overCapacity", allocation.overCapacity());
  }

  private static void writePlacement(Placement placement, JsonGenerator out)
      throws IOException {
    out.writeStartObject();
    out.writeFieldName("account");
    SegmentationJson.writeAccount(placement.account(), out);
    SegmentationJson.writeMoneyField(out, "lifetimeValue", placement.lifetimeValue());
    out.writeStringField("eligibleTouchModel", placement.eligibleTouchModel().name());
    out.writeStringField("touchModel", placement.touchModel().name());
    out.writeStringField("reason", placement.reason().name());
    JsonOutput.writeDecimalField(out, "hoursPerMonth", placement.hoursPerMonth());
    JsonOutput.writeDecimalField(out, "hoursLeftBefore", placement.hoursLeftBefore());
    out.writeEndObject();
  }

  private static void writeDerivedPlacement(Placement placement, JsonGenerator out)
      throws IOException {
    SegmentationJson.writeMoneyField(out, "lifetimeValue", placement.lifetimeValue());
    out.writeStringField("reason", placement.reason().name());
    JsonOutput.writeDecimalField(out, "hoursLeftBefore", placement.hoursLeftBefore());
  }

  private static void writeSummary(TouchModelSummary summary, JsonGenerator out)
      throws IOException {
    out.writeStartObject();
    out.writeStringField("touchModel", summary.touchModel().name());
    out.writeArrayFieldStart("accountIds");
    for (String accountId : summary.accountIds()) {
      out.writeString(accountId);
    }
    out.writeEndArray();
    JsonOutput.writeDecimalField(out, "hoursPerMonth", summary.hoursPerMonth());
    SegmentationJson.writeMoneyField(out, "lifetimeValue", summary.lifetimeValue());
    out.writeEndObject();
  }

  private static void writeManagerLoad(ManagerLoad load, JsonGenerator out)
      throws IOException {
    out.writeStartObject();
    out.writeNumberField("managers", load.managers());
    writeDerivedLoad(load, out);
    out.writeEndObject();
  }

  private static void writeDerivedLoad(ManagerLoad load, JsonGenerator out)
      throws IOException {
    JsonOutput.writeDecimalField(out, "accountsPerManager", load.accountsPerManager());
    out.writeObjectFieldStart("accountsPerManagerByTouchModel");
    for (TouchModel touchModel : TouchModel.values()) {
      JsonOutput.writeDecimalField(out, touchModel.name(),
          load.accountsPerManager(touchModel));
    }
    out.writeEndObject();
    JsonOutput.writeDecimalField(out, "hoursPerMonthPerManager",
        load.hoursPerMonthPerManager());
  }

  /**
   * Reads an allocation: the inputs, from which the allocation is computed again, and the
   * derived fields, each checked against the computation.
   */
  static Allocation readAllocation(JsonParser in, DeserializationContext context)
      throws IOException {
    ObjectFields fields = ObjectFields.open(in, context, "allocation", ALLOCATION_FIELDS);
    DerivedFields derived = new DerivedFields(fields.pointer());
    Currency currency = null;
    BigDecimal capacity = null;
    List<AllocationReplay.PlacementInput> placements = List.of();
    BigDecimal hoursNeeded = null;
    JsonLocation neededLocation = fields.location();
    AllocationReplay.LoadInput managerLoad = null;
    while (fields.next()) {
      String name = fields.name();
      switch (name) {
        case SchemaVersions.FIELD -> SchemaVersions.read(in);
        case "currency" -> currency = JsonInput.currency(in);
        case "capacityHoursPerMonth" -> capacity =
            SegmentationJson.hours(in, SegmentationRule.CAPACITY_NOT_NEGATIVE);
        case "placements" ->
            placements = JsonInput.list(in, element -> readPlacement(element, context));
        case "hoursNeededPerMonth" -> {
          neededLocation = in.currentTokenLocation();
          hoursNeeded = SegmentationJson.hours(in, null);
        }
        case "managerLoad" -> managerLoad =
            JsonInput.isNull(in) ? null : readManagerLoad(in, context);
        default -> {
          if (DERIVED_FIELDS.contains(name)) {
            derived.collect(name, in, context);
          } else {
            fields.unknown();
          }
        }
      }
    }

    SchemaVersions.require(fields);
    fields.require("currency", "capacityHoursPerMonth", "placements", "managerLoad");
    Allocation allocation = AllocationReplay.replay(in, new AllocationReplay.Inputs(
        fields.pointer(), fields.location(), currency, capacity, placements, hoursNeeded,
        neededLocation, managerLoad));

    for (int i = 0; i < placements.size(); i++) {
      placements.get(i).derived().check(in, context, allocation.placements().get(i),
          AllocationJson::writeDerivedPlacement, "the account and the placements before it");
    }
    derived.check(in, context, allocation, AllocationJson::writeDerived, "the placements");
    if (managerLoad != null) {
      managerLoad.derived().check(in, context, allocation.managerLoad().orElseThrow(),
          AllocationJson::writeDerivedLoad, "the number of managers and the placements");
    }
    return allocation;
  }

  private static AllocationReplay.PlacementInput readPlacement(JsonParser in,
      DeserializationContext context) throws IOException {
    ObjectFields fields = ObjectFields.open(in, context, "placement", PLACEMENT_FIELDS);
    DerivedFields derived = new DerivedFields(fields.pointer());
    AccountValue account = null;
    TouchModel eligible = null;
    TouchModel touchModel = null;
    BigDecimal hours = null;
    while (fields.next()) {
      String name = fields.name();
      switch (name) {
        case "account" -> account = SegmentationJson.readAccount(in, context);
        case "eligibleTouchModel" -> eligible = JsonInput.enumValue(in, TouchModel.class);
        case "touchModel" -> touchModel = JsonInput.enumValue(in, TouchModel.class);
        case "hoursPerMonth" -> hours =
            SegmentationJson.hours(in, SegmentationRule.EFFORT_NOT_NEGATIVE);
        default -> {
          if (DERIVED_PLACEMENT_FIELDS.contains(name)) {
            derived.collect(name, in, context);
          } else {
            fields.unknown();
          }
        }
      }
    }

    fields.require("account", "eligibleTouchModel", "touchModel", "hoursPerMonth");
    return new AllocationReplay.PlacementInput(fields.pointer(), fields.location(), account,
        eligible, touchModel, hours, derived);
  }

  private static AllocationReplay.LoadInput readManagerLoad(JsonParser in,
      DeserializationContext context) throws IOException {
    ObjectFields fields = ObjectFields.open(in, context, "manager load", LOAD_FIELDS);
    DerivedFields derived = new DerivedFields(fields.pointer());
    int managers = 0;
    while (fields.next()) {
      String name = fields.name();
      if (name.equals("managers")) {
        managers = JsonInput.integer(in);
        if (managers < 1) {
          throw JsonInput.mismatch(in, "expected a number of CS managers of at least 1 but "
              + "found " + JsonInput.describe(in));
        }
      } else if (DERIVED_LOAD_FIELDS.contains(name)) {
        derived.collect(name, in, context);
      } else {
        fields.unknown();
      }
    }

    fields.require("managers");
    return new AllocationReplay.LoadInput(managers, derived);
  }
}
