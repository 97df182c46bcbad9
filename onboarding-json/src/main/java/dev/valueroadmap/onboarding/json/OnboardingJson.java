package dev.valueroadmap.onboarding.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.valueroadmap.onboarding.continuation.AnalysisSeries;
import dev.valueroadmap.onboarding.continuation.ContinuationAnalysis;
import dev.valueroadmap.onboarding.continuation.OutcomeCase;
import dev.valueroadmap.onboarding.program.OnboardingProgram;
import dev.valueroadmap.onboarding.progress.AccountState;
import dev.valueroadmap.onboarding.progress.PortfolioBoard;
import dev.valueroadmap.onboarding.progress.ProgressReport;
import dev.valueroadmap.onboarding.segmentation.Allocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and writes onboarding documents as JSON strings, streams and files.
 *
 * <p>Output is UTF-8, indented by two spaces with {@code \n} line ends and one final line
 * end, fields in a fixed order, so that equal values give equal bytes. Reading is strict by
 * default: an unknown field is rejected; {@link #ignoringUnknownFields()} returns a reader
 * that skips unknown fields instead. Every failure to read is an
 * {@link OnboardingJsonException} with the JSON Pointer of the bad value; no Jackson
 * exception leaves this class.
 *
 * <p>Reading enforces these limits, so that hostile input fails fast instead of exhausting
 * the stack or the heap: nesting depth {@value #MAX_NESTING_DEPTH}, string length
 * {@value #MAX_STRING_LENGTH} characters, number length {@value #MAX_NUMBER_LENGTH}
 * characters, field name length {@value #MAX_NAME_LENGTH} characters and document length
 * {@value #MAX_DOCUMENT_LENGTH} bytes or characters.
 *
 * <p>A UTF-8 stream or file is rejected at its first byte sequence that is not UTF-8, with
 * the line, column and byte offset, wherever that sequence is.
 *
 * <p>Instances are immutable and thread-safe; share one.
 */
public final class OnboardingJson {

  /** The maximum nesting depth of objects and arrays; documents need fewer than 10. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** The maximum length of one string value, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  /** The maximum length of one number, in characters. */
  public static final int MAX_NUMBER_LENGTH = 100;

  /** The maximum length of one field name, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;

  /** The maximum length of a document: 64 MiB. */
  public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

  private static final OnboardingJson STRICT = new OnboardingJson(false);
  private static final OnboardingJson LENIENT = new OnboardingJson(true);

  private final ObjectMapper mapper;
  private final ObjectReader reader;
  /** Writes documents; the generator is flushed once, when it is closed. */
  private final ObjectWriter writer;
  private final boolean ignoresUnknownFields;

  private OnboardingJson(boolean ignoresUnknownFields) {
    this.mapper = newMapper();
    this.writer = mapper.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    ObjectReader base = mapper.reader();
    this.reader = ignoresUnknownFields
        ? base.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        : base.with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    this.ignoresUnknownFields = ignoresUnknownFields;
  }

  /**
   * Returns the strict reader and writer: unknown fields are rejected.
   *
   * @return the shared strict instance
   */
  public static OnboardingJson strict() {
    return STRICT;
  }

  /**
   * Returns a reader and writer that skips unknown fields, for documents written by a newer
   * tool that added fields. Everything else is checked as strictly as by {@link #strict()}.
   *
   * @return the shared lenient instance
   */
  public OnboardingJson ignoringUnknownFields() {
    return LENIENT;
  }

  /**
   * Tells whether this instance skips unknown fields.
   *
   * @return true for the lenient instance
   */
  public boolean ignoresUnknownFields() {
    return ignoresUnknownFields;
  }

  /**
   * Creates a mapper configured as this class uses it: the {@link OnboardingModule}, the read
   * limits listed above, {@code BigDecimal} for floats, {@code BigDecimal} written as plain
   * digits, and streams left open for the caller to close.
   *
   * @return a new mapper, which the caller may configure further
   */
  public static JsonMapper newMapper() {
    StreamReadConstraints limits = StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .maxNameLength(MAX_NAME_LENGTH)
        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
        .build();
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(limits)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .build();
    return JsonMapper.builder(factory)
        .addModule(new OnboardingModule())
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
  }

  /**
   * Reads an onboarding program document.
   *
   * @param json the document
   * @return the program, valid by every domain rule
   * @throws OnboardingJsonException if the document cannot be read
   */
  public OnboardingProgram readProgram(String json) {
    return read(DocumentType.PROGRAM, json);
  }

  /**
   * Reads an onboarding program document from a stream, which stays open.
   *
   * @param in the UTF-8, UTF-16 or UTF-32 encoded document
   * @return the program, valid by every domain rule
   * @throws OnboardingJsonException if the document cannot be read
   */
  public OnboardingProgram readProgram(InputStream in) {
    return read(DocumentType.PROGRAM, in);
  }

  /**
   * Reads an onboarding program document from a file.
   *
   * @param file the file
   * @return the program, valid by every domain rule
   * @throws OnboardingJsonException if the file cannot be read or its document is invalid
   */
  public OnboardingProgram readProgram(Path file) {
    return read(DocumentType.PROGRAM, file);
  }

  /**
   * Reads an outcome-cases document.
   *
   * @param json the document
   * @return the cases in document order, an immutable list
   * @throws OnboardingJsonException if the document cannot be read
   */
  public List<OutcomeCase> readOutcomeCases(String json) {
    return read(DocumentType.OUTCOME_CASES, json);
  }

  /**
   * Reads an outcome-cases document from a stream, which stays open.
   *
   * @param in the UTF-8, UTF-16 or UTF-32 encoded document
   * @return the cases in document order, an immutable list
   * @throws OnboardingJsonException if the document cannot be read
   */
  public List<OutcomeCase> readOutcomeCases(InputStream in) {
    return read(DocumentType.OUTCOME_CASES, in);
  }

  /**
   * Reads an outcome-cases document from a file.
   *
   * @param file the file
   * @return the cases in document order, an immutable list
   * @throws OnboardingJsonException if the file cannot be read or its document is invalid
   */
  public List<OutcomeCase> readOutcomeCases(Path file) {
    return read(DocumentType.OUTCOME_CASES, file);
  }

  /**
   * Reads an account-state document: one account with its events.
   *
   * @param json the document
   * @return the account state, its events in document order
   * @throws OnboardingJsonException if the document cannot be read; a blank account id or a
   *     program version below 1 is reported at that field
   */
  public AccountState readAccountState(String json) {
    return read(DocumentType.ACCOUNT_STATE, json);
  }

  /**
   * Reads an account-state document from a stream, which stays open.
   *
   * @param in the UTF-8, UTF-16 or UTF-32 encoded document
   * @return the account state, its events in document order
   * @throws OnboardingJsonException if the document cannot be read
   */
  public AccountState readAccountState(InputStream in) {
    return read(DocumentType.ACCOUNT_STATE, in);
  }

  /**
   * Reads an account-state document from a file.
   *
   * @param file the file
   * @return the account state, its events in document order
   * @throws OnboardingJsonException if the file cannot be read or its document is invalid
   */
  public AccountState readAccountState(Path file) {
    return read(DocumentType.ACCOUNT_STATE, file);
  }

  /**
   * Reads an account-states document: many accounts, as a CRM exports them.
   *
   * @param json the document
   * @return the accounts in document order, an immutable list with each account id once
   * @throws OnboardingJsonException if the document cannot be read, also when an account id
   *     appears twice
   */
  public List<AccountState> readAccountStates(String json) {
    return read(DocumentType.ACCOUNT_STATES, json);
  }

  /**
   * Reads an account-states document from a stream, which stays open.
   *
   * @param in the UTF-8, UTF-16 or UTF-32 encoded document
   * @return the accounts in document order, an immutable list with each account id once
   * @throws OnboardingJsonException if the document cannot be read
   */
  public List<AccountState> readAccountStates(InputStream in) {
    return read(DocumentType.ACCOUNT_STATES, in);
  }

  /**
   * Reads an account-states document from a file.
   *
   * @param file the file
   * @return the accounts in document order, an immutable list with each account id once
   * @throws OnboardingJsonException if the file cannot be read or its document is invalid
   */
  public List<AccountState> readAccountStates(Path file) {
    return read(DocumentType.ACCOUNT_STATES, file);
  }

  /**
   * Reads an allocation-request document: the policy, the effort and the accounts of one
   * touch-model allocation.
   *
   * @param json the document
   * @return the request, its accounts in document order
   * @throws OnboardingJsonException if the document cannot be read, also when an account id
   *     appears twice or an account is in another currency than the policy
   */
  public AllocationRequest readAllocationRequest(String json) {
    return read(DocumentType.ALLOCATION_REQUEST, json);
  }

  /**
   * Reads an allocation-request document from a stream, which stays open.
   *
   * @param in the UTF-8, UTF-16 or UTF-32 encoded document
   * @return the request, its accounts in document order
   * @throws OnboardingJsonException if the document cannot be read
   */
  public AllocationRequest readAllocationRequest(InputStream in) {
    return read(DocumentType.ALLOCATION_REQUEST, in);
  }

  /**
   * Reads an allocation-request document from a file.
   *
   * @param file the file
   * @return the request, its accounts in document order
   * @throws OnboardingJsonException if the file cannot be read or its document is invalid
   */
  public AllocationRequest readAllocationRequest(Path file) {
    return read(DocumentType.ALLOCATION_REQUEST, file);
  }

  /**
   * Reads a document of any type.
   *
   * @param <T> the document's value type
   * @param type the document type
   * @param json the document
   * @return the value
   * @throws OnboardingJsonException if the document cannot be read
   */
  public <T> T read(DocumentType<T> type, String json) {
    requireNonNull(type, "type");
    requireNonNull(json, "json");
    return read(type, () -> mapper.createParser(json));
  }

  /**
   * Reads a document of any type from a stream, which stays open.
   *
   * @param <T> the document's value type
   * @param type the document type
   * @param in the UTF-8, UTF-16 or UTF-32 encoded document
   * @return the value
   * @throws OnboardingJsonException if the stream cannot be read or its document is invalid
   */
  public <T> T read(DocumentType<T> type, InputStream in) {
    requireNonNull(type, "type");
    requireNonNull(in, "in");
    return read(type, () -> mapper.createParser(Utf8CheckingInputStream.wrap(in)));
  }

  /**
   * Reads a document of any type from a file.
   *
   * @param <T> the document's value type
   * @param type the document type
   * @param file the file
   * @return the value
   * @throws OnboardingJsonException if the file cannot be read or its document is invalid
   */
  public <T> T read(DocumentType<T> type, Path file) {
    requireNonNull(type, "type");
    requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(type, in);
    } catch (IOException e) {
      throw new OnboardingJsonException("", -1, -1, "cannot read file " + file + ": " + e,
          null, e);
    }
  }

  /** Opens a parser on the input. */
  @FunctionalInterface
  private interface ParserSource {
    JsonParser open() throws IOException;
  }

  private <T> T read(DocumentType<T> type, ParserSource source) {
    JsonParser parser = null;
    try {
      parser = source.open();
      try (JsonParser in = parser) {
        return readDocument(type, in);
      }
    } catch (IOException e) {
      throw translate(e, parser);
    }
  }

  private <T> T readDocument(DocumentType<T> type, JsonParser in) throws IOException {
    JsonToken first = in.nextToken();
    if (first == null) {
      throw JsonInput.mismatch(in, "", in.currentLocation(), "the input is empty; expected "
          + "the " + type.name() + " document, a JSON object", null);
    }
    if (first != JsonToken.START_OBJECT) {
      throw JsonInput.mismatch(in, "expected the " + type.name()
          + " document, a JSON object, but found " + JsonInput.describe(in));
    }

    T value = type.fromBound(reader.forType(type.boundType()).readValue(in));

    JsonToken trailing;
    try {
      trailing = in.nextToken();
    } catch (JsonProcessingException e) {
      throw JsonInput.mismatch(in, "", e.getLocation(),
          "unexpected content after the end of the document: " + e.getOriginalMessage(), null);
    }
    if (trailing != null) {
      throw JsonInput.mismatch(in, "", in.currentTokenLocation(),
          "unexpected content after the end of the document: found " + JsonInput.describe(in),
          null);
    }
    return value;
  }

  private static OnboardingJsonException translate(IOException e, JsonParser parser) {
    if (e instanceof DocumentMismatchException mismatch) {
      JsonLocation location = mismatch.getLocation();
      return new OnboardingJsonException(mismatch.pointer(), line(location), column(location),
          mismatch.detail(), mismatch.rule(), e);
    }

    if (e instanceof Utf8CheckingInputStream.InvalidUtf8Exception invalid) {
      // The parser reads ahead, so its position is not where the bad bytes are.
      return new OnboardingJsonException("", invalid.line(), invalid.column(),
          invalid.getMessage(), null, e);
    }

    String pointer = parser == null ? "" : JsonInput.pointer(parser);
    JsonLocation location = null;
    String detail;
    if (e instanceof JsonProcessingException processing) {
      location = processing.getLocation();
      detail = processing.getOriginalMessage();
    } else {
      detail = "cannot read the input: " + e;
    }
    if (location == null && parser != null) {
      location = parser.currentLocation();
    }

    if (e instanceof StreamConstraintsException) {
      detail = "the document exceeds a read limit: " + detail;
    } else if (e instanceof JsonEOFException || detail.startsWith("Unexpected end-of-input")) {
      detail = "the input ends before the document is complete: " + detail;
    } else if (e instanceof JsonMappingException mapping) {
      pointer = pointerOf(mapping, pointer);
    } else if (e instanceof JsonProcessingException) {
      detail = "malformed JSON: " + detail;
    }
    return new OnboardingJsonException(pointer, line(location), column(location), detail, null,
        e);
  }

  private static String pointerOf(JsonMappingException e, String fallback) {
    if (e.getPath().isEmpty()) {
      return fallback;
    }
    StringBuilder pointer = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      pointer.append('/');
      if (reference.getFieldName() != null) {
        pointer.append(reference.getFieldName().replace("~", "~0").replace("/", "~1"));
      } else {
        pointer.append(reference.getIndex());
      }
    }
    return pointer.toString();
  }

  private static int line(JsonLocation location) {
    return location == null ? -1 : location.getLineNr();
  }

  private static int column(JsonLocation location) {
    return location == null ? -1 : location.getColumnNr();
  }

  /**
   * Writes an onboarding program document.
   *
   * @param program the program
   * @return the document, ending with a line end
   */
  public String write(OnboardingProgram program) {
    return write(DocumentType.PROGRAM, program);
  }

  /**
   * Writes an onboarding program document to a stream as UTF-8. The stream is flushed, not
   * closed.
   *
   * @param program the program
   * @param out the stream
   * @throws UncheckedIOException if the stream fails
   */
  public void write(OnboardingProgram program, OutputStream out) {
    write(DocumentType.PROGRAM, program, out);
  }

  /**
   * Writes an onboarding program document to a file as UTF-8, replacing the file.
   *
   * @param program the program
   * @param file the file
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(OnboardingProgram program, Path file) {
    write(DocumentType.PROGRAM, program, file);
  }

  /**
   * Writes an outcome-cases document.
   *
   * @param cases the cases in the order to write them
   * @return the document, ending with a line end
   */
  public String writeOutcomeCases(List<OutcomeCase> cases) {
    return write(DocumentType.OUTCOME_CASES, cases);
  }

  /**
   * Writes an outcome-cases document to a stream as UTF-8. The stream is flushed, not
   * closed.
   *
   * @param cases the cases in the order to write them
   * @param out the stream
   * @throws UncheckedIOException if the stream fails
   */
  public void writeOutcomeCases(List<OutcomeCase> cases, OutputStream out) {
    write(DocumentType.OUTCOME_CASES, cases, out);
  }

  /**
   * Writes an outcome-cases document to a file as UTF-8, replacing the file.
   *
   * @param cases the cases in the order to write them
   * @param file the file
   * @throws UncheckedIOException if the file cannot be written
   */
  public void writeOutcomeCases(List<OutcomeCase> cases, Path file) {
    write(DocumentType.OUTCOME_CASES, cases, file);
  }

  /**
   * Writes an account-state document.
   *
   * @param account the account state
   * @return the document, ending with a line end
   */
  public String write(AccountState account) {
    return write(DocumentType.ACCOUNT_STATE, account);
  }

  /**
   * Writes an account-states document. Write to a stream or a file with
   * {@code write(DocumentType.ACCOUNT_STATES, accounts, out)}.
   *
   * @param accounts the accounts in the order to write them
   * @return the document, ending with a line end
   * @throws dev.valueroadmap.onboarding.progress.InvalidAccountException if an account id
   *     appears twice
   */
  public String writeAccountStates(List<AccountState> accounts) {
    return write(DocumentType.ACCOUNT_STATES, accounts);
  }

  /**
   * Writes a progress-report document: the program, the account and the as-of date, then
   * everything the evaluation derives. Write to a stream or a file with
   * {@code write(DocumentType.PROGRESS_REPORT, report, out)}.
   *
   * @param report the report
   * @return the document, ending with a line end
   */
  public String write(ProgressReport report) {
    return write(DocumentType.PROGRESS_REPORT, report);
  }

  /**
   * Writes a portfolio-board document. Write to a stream or a file with
   * {@code write(DocumentType.PORTFOLIO_BOARD, board, out)}.
   *
   * @param board the board
   * @return the document, ending with a line end
   */
  public String write(PortfolioBoard board) {
    return write(DocumentType.PORTFOLIO_BOARD, board);
  }

  /**
   * Writes a continuation-analysis document.
   *
   * @param analysis the analysis
   * @return the document, ending with a line end
   */
  public String write(ContinuationAnalysis analysis) {
    return write(DocumentType.CONTINUATION_ANALYSIS, analysis);
  }

  /**
   * Writes an analysis-series document: the monthly analyses over trailing windows.
   *
   * @param series the series
   * @return the document, ending with a line end
   */
  public String write(AnalysisSeries series) {
    return write(DocumentType.ANALYSIS_SERIES, series);
  }

  /**
   * Writes an allocation-request document. Write to a stream or a file with
   * {@code write(DocumentType.ALLOCATION_REQUEST, request, out)}.
   *
   * @param request the request
   * @return the document, ending with a line end
   */
  public String write(AllocationRequest request) {
    return write(DocumentType.ALLOCATION_REQUEST, request);
  }

  /**
   * Writes a touch-model allocation document: the placements with their reasons, the
   * summaries, the hours and the load per manager. Read it back with
   * {@code read(DocumentType.ALLOCATION, json)}.
   *
   * @param allocation the allocation
   * @return the document, ending with a line end
   */
  public String write(Allocation allocation) {
    return write(DocumentType.ALLOCATION, allocation);
  }

  /**
   * Writes a document of any type.
   *
   * @param <T> the document's value type
   * @param type the document type
   * @param value the value
   * @return the document, ending with a line end
   */
  public <T> String write(DocumentType<T> type, T value) {
    requireNonNull(type, "type");
    Object bound = type.toBound(value);
    // Jackson's segmented writer, as writeValueAsString uses, avoids StringWriter's locking.
    SegmentedStringWriter text = new SegmentedStringWriter(new BufferRecycler());
    try {
      try (JsonGenerator out = mapper.createGenerator(text)) {
        writeDocument(bound, out);
      }
      return text.getAndClear();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the " + type.name() + " document", e);
    }
  }

  /**
   * Writes a document of any type to a stream as UTF-8. The stream is flushed, not closed.
   *
   * @param <T> the document's value type
   * @param type the document type
   * @param value the value
   * @param out the stream
   * @throws UncheckedIOException if the stream fails
   */
  public <T> void write(DocumentType<T> type, T value, OutputStream out) {
    requireNonNull(type, "type");
    requireNonNull(out, "out");
    Object bound = type.toBound(value);
    try (JsonGenerator generator = mapper.createGenerator(out, JsonEncoding.UTF8)) {
      writeDocument(bound, generator);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the " + type.name() + " document", e);
    }
  }

  /**
   * Writes a document of any type to a file as UTF-8, replacing the file.
   *
   * @param <T> the document's value type
   * @param type the document type
   * @param value the value
   * @param file the file
   * @throws UncheckedIOException if the file cannot be written
   */
  public <T> void write(DocumentType<T> type, T value, Path file) {
    requireNonNull(type, "type");
    requireNonNull(file, "file");
    Object bound = type.toBound(value);
    try (Writer text = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        JsonGenerator out = mapper.createGenerator(text)) {
      writeDocument(bound, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private void writeDocument(Object bound, JsonGenerator out) throws IOException {
    out.setPrettyPrinter(PRETTY_PRINTER.createInstance());
    writer.writeValue(out, bound);
    out.writeRaw('\n');
  }

  /**
   * The layout of every document. Each write takes a fresh instance from it, because a pretty
   * printer keeps the current depth.
   */
  private static final DefaultPrettyPrinter PRETTY_PRINTER = prettyPrinter();

  private static DefaultPrettyPrinter prettyPrinter() {
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }
}
