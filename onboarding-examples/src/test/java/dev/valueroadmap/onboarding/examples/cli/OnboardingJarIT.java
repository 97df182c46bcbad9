package dev.valueroadmap.onboarding.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shaded jar as a user does, {@code java -jar onboarding.jar ...} in a separate
 * process, after the package phase built it.
 */
class OnboardingJarIT {

  @TempDir
  Path folder;

  private static Path jar() {
    String jar = System.getProperty("onboarding.jar");
    assertNotNull(jar, "system property onboarding.jar");
    return Path.of(jar);
  }

  private ToolRun java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar().toString());
    command.addAll(List.of(args));
    Path out = folder.resolve("out.txt");
    Path err = folder.resolve("err.txt");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
        .redirectError(err.toFile()).start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the jar did not finish in 60 s");
    return new ToolRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void demoRunsFromTheJar() throws Exception {
    ToolRun run = java("demo").assertSuccess();

    assertTrue(run.out().startsWith("Demo data as of 2025-06-30"), run.out());
    assertTrue(run.out().contains("Continuation point: team-adoption"), run.out());
  }

  @Test
  void badInputExitsWithStatusTwo() throws Exception {
    Path cases = folder.resolve("cases.csv");
    Files.writeString(cases, "account_id,furthest_milestone,renewed\nx1,a,perhaps\n");

    java("analyze", "--cases", cases.toString(), "--milestones", "a,b")
        .assertBadInput(cases + ", line 2, column 3", "'perhaps'");
  }

  @Test
  void jarRegistersTheJsonModule() throws IOException {
    try (JarFile jar = new JarFile(jar().toFile())) {
      ZipEntry services = jar.getEntry("META-INF/services/com.fasterxml.jackson.databind.Module");
      assertNotNull(services, "the Jackson module service file");
      String text = new String(jar.getInputStream(services).readAllBytes(),
          StandardCharsets.UTF_8);
      assertTrue(text.contains("dev.valueroadmap.onboarding.json.OnboardingModule"), text);
      assertEquals("dev.valueroadmap.onboarding.examples.cli.OnboardingCli",
          jar.getManifest().getMainAttributes().getValue("Main-Class"));
    }
  }
}
