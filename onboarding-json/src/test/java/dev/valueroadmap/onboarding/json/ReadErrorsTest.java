package dev.valueroadmap.onboarding.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valueroadmap.onboarding.program.ProgramRule;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Bad documents: each is rejected with an {@link OnboardingJsonException} whose pointer
 * names the bad value and whose message names the value and what was expected.
 */
class ReadErrorsTest {

  private static final OnboardingJson JSON = OnboardingJson.strict();

  /** The minimal program golden file; its line 19 is {@code       "side": "CUSTOMER",}. */
  private static final String MINIMAL = GoldenFiles.text("program-minimal.json");

  private static final String TWO_TODOS = "{\"schemaVersion\": 1, \"id\": \"p\", \"version\": 1,"
      + " \"roadmap\": {\"milestones\": [{\"id\": \"m0\", \"title\": \"M\","
      + " \"valueStatement\": \"V\", \"targetDay\": 10}]},"
      + " \"todos\": [TODOS], \"continuationPoint\": {\"milestoneId\": \"m0\"}}";

  private static String todo(String id, String prerequisite) {
    return "{\"id\": \"" + id + "\", \"title\": \"T\", \"side\": \"CS\", \"milestoneId\": \"m0\","
        + " \"dueDay\": 1, \"prerequisites\": [" + prerequisite + "]}";
  }

  private static String program(String firstTodo, String secondTodo) {
    return TWO_TODOS.replace("TODOS", firstTodo + ", " + secondTodo);
  }

  private static OnboardingJsonException rejectProgram(String json, String pointer,
      String... fragments) {
    OnboardingJsonException e = assertThrows(OnboardingJsonException.class,
        () -> JSON.readProgram(json));
    assertEquals(pointer, e.pointer(), e.getMessage());
    for (String fragment : fragments) {
      assertTrue(e.getMessage().contains(fragment), () -> "expected \"" + fragment + "\" in: "
          + e.getMessage());
    }
    return e;
  }

  private static String edit(String target, String replacement) {
    assertTrue(MINIMAL.contains(target), target);
    return MINIMAL.replace(target, replacement);
  }

  @Test
  void nullMilestone_pointsAtItsIndex() {
    String json = edit("\"targetDay\": 14\n      }", "\"targetDay\": 14\n      }, null");

    rejectProgram(json, "/roadmap/milestones/1", "expected a milestone object but found null");
  }

  @Test
  void unknownSide_isRejectedWithTheAllowedSides() {
    OnboardingJsonException e = rejectProgram(edit("\"CUSTOMER\"", "\"PARTNER\""),
        "/todos/0/side", "expected one of \"CS\", \"CUSTOMER\"", "\"PARTNER\"");

    // Line 19 is `      "side": "PARTNER",`; the value starts after 14 characters.
    assertEquals(OptionalInt.of(19), e.line());
    assertEquals(OptionalInt.of(15), e.column());
    assertEquals(Optional.empty(), e.rule());
  }

  @Test
  void sideAsDigitString_isNotMappedByOrdinal() {
    rejectProgram(edit("\"CUSTOMER\"", "\"1\""), "/todos/0/side",
        "expected one of \"CS\", \"CUSTOMER\" but found the string \"1\"");
  }

  @Test
  void sideAsNumber_isNotMappedByOrdinal() {
    rejectProgram(edit("\"CUSTOMER\"", "1"), "/todos/0/side",
        "expected one of \"CS\", \"CUSTOMER\" but found the number 1");
  }

  @Test
  void sideInLowerCase_isRejected() {
    rejectProgram(edit("\"CUSTOMER\"", "\"customer\""), "/todos/0/side", "\"customer\"");
  }

  @Test
  void touchModelAsNumber_isRejected() {
    String json = edit("\"dueDay\": 10", "\"dueDay\": 10, \"touchModels\": [0]");

    rejectProgram(json, "/todos/0/touchModels/0",
        "expected one of \"HIGH_TOUCH\", \"LOW_TOUCH\", \"TECH_TOUCH\" but found the number 0");
  }

  @Test
  void duplicateTodoId_pointsAtTheSecondTodoAndStatesTheRule() {
    OnboardingJsonException e = rejectProgram(program(todo("a", ""), todo("a", "")),
        "/todos/1/id", "ToDo id 'a' appears at checklist positions 0 and 1",
        ProgramRule.TODO_ID_UNIQUE.statement());

    assertEquals(Optional.of(ProgramRule.TODO_ID_UNIQUE), e.rule());
  }

  @Test
  void laterPrerequisite_pointsAtThePrerequisiteAndStatesTheRule() {
    OnboardingJsonException e = rejectProgram(program(todo("a", "\"b\""), todo("b", "")),
        "/todos/0/prerequisites/0", ProgramRule.PREREQUISITE_EARLIER.statement());

    assertEquals(Optional.of(ProgramRule.PREREQUISITE_EARLIER), e.rule());
    assertEquals(OptionalInt.of(1), e.line());
  }

  @Test
  void programRuleOnATopLevelField_givesThatFieldsLine() {
    // Line 4 of the minimal golden file is `  "version": 1,`; the value starts at column 14.
    OnboardingJsonException e = rejectProgram(edit("\"version\": 1", "\"version\": 0"),
        "/version", "version 0");

    assertEquals(OptionalInt.of(4), e.line());
    assertEquals(OptionalInt.of(14), e.column());
  }

  @Test
  void milestoneWithoutTodos_pointsAtTheMilestone() {
    String json = TWO_TODOS.replace("\"targetDay\": 10}", "\"targetDay\": 10}, {\"id\": \"m1\","
        + " \"title\": \"N\", \"valueStatement\": \"W\", \"targetDay\": 20}")
        .replace("TODOS", todo("a", ""));

    OnboardingJsonException e = rejectProgram(json, "/roadmap/milestones/1/id",
        "milestone 'm1' has no ToDo", ProgramRule.MILESTONE_HAS_TODOS.statement());

    assertEquals(Optional.of(ProgramRule.MILESTONE_HAS_TODOS), e.rule());
  }

  @Test
  void missingPrerequisite_pointsAtThePrerequisite() {
    rejectProgram(program(todo("a", ""), todo("b", "\"a\", \"zz\"")),
        "/todos/1/prerequisites/1", ProgramRule.PREREQUISITE_EXISTS.statement());
  }

  @Test
  void todoOfUnknownMilestone_pointsAtItsMilestoneId() {
    rejectProgram(edit("\"milestoneId\": \"first-login\",\n      \"dueDay\"",
        "\"milestoneId\": \"nowhere\",\n      \"dueDay\""), "/todos/0/milestoneId",
        ProgramRule.TODO_MILESTONE_EXISTS.statement());
  }

  @Test
  void todoDueAfterItsMilestone_pointsAtItsDueDay() {
    rejectProgram(edit("\"dueDay\": 10", "\"dueDay\": 15"), "/todos/0/dueDay",
        ProgramRule.DUE_BY_MILESTONE_TARGET.statement());
  }

  @Test
  void negativeDueDay_pointsAtTheTodo() {
    OnboardingJsonException e = rejectProgram(edit("\"dueDay\": 10", "\"dueDay\": -1"),
        "/todos/0", "due day of 'invite-admins' is -1");

    assertEquals(Optional.of(ProgramRule.DAY_NOT_NEGATIVE), e.rule());
  }

  @Test
  void decreasingTargetDay_pointsAtTheLaterMilestone() {
    String json = edit("\"targetDay\": 14\n      }", "\"targetDay\": 14\n      }, {\"id\": \"b\","
        + " \"title\": \"B\", \"valueStatement\": \"V\", \"targetDay\": 3}");

    rejectProgram(json, "/roadmap/milestones/1/targetDay",
        ProgramRule.TARGET_DAYS_ORDERED.statement());
  }

  @Test
  void continuationPointOutsideRoadmap_pointsAtItsMilestoneId() {
    rejectProgram(edit("\"milestoneId\": \"first-login\"\n  }",
        "\"milestoneId\": \"elsewhere\"\n  }"), "/continuationPoint/milestoneId",
        ProgramRule.CONTINUATION_MILESTONE_EXISTS.statement());
  }

  @Test
  void zeroVersion_pointsAtTheVersion() {
    rejectProgram(edit("\"version\": 1", "\"version\": 0"), "/version",
        ProgramRule.VERSION_POSITIVE.statement());
  }

  @Test
  void unknownField_isRejectedWithItsPath() {
    rejectProgram(edit("\"dueDay\": 10", "\"dueDay\": 10, \"colour\": \"red\""),
        "/todos/0/colour", "unknown field \"colour\" in ToDo", "known fields: id, title");
  }

  @Test
  void unknownField_isSkippedWhenIgnoringUnknownFields() {
    String json = edit("\"dueDay\": 10", "\"dueDay\": 10, \"colour\": {\"a\": [1, {\"b\": 2}]}");

    assertEquals(JSON.readProgram(MINIMAL), JSON.ignoringUnknownFields().readProgram(json));
  }

  @Test
  void stringForInteger_isRejected() {
    rejectProgram(edit("\"dueDay\": 10", "\"dueDay\": \"10\""), "/todos/0/dueDay",
        "expected an integer but found the string \"10\"");
  }

  @Test
  void floatForInteger_isRejected() {
    rejectProgram(edit("\"dueDay\": 10", "\"dueDay\": 10.0"), "/todos/0/dueDay",
        "expected an integer but found the number 10.0");
  }

  @Test
  void integerBeyondIntRange_isRejected() {
    rejectProgram(edit("\"dueDay\": 10", "\"dueDay\": 3000000000"), "/todos/0/dueDay",
        "expected an integer from -2147483648 to 2147483647 but found the number 3000000000");
  }

  @Test
  void arrayForObject_isRejected() {
    rejectProgram(edit("\"continuationPoint\": {", "\"continuationPoint\": [], \"x\": {"),
        "/continuationPoint", "expected a continuation point object but found an array");
  }

  @Test
  void missingRequiredField_pointsAtTheObject() {
    rejectProgram(edit("\"title\": \"Invite the admins\",", ""), "/todos/0",
        "missing required field \"title\" in ToDo");
  }

  @Test
  void repeatedField_isRejected() {
    rejectProgram(edit("\"dueDay\": 10", "\"dueDay\": 10, \"dueDay\": 11"), "/todos/0/dueDay",
        "field \"dueDay\" of ToDo appears more than once");
  }

  @Test
  void missingSchemaVersion_listsTheSupportedVersions() {
    rejectProgram(edit("\"schemaVersion\": 1,", ""), "",
        "missing required field \"schemaVersion\"", "supported versions: 1");
  }

  @Test
  void unsupportedSchemaVersion_listsTheSupportedVersions() {
    rejectProgram(edit("\"schemaVersion\": 1", "\"schemaVersion\": 2"), "/schemaVersion",
        "unsupported schema version 2; supported versions: 1");
  }

  @Test
  void emptyInput_isRejected() {
    rejectProgram("", "", "the input is empty");
    rejectProgram(" \n\t ", "", "the input is empty");
  }

  @Test
  void nullDocument_isRejected() {
    rejectProgram("null", "", "expected the onboarding program document, a JSON object, but"
        + " found null");
  }

  @Test
  void trailingGarbage_isRejected() {
    rejectProgram(MINIMAL + "x", "", "unexpected content after the end of the document");
    rejectProgram(MINIMAL + "{}", "", "unexpected content after the end of the document: found"
        + " an object");
  }

  @Test
  void truncatedDocument_isRejected() {
    String truncated = MINIMAL.substring(0, MINIMAL.indexOf("\"dueDay\""));

    // The input stops after the value of milestoneId, the last value the parser read.
    rejectProgram(truncated, "/todos/0/milestoneId",
        "the input ends before the document is complete");
  }

  @Test
  void malformedJson_isRejectedWithItsLocation() {
    OnboardingJsonException e = rejectProgram(edit("\"version\": 1", "\"version\": 1 1"),
        "/version", "malformed JSON");

    assertEquals(OptionalInt.of(4), e.line());
  }

  @Test
  void blankAccountId_pointsAtTheOutcomeCase() {
    String json = "{\"schemaVersion\": 1, \"outcomeCases\": [{\"accountId\": \"a\","
        + " \"outcome\": \"RENEWED\"}, {\"accountId\": \" \", \"outcome\": \"RENEWED\"}]}";

    OnboardingJsonException e = assertThrows(OnboardingJsonException.class,
        () -> JSON.readOutcomeCases(json));

    assertEquals("/outcomeCases/1", e.pointer());
    assertTrue(e.getMessage().contains("accountId of an outcome case is blank"), e.getMessage());
  }

  @Test
  void impossibleDate_isRejected() {
    String json = "{\"schemaVersion\": 1, \"outcomeCases\": [{\"accountId\": \"a\","
        + " \"outcome\": \"RENEWED\", \"decidedOn\": \"2023-02-29\"}]}";

    OnboardingJsonException e = assertThrows(OnboardingJsonException.class,
        () -> JSON.readOutcomeCases(json));

    assertEquals("/outcomeCases/0/decidedOn", e.pointer());
    assertTrue(e.getMessage().contains("expected an ISO-8601 date such as \"2024-01-31\" but"
        + " found the string \"2023-02-29\""), e.getMessage());
  }

  @Test
  void dateAsNumber_isRejected() {
    String json = "{\"schemaVersion\": 1, \"outcomeCases\": [{\"accountId\": \"a\","
        + " \"outcome\": \"RENEWED\", \"decidedOn\": 19753}]}";

    OnboardingJsonException e = assertThrows(OnboardingJsonException.class,
        () -> JSON.readOutcomeCases(json));

    assertEquals("/outcomeCases/0/decidedOn", e.pointer());
  }

  @Test
  void missingFile_isRejectedWithTheSameType() {
    OnboardingJsonException e = assertThrows(OnboardingJsonException.class,
        () -> JSON.readProgram(java.nio.file.Path.of("no-such-program.json")));

    assertEquals("", e.pointer());
    assertTrue(e.getMessage().contains("no-such-program.json"), e.getMessage());
  }
}
