package org.normative.conformance.store;

import java.io.IOException;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.normative.conformance.run.RunRecord;

/**
 * A run record as it is stored: JSON of the record itself, both languages of every message kept, so that any report
 * can be made from it later in either language. Not the report format (that is {@code report.json}).
 */
public final class RunRecordCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public byte[] write(RunRecord record) {
        try {
            return MAPPER.writeValueAsBytes(record);
        } catch (IOException e) {
            throw new IllegalStateException("a run record could not be written as JSON", e);
        }
    }

    public RunRecord read(byte[] json) throws IOException {
        return MAPPER.readValue(json, RunRecord.class);
    }
}
