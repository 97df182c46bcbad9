package dev.valueroadmap.onboarding.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.valueroadmap.onboarding.json.OnboardingJson;
import dev.valueroadmap.onboarding.program.TouchModel;
import dev.valueroadmap.onboarding.progress.AccountState;
import dev.valueroadmap.onboarding.progress.EventKind;
import dev.valueroadmap.onboarding.progress.ProgressEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Writing and reading account-state documents, one JSON document per account: the library's
 * {@link OnboardingJson} against plain Jackson databind on mutable POJOs with the same
 * fields. Both readers read the same documents, the ones the library wrote; the setup checks
 * that the POJO writer produces the same JSON, indented like the library's, which puts no
 * space before a colon. One operation writes or reads every document.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class JsonBenchmark {

  @Param("100000")
  int documents;

  OnboardingJson json;
  ObjectWriter pojoWriter;
  ObjectReader pojoReader;
  List<AccountState> accounts;
  List<AccountPojo> pojos;
  List<String> texts;

  @Setup(Level.Trial)
  public void generate() throws JsonProcessingException {
    json = OnboardingJson.strict();
    ObjectMapper mapper = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        // The library writes indented documents, so the peer indents too.
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build();
    pojoWriter = mapper.writerFor(AccountPojo.class);
    pojoReader = mapper.readerFor(AccountPojo.class);

    accounts = BenchmarkData.accounts(BenchmarkData.program(), documents);
    pojos = new ArrayList<>(documents);
    texts = new ArrayList<>(documents);
    for (AccountState account : accounts) {
      AccountPojo pojo = AccountPojo.from(account);
      String text = json.write(account);
      if (!mapper.readTree(text).equals(mapper.readTree(pojoWriter.writeValueAsString(pojo)))) {
        throw new IllegalStateException("the plain Jackson document of account "
            + account.accountId() + " differs from the library's: " + text);
      }
      if (!json.readAccountState(text).equals(account)) {
        throw new IllegalStateException("account " + account.accountId()
            + " does not read back equal from " + text);
      }
      pojos.add(pojo);
      texts.add(text);
    }
  }

  @Benchmark
  public void libraryWrite(Blackhole blackhole) {
    for (AccountState account : accounts) {
      blackhole.consume(json.write(account));
    }
  }

  @Benchmark
  public void libraryRead(Blackhole blackhole) {
    for (String text : texts) {
      blackhole.consume(json.readAccountState(text));
    }
  }

  @Benchmark
  public void jacksonWrite(Blackhole blackhole) throws JsonProcessingException {
    for (AccountPojo pojo : pojos) {
      blackhole.consume(pojoWriter.writeValueAsString(pojo));
    }
  }

  @Benchmark
  public void jacksonRead(Blackhole blackhole) throws JsonProcessingException {
    for (String text : texts) {
      blackhole.consume(pojoReader.<AccountPojo>readValue(text));
    }
  }

  /** An account state as a plain mutable bean, the way a team without the library maps it. */
  public static class AccountPojo {
    public int schemaVersion = 1;
    public String accountId;
    public String programId;
    public int programVersion;
    public LocalDate startDate;
    public TouchModel touchModel;
    public List<EventPojo> events = new ArrayList<>();

    static AccountPojo from(AccountState account) {
      AccountPojo pojo = new AccountPojo();
      pojo.accountId = account.accountId();
      pojo.programId = account.programId();
      pojo.programVersion = account.programVersion();
      pojo.startDate = account.startDate();
      pojo.touchModel = account.touchModel();
      for (ProgressEvent event : account.events()) {
        EventPojo eventPojo = new EventPojo();
        eventPojo.todoId = event.todoId();
        eventPojo.kind = event.kind();
        eventPojo.date = event.date();
        pojo.events.add(eventPojo);
      }
      return pojo;
    }
  }

  /** A progress event as a plain mutable bean. */
  public static class EventPojo {
    public String todoId;
    public EventKind kind;
    public LocalDate date;
  }
}
