package dev.valueroadmap.onboarding.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.valueroadmap.onboarding.program.ContinuationPoint;
import dev.valueroadmap.onboarding.program.ImmutableContinuationPoint;
import dev.valueroadmap.onboarding.program.ImmutableMilestone;
import dev.valueroadmap.onboarding.program.ImmutableOnboardingProgram;
import dev.valueroadmap.onboarding.program.ImmutableToDo;
import dev.valueroadmap.onboarding.program.InvalidProgramException;
import dev.valueroadmap.onboarding.program.Milestone;
import dev.valueroadmap.onboarding.program.OnboardingProgram;
import dev.valueroadmap.onboarding.program.Side;
import dev.valueroadmap.onboarding.program.ToDo;
import dev.valueroadmap.onboarding.program.TouchModel;
import dev.valueroadmap.onboarding.program.ValueRoadmap;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON form of an onboarding program and its parts. Reading goes through the core
 * builders, so that every domain rule is checked. A broken rule is reported at the JSON
 * Pointer of the value that breaks it. Writing puts the fields in a fixed order and sets
 * and maps of touch models in enum order, so that equal programs give equal bytes.
 */
final class ProgramJson {

  private static final List<String> MILESTONE_FIELDS =
      List.of("id", "title", "valueStatement", "targetDay");
  private static final List<String> ROADMAP_FIELDS = List.of("milestones");
  private static final List<String> TODO_FIELDS = List.of("id", "title", "side", "milestoneId",
      "dueDay", "prerequisites", "touchModels", "csEffortMinutes");
  private static final List<String> CONTINUATION_POINT_FIELDS =
      List.of("milestoneId", "deadlineDay");
  private static final List<String> PROGRAM_FIELDS = List.of(SchemaVersions.FIELD, "id",
      "version", "roadmap", "todos", "continuationPoint", "stallThresholdDays");

  private ProgramJson() {
  }

  static void writeMilestone(Milestone milestone, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("id", milestone.id());
    out.writeStringField("title", milestone.title());
    out.writeStringField("valueStatement", milestone.valueStatement());
    out.writeNumberField("targetDay", milestone.targetDay());
    out.writeEndObject();
  }

  static Milestone readMilestone(JsonParser in, DeserializationContext context)
      throws IOException {
    ObjectFields fields = ObjectFields.open(in, context, "milestone", MILESTONE_FIELDS);
    ImmutableMilestone.Builder milestone = Milestone.builder();
    while (fields.next()) {
      switch (fields.name()) {
        case "id" -> milestone.id(JsonInput.text(in));
        case "title" -> milestone.title(JsonInput.text(in));
        case "valueStatement" -> milestone.valueStatement(JsonInput.text(in));
        case "targetDay" -> milestone.targetDay(JsonInput.integer(in));
        default -> fields.unknown();
      }
    }

    fields.require("id", "title", "valueStatement", "targetDay");
    return fields.build(milestone::build);
  }

  static void writeRoadmap(ValueRoadmap roadmap, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeArrayFieldStart("milestones");
    for (Milestone milestone : roadmap.milestones()) {
      writeMilestone(milestone, out);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  static ValueRoadmap readRoadmap(JsonParser in, DeserializationContext context)
      throws IOException {
    ObjectFields fields = ObjectFields.open(in, context, "value roadmap", ROADMAP_FIELDS);
    List<Milestone> milestones = List.of();
    List<JsonLocation> locations = new ArrayList<>();
    while (fields.next()) {
      if (fields.name().equals("milestones")) {
        milestones = JsonInput.list(in, element -> {
          locations.add(element.currentTokenLocation());
          return readMilestone(element, context);
        });
      } else {
        fields.unknown();
      }
    }

    fields.require("milestones");
    try {
      return ValueRoadmap.of(milestones);
    } catch (InvalidProgramException e) {
      int index = ProgramRuleLocator.milestoneIndex(e.rule(), milestones);
      String pointer = fields.pointer() + "/milestones";
      JsonLocation location = fields.location();
      if (index >= 0) {
        pointer += "/" + index + ProgramRuleLocator.milestoneField(e.rule());
        location = locations.get(index);
      }
      throw JsonInput.mismatch(in, pointer, location, e.getMessage(), e.rule());
    }
  }

  static void writeTodo(ToDo todo, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("id", todo.id());
    out.writeStringField("title", todo.title());
    out.writeStringField("side", todo.side().name());
    out.writeStringField("milestoneId", todo.milestoneId());
    out.writeNumberField("dueDay", todo.dueDay());

    out.writeArrayFieldStart("prerequisites");
    for (String prerequisite : todo.prerequisites()) {
      out.writeString(prerequisite);
    }
    out.writeEndArray();

    out.writeArrayFieldStart("touchModels");
    for (TouchModel touchModel : TouchModel.values()) {
      if (todo.touchModels().contains(touchModel)) {
        out.writeString(touchModel.name());
      }
    }
    out.writeEndArray();

    out.writeObjectFieldStart("csEffortMinutes");
    for (TouchModel touchModel : TouchModel.values()) {
      Integer minutes = todo.csEffortMinutes().get(touchModel);
      if (minutes != null) {
        out.writeNumberField(touchModel.name(), minutes);
      }
    }
    out.writeEndObject();
    out.writeEndObject();
  }

  static ToDo readTodo(JsonParser in, DeserializationContext context) throws IOException {
    ObjectFields fields = ObjectFields.open(in, context, "ToDo", TODO_FIELDS);
    ImmutableToDo.Builder todo = ToDo.builder();
    while (fields.next()) {
      switch (fields.name()) {
        case "id" -> todo.id(JsonInput.text(in));
        case "title" -> todo.title(JsonInput.text(in));
        case "side" -> todo.side(JsonInput.enumValue(in, Side.class));
        case "milestoneId" -> todo.milestoneId(JsonInput.text(in));
        case "dueDay" -> todo.dueDay(JsonInput.integer(in));
        case "prerequisites" -> todo.prerequisites(JsonInput.list(in, JsonInput::text));
        case "touchModels" -> todo.touchModels(readTouchModels(in));
        case "csEffortMinutes" -> todo.csEffortMinutes(readEffort(in, context));
        default -> fields.unknown();
      }
    }

    fields.require("id", "title", "side", "milestoneId", "dueDay");
    return fields.build(todo::build);
  }

  /** Reads a set of touch models, rejecting a touch model listed twice. */
  private static Set<TouchModel> readTouchModels(JsonParser in) throws IOException {
    Set<TouchModel> touchModels = EnumSet.noneOf(TouchModel.class);
    JsonInput.list(in, element -> {
      TouchModel touchModel = JsonInput.enumValue(element, TouchModel.class);
      if (!touchModels.add(touchModel)) {
        throw JsonInput.mismatch(element, "touch model " + touchModel + " is listed twice");
      }
      return touchModel;
    });
    return touchModels;
  }

  /** Reads minutes of CS effort by touch model from an object keyed by touch model name. */
  private static Map<TouchModel, Integer> readEffort(JsonParser in,
      DeserializationContext context) throws IOException {
    if (in.currentToken() != JsonToken.START_OBJECT) {
      throw JsonInput.mismatch(in, "expected an object of minutes by touch model but found "
          + JsonInput.describe(in));
    }
    Map<TouchModel, Integer> effort = new EnumMap<>(TouchModel.class);
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String name = in.currentName();
      TouchModel touchModel = null;
      for (TouchModel candidate : TouchModel.values()) {
        if (candidate.name().equals(name)) {
          touchModel = candidate;
        }
      }
      in.nextToken();
      if (touchModel == null) {
        throw JsonInput.mismatch(in, "expected a touch model name, one of "
            + JsonInput.names(TouchModel.class) + ", but found the field name "
            + JsonInput.quote(name));
      }
      if (effort.put(touchModel, JsonInput.integer(in)) != null) {
        throw JsonInput.mismatch(in, "touch model " + touchModel + " appears more than once");
      }
    }
    return effort;
  }

  static void writeContinuationPoint(ContinuationPoint point, JsonGenerator out)
      throws IOException {
    out.writeStartObject();
    out.writeStringField("milestoneId", point.milestoneId());
    out.writeNumberField("deadlineDay", point.deadlineDay());
    out.writeEndObject();
  }

  static ContinuationPoint readContinuationPoint(JsonParser in, DeserializationContext context)
      throws IOException {
    ObjectFields fields = ObjectFields.open(in, context, "continuation point",
        CONTINUATION_POINT_FIELDS);
    ImmutableContinuationPoint.Builder point = ImmutableContinuationPoint.builder();
    while (fields.next()) {
      switch (fields.name()) {
        case "milestoneId" -> point.milestoneId(JsonInput.text(in));
        case "deadlineDay" -> point.deadlineDay(JsonInput.integer(in));
        default -> fields.unknown();
      }
    }

    fields.require("milestoneId");
    return fields.build(point::build);
  }

  static void writeProgram(OnboardingProgram program, JsonGenerator out) throws IOException {
    writeProgram(program, out, true);
  }

  /**
   * Writes a program, with a {@code schemaVersion} when it is a top-level document and
   * without one when it is part of another document.
   */
  static void writeProgram(OnboardingProgram program, JsonGenerator out, boolean topLevel)
      throws IOException {
    out.writeStartObject();
    if (topLevel) {
      SchemaVersions.write(out);
    }
    out.writeStringField("id", program.id());
    out.writeNumberField("version", program.version());
    out.writeFieldName("roadmap");
    writeRoadmap(program.roadmap(), out);
    out.writeArrayFieldStart("todos");
    for (ToDo todo : program.todos()) {
      writeTodo(todo, out);
    }
    out.writeEndArray();
    out.writeFieldName("continuationPoint");
    writeContinuationPoint(program.continuationPoint(), out);
    out.writeNumberField("stallThresholdDays", program.stallThresholdDays());
    out.writeEndObject();
  }

  static OnboardingProgram readProgram(JsonParser in, DeserializationContext context)
      throws IOException {
    return readProgram(in, context, true);
  }

  /**
   * Reads a program that carries a {@code schemaVersion} when it is a top-level document, and
   * none when it is part of another document.
   */
  static OnboardingProgram readProgram(JsonParser in, DeserializationContext context,
      boolean topLevel) throws IOException {
    ObjectFields fields = ObjectFields.open(in, context, "onboarding program",
        topLevel ? PROGRAM_FIELDS : PROGRAM_FIELDS.subList(1, PROGRAM_FIELDS.size()));
    ImmutableOnboardingProgram.Builder program = OnboardingProgram.builder();
    ValueRoadmap roadmap = null;
    List<ToDo> todos = List.of();
    List<JsonLocation> todoLocations = new ArrayList<>();
    ContinuationPoint point = null;
    while (fields.next()) {
      switch (fields.name()) {
        case SchemaVersions.FIELD -> {
          if (topLevel) {
            SchemaVersions.read(in);
          } else {
            fields.unknown();
          }
        }
        case "id" -> program.id(JsonInput.text(in));
        case "version" -> program.version(JsonInput.integer(in));
        case "roadmap" -> roadmap = readRoadmap(in, context);
        case "todos" -> todos = JsonInput.list(in, element -> {
          todoLocations.add(element.currentTokenLocation());
          return readTodo(element, context);
        });
        case "continuationPoint" -> point = readContinuationPoint(in, context);
        case "stallThresholdDays" -> program.stallThresholdDays(JsonInput.integer(in));
        default -> fields.unknown();
      }
    }

    if (topLevel) {
      SchemaVersions.require(fields);
    }
    fields.require("id", "version", "roadmap", "continuationPoint");
    try {
      return program.roadmap(roadmap).todos(todos).continuationPoint(point).build();
    } catch (InvalidProgramException e) {
      ProgramRuleLocator.Location found = ProgramRuleLocator.locate(e.rule(), roadmap, todos);
      JsonLocation location = found.todoIndex() >= 0 ? todoLocations.get(found.todoIndex())
          : fieldLocation(fields, found.pointer());
      throw JsonInput.mismatch(in, fields.pointer() + found.pointer(), location,
          e.getMessage(), e.rule());
    }
  }

  /**
   * Returns where the top-level field that a pointer such as {@code /continuationPoint/
   * milestoneId} lies in starts, or the program object's start when that field is absent.
   */
  private static JsonLocation fieldLocation(ObjectFields fields, String pointer) {
    int end = pointer.indexOf('/', 1);
    String field = pointer.isEmpty() ? "" : pointer.substring(1, end < 0 ? pointer.length() : end);
    JsonLocation location = field.isEmpty() ? null : fields.seen(field);
    return location == null ? fields.location() : location;
  }
}
