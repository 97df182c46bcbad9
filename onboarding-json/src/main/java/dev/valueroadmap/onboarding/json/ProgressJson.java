package dev.valueroadmap.onboarding.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.valueroadmap.onboarding.program.OnboardingProgram;
import dev.valueroadmap.onboarding.program.Side;
import dev.valueroadmap.onboarding.program.ToDo;
import dev.valueroadmap.onboarding.progress.AccountRule;
import dev.valueroadmap.onboarding.progress.AccountState;
import dev.valueroadmap.onboarding.progress.FunnelStep;
import dev.valueroadmap.onboarding.progress.GraduationExam;
import dev.valueroadmap.onboarding.progress.ImmutableFunnelStep;
import dev.valueroadmap.onboarding.progress.ImmutableMilestoneFunnel;
import dev.valueroadmap.onboarding.progress.ImmutablePortfolioBoard;
import dev.valueroadmap.onboarding.progress.ImmutableWatchListEntry;
import dev.valueroadmap.onboarding.progress.InvalidAccountException;
import dev.valueroadmap.onboarding.progress.MilestoneFunnel;
import dev.valueroadmap.onboarding.progress.MilestoneProgress;
import dev.valueroadmap.onboarding.progress.PortfolioBoard;
import dev.valueroadmap.onboarding.progress.ProgressEvaluator;
import dev.valueroadmap.onboarding.progress.ProgressEvent;
import dev.valueroadmap.onboarding.progress.ProgressReport;
import dev.valueroadmap.onboarding.progress.ProgressStatus;
import dev.valueroadmap.onboarding.progress.TodoProgress;
import dev.valueroadmap.onboarding.progress.WatchListEntry;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The JSON form of the progress report of one account and of the portfolio board.
 *
 * <p>A progress report is derived from a program, an account and an as-of date, so its
 * document contains those three inputs followed by everything the evaluation derives. The
 * reader evaluates the account again and checks each derived field that the document has
 * against the result. A field that differs is rejected at its pointer. The portfolio board
 * is a plain value and is read field by field through the core builders.
 */
final class ProgressJson {

  private static final List<String> INPUT_FIELDS = List.of("asOf", "program", "account");
  private static final List<String> DERIVED_REPORT_FIELDS = List.of("status",
      "percentComplete", "countingTodoCount", "doneCount", "notApplicableCount", "openCount",
      "furthestMilestone", "continuationPointReachedOn", "examDate", "timeToFirstValueDays",
      "ballInCourt", "holdingTodo", "daysOverdue", "lastEventOn", "daysWithoutEvents",
      "nextActions", "todos", "milestones", "graduationExam");
  private static final List<String> REPORT_FIELDS = concat(List.of(SchemaVersions.FIELD),
      INPUT_FIELDS, DERIVED_REPORT_FIELDS);

  private static final List<String> BOARD_FIELDS = List.of(SchemaVersions.FIELD, "asOf",
      "accountCount", "statusCounts", "funnels", "watchList", "overdueBySide");
  private static final List<String> FUNNEL_FIELDS = List.of("programId", "programVersion",
      "accountCount", "noMilestoneReachedCount", "steps");
  private static final List<String> STEP_FIELDS =
      List.of("milestoneId", "furthestCount", "reachedCount");
  private static final List<String> WATCH_FIELDS = List.of("accountId", "programId",
      "programVersion", "status", "daysOverdue", "daysWithoutEvents", "ballInCourt",
      "holdingTodo");

  private ProgressJson() {
  }

  private static List<String> concat(List<String> first, List<String> second,
      List<String> third) {
    return Stream.of(first, second, third).flatMap(List::stream).toList();
  }

  static void writeReport(ProgressReport report, JsonGenerator out) throws IOException {
    out.writeStartObject();
    SchemaVersions.write(out);
    out.writeStringField("asOf", JsonOutput.date(report.asOf()));
    out.writeFieldName("program");
    ProgramJson.writeProgram(report.program(), out, false);
    out.writeFieldName("account");
    AccountStateJson.writeAccount(report.account(), out);
    writeDerived(report, out);
    out.writeEndObject();
  }

  /** Writes the fields that evaluation derives, in {@link #DERIVED_REPORT_FIELDS} order. */
  private static void writeDerived(ProgressReport report, JsonGenerator out)
      throws IOException {
    out.writeStringField("status", report.status().name());
    out.writeFieldName("percentComplete");
    out.writeNumber(BigDecimal.valueOf(report.percentComplete()));
    out.writeNumberField("countingTodoCount", report.countingTodoCount());
    out.writeNumberField("doneCount", report.doneCount());
    out.writeNumberField("notApplicableCount", report.notApplicableCount());
    out.writeNumberField("openCount", report.openCount());
    JsonOutput.writeOptional(out, "furthestMilestone", report.furthestMilestone());
    JsonOutput.writeOptional(out, "continuationPointReachedOn",
        report.continuationPointReachedOn().map(JsonOutput::date));
    out.writeStringField("examDate", JsonOutput.date(report.examDate()));
    JsonOutput.writeOptional(out, "timeToFirstValueDays", report.timeToFirstValueDays());
    JsonOutput.writeOptional(out, "ballInCourt", report.ballInCourt().map(Side::name));
    JsonOutput.writeOptional(out, "holdingTodo", report.holdingTodo());
    out.writeNumberField("daysOverdue", report.daysOverdue());
    JsonOutput.writeOptional(out, "lastEventOn", report.lastEventOn().map(JsonOutput::date));
    out.writeNumberField("daysWithoutEvents", report.daysWithoutEvents());

    out.writeArrayFieldStart("nextActions");
    for (TodoProgress todo : report.nextActions()) {
      out.writeString(todo.todoId());
    }
    out.writeEndArray();

    out.writeArrayFieldStart("todos");
    for (TodoProgress todo : report.todos()) {
      writeTodoProgress(todo, out);
    }
    out.writeEndArray();

    out.writeArrayFieldStart("milestones");
    for (MilestoneProgress milestone : report.milestones()) {
      writeMilestoneProgress(milestone, out);
    }
    out.writeEndArray();

    Optional<GraduationExam> exam = report.graduationExam();
    if (exam.isPresent()) {
      out.writeFieldName("graduationExam");
      writeExam(exam.get(), out);
    } else {
      out.writeNullField("graduationExam");
    }
  }

  private static void writeTodoProgress(TodoProgress todo, JsonGenerator out)
      throws IOException {
    out.writeStartObject();
    out.writeStringField("todoId", todo.todoId());
    out.writeStringField("side", todo.side().name());
    out.writeStringField("milestoneId", todo.todo().milestoneId());
    out.writeStringField("state", todo.state().name());
    out.writeStringField("dueDate", JsonOutput.date(todo.dueDate()));
    JsonOutput.writeOptional(out, "lastEventOn", todo.lastEventOn().map(JsonOutput::date));
    out.writeNumberField("daysOverdue", todo.daysOverdue());
    out.writeBooleanField("blocked", todo.blocked());
    out.writeArrayFieldStart("openPrerequisites");
    for (String prerequisite : todo.openPrerequisites()) {
      out.writeString(prerequisite);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  private static void writeMilestoneProgress(MilestoneProgress milestone, JsonGenerator out)
      throws IOException {
    out.writeStartObject();
    out.writeStringField("milestoneId", milestone.milestoneId());
    out.writeStringField("targetDate", JsonOutput.date(milestone.targetDate()));
    out.writeNumberField("countingTodoCount", milestone.countingTodoCount());
    out.writeNumberField("openTodoCount", milestone.openTodoCount());
    out.writeBooleanField("reached", milestone.reached());
    JsonOutput.writeOptional(out, "reachedOn", milestone.reachedOn().map(JsonOutput::date));
    out.writeEndObject();
  }

  private static void writeExam(GraduationExam exam, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("examDate", JsonOutput.date(exam.examDate()));
    JsonOutput.writeOptional(out, "furthestMilestone", exam.furthestMilestone());
    out.writeBooleanField("continuationPointReached", exam.continuationPointReached());
    out.writeEndObject();
  }

  /**
   * Reads a progress report: the program, the account and the as-of date, from which the
   * report is evaluated again, and the derived fields, each checked against the evaluation.
   */
  static ProgressReport readReport(JsonParser in, DeserializationContext context)
      throws IOException {
    ObjectFields fields = ObjectFields.open(in, context, "progress report", REPORT_FIELDS);
    DerivedFields derived = new DerivedFields(fields.pointer());
    LocalDate asOf = null;
    OnboardingProgram program = null;
    AccountState account = null;
    while (fields.next()) {
      String name = fields.name();
      switch (name) {
        case SchemaVersions.FIELD -> SchemaVersions.read(in);
        case "asOf" -> asOf = JsonInput.date(in);
        case "program" -> program = ProgramJson.readProgram(in, context, false);
        case "account" -> account = AccountStateJson.readAccount(in, context, false);
        default -> {
          if (DERIVED_REPORT_FIELDS.contains(name)) {
            derived.collect(name, in, context);
          } else {
            fields.unknown();
          }
        }
      }
    }

    SchemaVersions.require(fields);
    fields.require(INPUT_FIELDS.toArray(String[]::new));
    ProgressReport report = evaluate(in, fields, program, account, asOf);
    derived.check(in, context, report, ProgressJson::writeDerived,
        "the program, the account and the as-of date " + asOf);
    return report;
  }

  private static ProgressReport evaluate(JsonParser in, ObjectFields fields,
      OnboardingProgram program, AccountState account, LocalDate asOf) throws IOException {
    try {
      return ProgressEvaluator.of(program).evaluate(account, asOf);
    } catch (InvalidAccountException e) {
      String pointer = fields.pointer() + "/account" + accountField(e.rule(), program, account);
      throw JsonInput.mismatch(in, pointer, fields.location(), e.getMessage(), e.rule());
    }
  }

  /**
   * Returns the pointer, relative to the account, of the value that breaks an account rule
   * found by evaluation. Events are searched in list order, so when several events break the
   * rule, the first one in the list is named. It may not be the one in the message.
   */
  private static String accountField(AccountRule rule, OnboardingProgram program,
      AccountState account) {
    if (rule == AccountRule.PROGRAM_MATCHES) {
      return account.programId().equals(program.id()) ? "/programVersion" : "/programId";
    }
    List<ProgressEvent> events = account.events();
    for (int i = 0; i < events.size(); i++) {
      String todoId = events.get(i).todoId();
      Optional<ToDo> todo = program.todos().stream()
          .filter(candidate -> candidate.id().equals(todoId)).findFirst();
      boolean broken = rule == AccountRule.TODO_EXISTS ? todo.isEmpty()
          : todo.isPresent() && !todo.get().touchModels().contains(account.touchModel());
      if (broken) {
        return "/events/" + i + "/todoId";
      }
    }
    return "";
  }

  static void writeBoard(PortfolioBoard board, JsonGenerator out) throws IOException {
    out.writeStartObject();
    SchemaVersions.write(out);
    out.writeStringField("asOf", JsonOutput.date(board.asOf()));
    out.writeNumberField("accountCount", board.accountCount());
    out.writeObjectFieldStart("statusCounts");
    for (ProgressStatus status : ProgressStatus.values()) {
      out.writeNumberField(status.name(), board.count(status));
    }
    out.writeEndObject();

    out.writeArrayFieldStart("funnels");
    for (MilestoneFunnel funnel : board.funnels()) {
      writeFunnel(funnel, out);
    }
    out.writeEndArray();

    out.writeArrayFieldStart("watchList");
    for (WatchListEntry entry : board.watchList()) {
      writeWatchListEntry(entry, out);
    }
    out.writeEndArray();

    out.writeObjectFieldStart("overdueBySide");
    for (Side side : Side.values()) {
      out.writeNumberField(side.name(), board.overdueCount(side));
    }
    out.writeEndObject();
    out.writeEndObject();
  }

  private static void writeFunnel(MilestoneFunnel funnel, JsonGenerator out)
      throws IOException {
    out.writeStartObject();
    out.writeStringField("programId", funnel.programId());
    out.writeNumberField("programVersion", funnel.programVersion());
    out.writeNumberField("accountCount", funnel.accountCount());
    out.writeNumberField("noMilestoneReachedCount", funnel.noMilestoneReachedCount());
    out.writeArrayFieldStart("steps");
    for (FunnelStep step : funnel.steps()) {
      out.writeStartObject();
      out.writeStringField("milestoneId", step.milestoneId());
      out.writeNumberField("furthestCount", step.furthestCount());
      out.writeNumberField("reachedCount", step.reachedCount());
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  private static void writeWatchListEntry(WatchListEntry entry, JsonGenerator out)
      throws IOException {
    out.writeStartObject();
    out.writeStringField("accountId", entry.accountId());
    out.writeStringField("programId", entry.programId());
    out.writeNumberField("programVersion", entry.programVersion());
    out.writeStringField("status", entry.status().name());
    out.writeNumberField("daysOverdue", entry.daysOverdue());
    out.writeNumberField("daysWithoutEvents", entry.daysWithoutEvents());
    JsonOutput.writeOptional(out, "ballInCourt", entry.ballInCourt().map(Side::name));
    JsonOutput.writeOptional(out, "holdingTodo", entry.holdingTodo());
    out.writeEndObject();
  }

  static PortfolioBoard readBoard(JsonParser in, DeserializationContext context)
      throws IOException {
    ObjectFields fields = ObjectFields.open(in, context, "portfolio board", BOARD_FIELDS);
    ImmutablePortfolioBoard.Builder board = ImmutablePortfolioBoard.builder();
    while (fields.next()) {
      switch (fields.name()) {
        case SchemaVersions.FIELD -> SchemaVersions.read(in);
        case "asOf" -> board.asOf(JsonInput.date(in));
        case "accountCount" -> board.accountCount(JsonInput.integer(in));
        case "statusCounts" -> board.statusCounts(countsByName(in, ProgressStatus.class));
        case "funnels" -> board.funnels(JsonInput.list(in, item -> readFunnel(item, context)));
        case "watchList" ->
            board.watchList(JsonInput.list(in, item -> readWatchListEntry(item, context)));
        case "overdueBySide" -> board.overdueBySide(countsByName(in, Side.class));
        default -> fields.unknown();
      }
    }

    SchemaVersions.require(fields);
    fields.require(BOARD_FIELDS.subList(1, BOARD_FIELDS.size()).toArray(String[]::new));
    return fields.build(board::build);
  }

  private static MilestoneFunnel readFunnel(JsonParser in, DeserializationContext context)
      throws IOException {
    ObjectFields fields = ObjectFields.open(in, context, "milestone funnel", FUNNEL_FIELDS);
    ImmutableMilestoneFunnel.Builder funnel = MilestoneFunnel.builder();
    while (fields.next()) {
      switch (fields.name()) {
        case "programId" -> funnel.programId(JsonInput.text(in));
        case "programVersion" -> funnel.programVersion(JsonInput.integer(in));
        case "accountCount" -> funnel.accountCount(JsonInput.integer(in));
        case "noMilestoneReachedCount" -> funnel.noMilestoneReachedCount(JsonInput.integer(in));
        case "steps" -> funnel.steps(JsonInput.list(in, item -> readStep(item, context)));
        default -> fields.unknown();
      }
    }

    fields.require(FUNNEL_FIELDS.toArray(String[]::new));
    return fields.build(funnel::build);
  }

  private static FunnelStep readStep(JsonParser in, DeserializationContext context)
      throws IOException {
    ObjectFields fields = ObjectFields.open(in, context, "funnel step", STEP_FIELDS);
    ImmutableFunnelStep.Builder step = ImmutableFunnelStep.builder();
    while (fields.next()) {
      switch (fields.name()) {
        case "milestoneId" -> step.milestoneId(JsonInput.text(in));
        case "furthestCount" -> step.furthestCount(JsonInput.integer(in));
        case "reachedCount" -> step.reachedCount(JsonInput.integer(in));
        default -> fields.unknown();
      }
    }

    fields.require(STEP_FIELDS.toArray(String[]::new));
    return fields.build(step::build);
  }

  private static WatchListEntry readWatchListEntry(JsonParser in,
      DeserializationContext context) throws IOException {
    ObjectFields fields = ObjectFields.open(in, context, "watch-list entry", WATCH_FIELDS);
    ImmutableWatchListEntry.Builder entry = ImmutableWatchListEntry.builder();
    while (fields.next()) {
      boolean empty = JsonInput.isNull(in);
      switch (fields.name()) {
        case "accountId" -> entry.accountId(JsonInput.text(in));
        case "programId" -> entry.programId(JsonInput.text(in));
        case "programVersion" -> entry.programVersion(JsonInput.integer(in));
        case "status" -> entry.status(JsonInput.enumValue(in, ProgressStatus.class));
        case "daysOverdue" -> entry.daysOverdue(JsonInput.integer(in));
        case "daysWithoutEvents" -> entry.daysWithoutEvents(JsonInput.integer(in));
        case "ballInCourt" -> entry.ballInCourt(
            empty ? Optional.empty() : Optional.of(JsonInput.enumValue(in, Side.class)));
        case "holdingTodo" ->
            entry.holdingTodo(empty ? Optional.empty() : Optional.of(JsonInput.text(in)));
        default -> fields.unknown();
      }
    }

    fields.require("accountId", "programId", "programVersion", "status", "daysOverdue",
        "daysWithoutEvents");
    return fields.build(entry::build);
  }

  /**
   * Reads an object of counts keyed by enum name, such as {@code {"CS": 2, "CUSTOMER": 0}}.
   * Every constant must appear once, so that no count is silently missing.
   */
  private static <E extends Enum<E>> Map<E, Integer> countsByName(JsonParser in,
      Class<E> type) throws IOException {
    if (in.currentToken() != JsonToken.START_OBJECT) {
      throw JsonInput.mismatch(in, "expected an object of counts by name, with the names "
          + JsonInput.names(type) + ", but found " + JsonInput.describe(in));
    }
    String pointer = JsonInput.pointer(in);
    JsonLocation location = in.currentTokenLocation();
    Map<E, Integer> counts = new EnumMap<>(type);
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String name = in.currentName();
      in.nextToken();
      E key = null;
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(name)) {
          key = constant;
        }
      }
      if (key == null) {
        throw JsonInput.mismatch(in, "expected a field named one of " + JsonInput.names(type)
            + " but found the field name " + JsonInput.quote(name));
      }
      if (counts.put(key, JsonInput.integer(in)) != null) {
        throw JsonInput.mismatch(in, "field \"" + name + "\" appears more than once");
      }
    }
    for (E constant : type.getEnumConstants()) {
      if (!counts.containsKey(constant)) {
        throw JsonInput.mismatch(in, pointer, location, "missing count for \"" + constant.name()
            + "\"; expected one count for each of " + JsonInput.names(type), null);
      }
    }
    return counts;
  }
}
