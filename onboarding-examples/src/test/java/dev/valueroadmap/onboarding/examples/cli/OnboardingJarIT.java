package dev.valueroadmap.onboarding.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
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

  @Test
  void versionComesFromTheManifest() throws Exception {
    String version = System.getProperty("onboarding.version");
    assertNotNull(version, "system property onboarding.version");

    try (JarFile jar = new JarFile(jar().toFile())) {
      Attributes attributes = jar.getManifest().getMainAttributes();
      assertEquals(version, attributes.getValue("Implementation-Version"));
      assertNotNull(attributes.getValue("Implementation-Title"), "Implementation-Title");
    }
    assertEquals("onboarding " + version + "\n", java("-V").assertSuccess().out());
  }

  @Test
  void jarKeepsEveryLicenceAndNotice() throws IOException {
    // Every dependency jar on the test class path whose classes were shaded into the jar
    // must find each of its licence and notice texts, whole, under the same name.
    int checked = 0;
    try (JarFile shaded = new JarFile(jar().toFile())) {
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        if (!entry.endsWith(".jar") || Path.of(entry).equals(jar())) {
          continue;
        }
        try (JarFile dependency = new JarFile(entry)) {
          if (!isShaded(dependency, shaded)) {
            continue;
          }
          for (String name : LEGAL_FILES) {
            ZipEntry legal = dependency.getEntry(name);
            if (legal == null) {
              continue;
            }
            String text = read(dependency, legal).strip();
            ZipEntry merged = shaded.getEntry(name);
            assertNotNull(merged, name + " of " + entry);
            assertTrue(read(shaded, merged).contains(text), name + " of " + entry
                + " is missing from the jar");
            checked++;
          }
        }
      }
    }
    // Jackson, Commons CSV, Commons Statistics and Numbers, and SLF4J ship such files.
    assertTrue(checked >= 10, "only " + checked + " licence and notice files checked");
  }

  private static final List<String> LEGAL_FILES = List.of("META-INF/LICENSE",
      "META-INF/LICENSE.txt", "META-INF/NOTICE", "META-INF/NOTICE.txt");

  private static boolean isShaded(JarFile dependency, JarFile shaded) {
    return dependency.stream().map(ZipEntry::getName)
        .filter(name -> name.endsWith(".class") && !name.contains("module-info"))
        .findFirst().map(name -> shaded.getEntry(name) != null).orElse(false);
  }

  private static String read(JarFile jar, ZipEntry entry) throws IOException {
    try (InputStream in = jar.getInputStream(entry)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
