package org.findinggood.coachdesk.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads and writes {@code timestamptz} as PostgreSQL sends and accepts it ({@link ServerTimestamps}), for every
 * mapper that reads server rows: the remote client's and the cache's (a conflict keeps the server's row as sent).
 */
public final class ServerTimestampModule extends SimpleModule {

    public ServerTimestampModule() {
        super("ServerTimestamps");
        addDeserializer(OffsetDateTime.class, new Reader());
        addSerializer(OffsetDateTime.class, new Writer());
    }

    private static final class Reader extends StdScalarDeserializer<OffsetDateTime> {
        Reader() {
            super(OffsetDateTime.class);
        }

        @Override
        public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (OffsetDateTime) context.handleUnexpectedToken(OffsetDateTime.class, parser);
            }
            String text = parser.getText();
            try {
                return ServerTimestamps.parse(text);
            } catch (DateTimeParseException notATimestamp) {
                return (OffsetDateTime) context.handleWeirdStringValue(OffsetDateTime.class, text,
                        "not a PostgreSQL timestamp");
            }
        }
    }

    private static final class Writer extends StdScalarSerializer<OffsetDateTime> {
        Writer() {
            super(OffsetDateTime.class);
        }

        @Override
        public void serialize(OffsetDateTime value, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeString(ServerTimestamps.wire(value));
        }
    }
}
