package dev.valueroadmap.onboarding.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valueroadmap.onboarding.program.ContinuationPoint;
import dev.valueroadmap.onboarding.program.ImmutableOnboardingProgram;
import dev.valueroadmap.onboarding.program.ImmutableToDo;
import dev.valueroadmap.onboarding.program.Milestone;
import dev.valueroadmap.onboarding.program.OnboardingProgram;
import dev.valueroadmap.onboarding.program.Side;
import dev.valueroadmap.onboarding.program.ToDo;
import dev.valueroadmap.onboarding.program.TouchModel;
import dev.valueroadmap.onboarding.program.ValueRoadmap;
import dev.valueroadmap.onboarding.sample.SamplePrograms;
import dev.valueroadmap.onboarding.testing.Generators;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgramJsonTest {

  private static final OnboardingJson JSON = OnboardingJson.strict();

  @Test
  void goldenSample_readsAsTheSampleProgram() {
    assertEquals(SamplePrograms.b2bSaas(),
        JSON.readProgram(GoldenFiles.text("program-b2b-saas.json")));
  }

  @Test
  void goldenSample_isWrittenByteForByte() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    JSON.write(SamplePrograms.b2bSaas(), out);

    assertArrayEquals(GoldenFiles.bytes("program-b2b-saas.json"), out.toByteArray());
  }

  @Test
  void goldenSample_isValidBySchema() {
    assertEquals(List.of(),
        Schemas.errors(DocumentType.PROGRAM, GoldenFiles.text("program-b2b-saas.json")));
  }

  @Test
  void minimalDocument_takesTheDocumentedDefaults() {
    String json = GoldenFiles.text("program-minimal.json");

    OnboardingProgram program = JSON.readProgram(json);

    OnboardingProgram expected = OnboardingProgram.builder()
        .id("starter")
        .version(1)
        .roadmap(ValueRoadmap.of(Milestone.of("first-login", "First login",
            "Our admins are in the product", 14)))
        .addTodos(ToDo.builder().id("invite-admins").title("Invite the admins")
            .side(Side.CUSTOMER).milestoneId("first-login").dueDay(10).build())
        .continuationPoint(ContinuationPoint.of("first-login"))
        .build();
    assertEquals(expected, program);
    assertEquals(90, program.continuationPoint().deadlineDay());
    assertEquals(14, program.stallThresholdDays());
    assertEquals(EnumSet.allOf(TouchModel.class), program.todos().get(0).touchModels());
    assertEquals(Map.of(), program.todos().get(0).csEffortMinutes());
    assertEquals(List.of(), Schemas.errors(DocumentType.PROGRAM, json));
  }

  @Test
  void sampleDocument_listsMapsAndSetsInEnumOrder() {
    String json = JSON.write(SamplePrograms.b2bSaas());

    // send-welcome-pack costs 15 minutes high-touch and 10 low-touch, in that order.
    assertTrue(json.contains("\"csEffortMinutes\": {\n"
        + "        \"HIGH_TOUCH\": 15,\n"
        + "        \"LOW_TOUCH\": 10\n"
        + "      }"), json);
    assertTrue(json.contains("\"touchModels\": [\n"
        + "        \"HIGH_TOUCH\",\n"
        + "        \"LOW_TOUCH\",\n"
        + "        \"TECH_TOUCH\"\n"
        + "      ]"), json);
  }

  @Test
  void writeThenRead_givesAnEqualProgram() {
    AtomicInteger withPrerequisites = new AtomicInteger();

    Generators.qt().forAll(Generators.programs()).checkAssert(program -> {
      String json = JSON.write(program);

      assertEquals(program, JSON.readProgram(json));
      assertEquals(List.of(), Schemas.errors(DocumentType.PROGRAM, json), json);
      if (program.todos().stream().anyMatch(todo -> !todo.prerequisites().isEmpty())) {
        withPrerequisites.incrementAndGet();
      }
    });

    assertTrue(withPrerequisites.get() >= 50, "programs with prerequisites: "
        + withPrerequisites);
  }

  @Test
  void writeThenRead_keepsTextsThatJsonMustEscape() {
    String[] titles = {"Say \"hello\"", "C:\\path", "tab\tand\nnewline", "Zürich 東京",
        "rocket \uD83D\uDE80", "\u0000nul", "</script>"};

    Generators.qt().forAll(Generators.programs()).checkAssert(program -> {
      ImmutableOnboardingProgram.Builder renamed = ImmutableOnboardingProgram.builder()
          .from(program).todos(List.of());
      for (int i = 0; i < program.todos().size(); i++) {
        renamed.addTodos(ImmutableToDo.copyOf(program.todos().get(i))
            .withTitle(titles[i % titles.length]));
      }
      OnboardingProgram awkward = renamed.build();

      assertEquals(awkward, JSON.readProgram(JSON.write(awkward)));
    });
  }

  @Test
  void streamAndFile_giveTheSameDocumentAsString(@TempDir Path folder) throws Exception {
    OnboardingProgram program = SamplePrograms.b2bSaas();
    Path file = folder.resolve("program.json");

    JSON.write(program, file);

    assertEquals(JSON.write(program), Files.readString(file));
    assertEquals(program, JSON.readProgram(file));
    assertEquals(program, JSON.readProgram(new ByteArrayInputStream(Files.readAllBytes(file))));
  }
}
