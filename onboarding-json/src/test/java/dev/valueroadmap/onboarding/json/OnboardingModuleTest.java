package dev.valueroadmap.onboarding.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.valueroadmap.onboarding.continuation.OutcomeCase;
import dev.valueroadmap.onboarding.program.OnboardingProgram;
import dev.valueroadmap.onboarding.program.ToDo;
import dev.valueroadmap.onboarding.progress.AccountRule;
import dev.valueroadmap.onboarding.progress.AccountState;
import dev.valueroadmap.onboarding.sample.SamplePrograms;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OnboardingModuleTest {

  @Test
  void findAndRegisterModules_findsTheModule() {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

    assertTrue(mapper.getRegisteredModuleIds().contains(new OnboardingModule().getTypeId()),
        mapper.getRegisteredModuleIds().toString());
  }

  @Test
  void version_isTheMavenVersion() {
    Version version = new OnboardingModule().version();

    assertEquals("dev.valueroadmap", version.getGroupId());
    assertEquals("onboarding-json", version.getArtifactId());
    assertTrue(version.getMajorVersion() > 0 || version.getMinorVersion() > 0,
        version.toString());
  }

  @Test
  void plainMapper_writesTheSameFieldsAsTheFacade() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    OnboardingProgram program = SamplePrograms.b2bSaas();

    String compact = mapper.writeValueAsString(program);

    assertEquals(mapper.readTree(OnboardingJson.strict().write(program)),
        mapper.readTree(compact));
    assertEquals(program, mapper.readValue(compact, OnboardingProgram.class));
  }

  @Test
  void callersFeatures_doNotChangeTheFormat() throws Exception {
    ObjectMapper mapper = JsonMapper.builder()
        .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.WRITE_ENUMS_USING_INDEX)
        .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .enable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .enable(DeserializationFeature.READ_ENUMS_USING_TO_STRING)
        .disable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .addModule(new OnboardingModule())
        .build();
    String cases = GoldenFiles.text("outcome-cases.json");
    String document = cases.substring(cases.indexOf("    {"), cases.indexOf("    },") + 5);
    OutcomeCase acme = OutcomeCasesJsonTest.goldenCases().get(0);

    assertEquals(mapper.readTree(document), mapper.readTree(mapper.writeValueAsString(acme)));
    assertTrue(mapper.writeValueAsString(acme).contains("\"decidedOn\":\"2024-01-31\""));
    assertThrows(MismatchedInputException.class, () -> mapper.readValue(
        "{\"id\": \"t\", \"title\": \"T\", \"side\": 0, \"milestoneId\": \"m\", \"dueDay\": 1}",
        ToDo.class));
    assertThrows(MismatchedInputException.class, () -> mapper.readValue(
        "{\"id\": \"t\", \"title\": \"T\", \"side\": \"cs\", \"milestoneId\": \"m\","
            + " \"dueDay\": 1}", ToDo.class));
    assertThrows(MismatchedInputException.class, () -> mapper.readValue(
        "{\"id\": \"t\", \"title\": \"T\", \"side\": \"CS\", \"milestoneId\": \"m\","
            + " \"dueDay\": \"1\"}", ToDo.class));
  }

  @Test
  void plainMapperError_startsWithThePointer() {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

    MismatchedInputException e = assertThrows(MismatchedInputException.class,
        () -> mapper.readValue("{\"id\": \"t\", \"title\": \"T\", \"side\": \"PARTNER\","
            + " \"milestoneId\": \"m\", \"dueDay\": 1}", ToDo.class));

    assertTrue(e.getOriginalMessage().startsWith("at /side: expected one of"),
        e.getOriginalMessage());
  }

  /** An account whose second event lacks its kind. */
  private static final String ACCOUNT_MISSING_KIND = "{\"schemaVersion\": 1,"
      + " \"accountId\": \"acme\", \"programId\": \"p\", \"programVersion\": 1,"
      + " \"startDate\": \"2024-02-26\", \"touchModel\": \"HIGH_TOUCH\", \"events\": ["
      + "{\"todoId\": \"a\", \"kind\": \"COMPLETED\", \"date\": \"2024-02-27\"},"
      + " {\"todoId\": \"b\", \"date\": \"2024-02-28\"}]}";

  private static final String MISSING_KIND_DETAIL =
      "missing required field \"kind\" in progress event";

  @Test
  void plainMapperError_nestedPointerAnyParser() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    String list = "[" + OnboardingJson.strict().write(AccountStateJsonTest.goldenAccount())
        + ", " + ACCOUNT_MISSING_KIND + "]";

    // The second event of the account, read from text, from a tree and from a token buffer.
    DocumentMismatchException fromText = assertThrows(DocumentMismatchException.class,
        () -> mapper.readValue(ACCOUNT_MISSING_KIND, AccountState.class));
    DocumentMismatchException fromTree = assertThrows(DocumentMismatchException.class,
        () -> mapper.treeToValue(mapper.readTree(ACCOUNT_MISSING_KIND), AccountState.class));
    // convertValue wraps the mapping error in an IllegalArgumentException.
    IllegalArgumentException converting = assertThrows(IllegalArgumentException.class,
        () -> mapper.convertValue(mapper.readValue(ACCOUNT_MISSING_KIND, Map.class),
            AccountState.class));
    DocumentMismatchException fromBuffer = assertInstanceOf(DocumentMismatchException.class,
        converting.getCause());
    // The second account of a list: index 1, then its second event.
    DocumentMismatchException inList = assertThrows(DocumentMismatchException.class,
        () -> mapper.readValue(list, new TypeReference<List<AccountState>>() { }));

    assertEquals("/events/1", fromText.pointer());
    assertEquals("/events/1", fromTree.pointer());
    assertEquals("/events/1", fromBuffer.pointer());
    assertEquals("/1/events/1", inList.pointer());
    assertEquals(MISSING_KIND_DETAIL, fromText.detail());
    assertEquals(MISSING_KIND_DETAIL, inList.detail());
  }

  @Test
  void plainMapperError_ruleFieldPointerInList() {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    String badVersion = ACCOUNT_MISSING_KIND.replace("\"programVersion\": 1",
        "\"programVersion\": 0").replace("{\"todoId\": \"b\", ",
        "{\"todoId\": \"b\", \"kind\": \"REOPENED\", ");

    DocumentMismatchException e = assertThrows(DocumentMismatchException.class,
        () -> mapper.readValue("[" + badVersion + "]", new TypeReference<List<AccountState>>() {
        }));

    assertEquals("/0/programVersion", e.pointer());
    assertEquals(AccountRule.VERSION_POSITIVE, e.rule());
  }
}
