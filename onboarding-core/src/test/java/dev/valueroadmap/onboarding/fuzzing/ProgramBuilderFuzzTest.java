package dev.valueroadmap.onboarding.fuzzing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.valueroadmap.onboarding.fuzzing.ProgramParts.MilestoneParts;
import dev.valueroadmap.onboarding.fuzzing.ProgramParts.ToDoParts;
import dev.valueroadmap.onboarding.program.InvalidProgramException;
import dev.valueroadmap.onboarding.program.OnboardingProgram;
import dev.valueroadmap.onboarding.program.ProgramRule;
import dev.valueroadmap.onboarding.program.Side;
import dev.valueroadmap.onboarding.program.ToDo;
import dev.valueroadmap.onboarding.program.TouchModel;
import dev.valueroadmap.onboarding.sample.SamplePrograms;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the public builders of a program. Each input is a list of edits to the parts of
 * the sample B2B SaaS program (the empty input leaves it unchanged), which are then built
 * through the builders of every part. Building must return a program exactly when the parts
 * break no rule by an independent statement of the rules, and otherwise throw an
 * {@link InvalidProgramException} naming one of the broken rules; never another exception,
 * and never a {@link NullPointerException}, because no null is passed.
 *
 * <p>Without {@code JAZZER_FUZZ} this replays the inputs under
 * {@code ProgramBuilderFuzzTestInputs/buildProgram/} in the test resources.
 */
class ProgramBuilderFuzzTest {

  private static final OnboardingProgram SAMPLE = SamplePrograms.b2bSaas();

  /** At most this many edits per input, so that one input stays fast. */
  private static final int MAX_EDITS = 24;

  /** Valid slugs, including the longest one allowed, and near misses. */
  private static final String[] IDS = {"a", "0", "kickoff", "first-login", "a_b-c",
      "x".repeat(64), "x".repeat(65), "Kickoff", "-a", "", " ", "a b", "é"};

  private static final String[] TEXTS = {"Kick off the project", "", " ", "\t\n", "\u2003"};

  @FuzzTest
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void buildProgram(FuzzedDataProvider data) {
    ProgramParts parts = ProgramParts.of(SAMPLE);
    for (int edit = 0; edit < MAX_EDITS && data.remainingBytes() > 0; edit++) {
      edit(parts, data);
    }
    Set<ProgramRule> broken = parts.brokenRules();

    OnboardingProgram program;
    try {
      program = parts.build();
    } catch (InvalidProgramException e) {
      assertNotNull(e.rule(), "an exception without its rule");
      assertTrue(broken.contains(e.rule()),
          () -> "rejected by " + e.rule() + " but the parts break only " + broken);
      assertTrue(e.getMessage().contains(e.rule().statement()),
          () -> "the message does not state the rule: " + e.getMessage());
      return;
    }

    assertEquals(Set.of(), broken, "built a program that breaks rules");
    assertDerivedViews(program);
  }

  private static void assertDerivedViews(OnboardingProgram program) {
    assertEquals(program, OnboardingProgram.builder().from(program).build(),
        "rebuilding the program gives another value");

    Map<TouchModel, Long> totals = new EnumMap<>(TouchModel.class);
    for (int i = 0; i < program.todos().size(); i++) {
      ToDo todo = program.todos().get(i);
      assertEquals(i, program.checklistIndex(todo.id()), todo.id());
      for (TouchModel touchModel : todo.touchModels()) {
        totals.merge(touchModel, (long) todo.csEffortMinutes(touchModel), Long::sum);
      }
    }
    for (TouchModel touchModel : TouchModel.values()) {
      assertEquals(totals.getOrDefault(touchModel, 0L),
          program.totalCsEffortMinutes(touchModel), touchModel.name());
    }
  }

  /** Applies one edit chosen by the input. */
  private static void edit(ProgramParts parts, FuzzedDataProvider data) {
    List<MilestoneParts> milestones = parts.milestones;
    List<ToDoParts> todos = parts.todos;
    switch (data.consumeInt(0, 11)) {
      case 0 -> set(milestones, data, milestone(parts, data));
      case 1 -> milestones.add(index(milestones.size() + 1, data), milestone(parts, data));
      case 2 -> remove(milestones, data);
      case 3 -> set(todos, data, todo(parts, data));
      case 4 -> todos.add(index(todos.size() + 1, data), todo(parts, data));
      case 5 -> remove(todos, data);
      case 6 -> move(todos, data);
      case 7 -> {
        parts.pointMilestoneId = id(parts, data);
        parts.deadlineDay = day(data);
      }
      case 8 -> parts.id = id(parts, data);
      case 9 -> parts.version = data.consumeInt(-1, 3);
      case 10 -> parts.stallThresholdDays = day(data);
      default -> {
        milestones.clear();
        todos.clear();
      }
    }
  }

  private static MilestoneParts milestone(ProgramParts parts, FuzzedDataProvider data) {
    return new MilestoneParts(id(parts, data), text(data), text(data), day(data));
  }

  private static ToDoParts todo(ProgramParts parts, FuzzedDataProvider data) {
    List<String> prerequisites = new ArrayList<>();
    int count = data.consumeInt(0, 3);
    for (int i = 0; i < count; i++) {
      prerequisites.add(id(parts, data));
    }

    Set<TouchModel> touchModels = EnumSet.noneOf(TouchModel.class);
    Map<TouchModel, Integer> effort = new EnumMap<>(TouchModel.class);
    for (TouchModel touchModel : TouchModel.values()) {
      if (data.consumeBoolean()) {
        touchModels.add(touchModel);
      }
      if (data.consumeBoolean()) {
        effort.put(touchModel, data.consumeBoolean() ? data.consumeInt(-1, 240)
            : data.consumeInt());
      }
    }
    Side side = data.consumeBoolean() ? Side.CS : Side.CUSTOMER;
    return new ToDoParts(id(parts, data), text(data), side, id(parts, data), day(data),
        prerequisites, touchModels, effort);
  }

  /** Returns an id already in the parts, a valid or near-miss slug, or any text. */
  private static String id(ProgramParts parts, FuzzedDataProvider data) {
    switch (data.consumeInt(0, 4)) {
      case 0:
        return parts.milestones.isEmpty() ? "m"
            : parts.milestones.get(index(parts.milestones.size(), data)).id();
      case 1:
        return parts.todos.isEmpty() ? "t"
            : parts.todos.get(index(parts.todos.size(), data)).id();
      case 2:
        return data.pickValue(IDS);
      case 3:
        return data.consumeAsciiString(70);
      default:
        return data.consumeString(70);
    }
  }

  private static String text(FuzzedDataProvider data) {
    return data.consumeBoolean() ? data.pickValue(TEXTS) : data.consumeString(40);
  }

  /** Returns a day, mostly near the sample's days and sometimes anywhere in int range. */
  private static int day(FuzzedDataProvider data) {
    return data.consumeBoolean() ? data.consumeInt(-1, 120) : data.consumeInt();
  }

  private static int index(int size, FuzzedDataProvider data) {
    return data.consumeInt(0, Math.max(0, size - 1));
  }

  private static <T> void set(List<T> list, FuzzedDataProvider data, T value) {
    if (list.isEmpty()) {
      list.add(value);
    } else {
      list.set(index(list.size(), data), value);
    }
  }

  private static <T> void remove(List<T> list, FuzzedDataProvider data) {
    if (!list.isEmpty()) {
      list.remove(index(list.size(), data));
    }
  }

  private static <T> void move(List<T> list, FuzzedDataProvider data) {
    if (!list.isEmpty()) {
      T value = list.remove(index(list.size(), data));
      list.add(index(list.size() + 1, data), value);
    }
  }
}
