package dev.valueroadmap.onboarding.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.Serializable;

/**
 * Jackson serializers and deserializers built from a write and a read function, so that
 * each JSON form is two plain static methods and registering a type is one line.
 */
final class JsonAdapters {

  private JsonAdapters() {
  }

  /** Writes one value as JSON. */
  @FunctionalInterface
  interface Writer<T> extends Serializable {
    void write(T value, JsonGenerator out) throws IOException;
  }

  /** Reads one value from the parser's current token. */
  @FunctionalInterface
  interface Reader<T> extends Serializable {
    T read(JsonParser in, DeserializationContext context) throws IOException;
  }

  /** A serializer that delegates to a write function. */
  static final class FunctionSerializer<T> extends StdSerializer<T> {

    private static final long serialVersionUID = 1L;

    private final Writer<T> writer;

    FunctionSerializer(Class<T> type, Writer<T> writer) {
      super(type);
      this.writer = writer;
    }

    @Override
    public void serialize(T value, JsonGenerator out, SerializerProvider provider)
        throws IOException {
      writer.write(value, out);
    }
  }

  /** A deserializer that delegates to a read function. */
  static final class FunctionDeserializer<T> extends StdDeserializer<T> {

    private static final long serialVersionUID = 1L;

    private final Reader<T> reader;

    FunctionDeserializer(Class<T> type, Reader<T> reader) {
      super(type);
      this.reader = reader;
    }

    @Override
    public T deserialize(JsonParser in, DeserializationContext context) throws IOException {
      return reader.read(in, context);
    }

    @Override
    public boolean isCachable() {
      return true;
    }
  }
}
