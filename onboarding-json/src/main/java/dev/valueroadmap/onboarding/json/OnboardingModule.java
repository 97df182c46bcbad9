package dev.valueroadmap.onboarding.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import dev.valueroadmap.onboarding.continuation.OutcomeCase;
import dev.valueroadmap.onboarding.json.AccountStateJson.AccountStateList;
import dev.valueroadmap.onboarding.json.JsonAdapters.FunctionDeserializer;
import dev.valueroadmap.onboarding.json.JsonAdapters.FunctionSerializer;
import dev.valueroadmap.onboarding.json.JsonAdapters.Reader;
import dev.valueroadmap.onboarding.json.JsonAdapters.Writer;
import dev.valueroadmap.onboarding.json.OutcomeCaseJson.OutcomeCaseList;
import dev.valueroadmap.onboarding.program.ContinuationPoint;
import dev.valueroadmap.onboarding.program.Milestone;
import dev.valueroadmap.onboarding.program.OnboardingProgram;
import dev.valueroadmap.onboarding.program.ToDo;
import dev.valueroadmap.onboarding.program.ValueRoadmap;
import dev.valueroadmap.onboarding.progress.AccountState;
import dev.valueroadmap.onboarding.progress.PortfolioBoard;
import dev.valueroadmap.onboarding.progress.ProgressReport;
import dev.valueroadmap.onboarding.progress.ProgressEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The Jackson module that reads and writes the onboarding domain types in the versioned
 * JSON format: {@link OnboardingProgram} (a top-level document with {@code schemaVersion}),
 * its parts {@link ValueRoadmap}, {@link Milestone}, {@link ToDo} and
 * {@link ContinuationPoint}, {@link OutcomeCase}, {@link AccountState} (a top-level
 * document) with its {@link ProgressEvent}s, and the output documents
 * {@link ProgressReport} and {@link PortfolioBoard}.
 *
 * <p>Register it explicitly with {@code mapper.registerModule(new OnboardingModule())}, or
 * let {@code ObjectMapper.findAndRegisterModules()} find it through
 * {@code META-INF/services}. The format does not depend on the mapper's features: dates are
 * ISO-8601 strings, enums are read and written by exact name only, and fields come in a
 * fixed order. Unknown fields are rejected while
 * {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES} is enabled, as it is on a new
 * mapper, and skipped otherwise. Reading goes through the core builders, so that a document
 * that breaks a domain rule is rejected. Mapping errors are Jackson
 * {@code MismatchedInputException}s whose message starts with the JSON Pointer of the bad
 * value; {@link OnboardingJson} turns them into {@link OnboardingJsonException}s.
 *
 * <p>Immutable and thread-safe; one instance can be registered with many mappers.
 */
public final class OnboardingModule extends Module {

  private static final long serialVersionUID = 1L;

  private static final Version VERSION = readVersion();

  /** Creates the module. */
  public OnboardingModule() {
  }

  private static Version readVersion() {
    Properties properties = new Properties();
    try (InputStream in = OnboardingModule.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the version of onboarding-json", e);
    }
    return VersionUtil.parseVersion(properties.getProperty("version"),
        properties.getProperty("groupId"), properties.getProperty("artifactId"));
  }

  @Override
  public String getModuleName() {
    return "onboarding-json";
  }

  /**
   * Returns the version of this artifact, as Maven built it.
   *
   * @return the version with group id {@code dev.valueroadmap} and artifact id
   *     {@code onboarding-json}
   */
  @Override
  public Version version() {
    return VERSION;
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();

    bind(serializers, deserializers, Milestone.class, ProgramJson::writeMilestone,
        ProgramJson::readMilestone);
    bind(serializers, deserializers, ValueRoadmap.class, ProgramJson::writeRoadmap,
        ProgramJson::readRoadmap);
    bind(serializers, deserializers, ToDo.class, ProgramJson::writeTodo,
        ProgramJson::readTodo);
    bind(serializers, deserializers, ContinuationPoint.class,
        ProgramJson::writeContinuationPoint, ProgramJson::readContinuationPoint);
    bind(serializers, deserializers, OnboardingProgram.class, ProgramJson::writeProgram,
        ProgramJson::readProgram);
    bind(serializers, deserializers, OutcomeCase.class, OutcomeCaseJson::writeCase,
        OutcomeCaseJson::readCase);
    bind(serializers, deserializers, OutcomeCaseList.class, OutcomeCaseJson::writeDocument,
        OutcomeCaseJson::readDocument);
    bind(serializers, deserializers, ProgressEvent.class, AccountStateJson::writeEvent,
        AccountStateJson::readEvent);
    bind(serializers, deserializers, AccountState.class, AccountStateJson::writeDocument,
        AccountStateJson::readDocument);
    bind(serializers, deserializers, AccountStateList.class, AccountStateJson::writeList,
        AccountStateJson::readList);
    bind(serializers, deserializers, ProgressReport.class, ProgressJson::writeReport,
        ProgressJson::readReport);
    bind(serializers, deserializers, PortfolioBoard.class, ProgressJson::writeBoard,
        ProgressJson::readBoard);

    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
  }

  private static <T> void bind(SimpleSerializers serializers,
      SimpleDeserializers deserializers, Class<T> type, Writer<T> writer, Reader<T> reader) {
    serializers.addSerializer(type, new FunctionSerializer<>(type, writer));
    deserializers.addDeserializer(type, new FunctionDeserializer<>(type, reader));
  }
}
