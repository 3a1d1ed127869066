package dev.farmguard.collector.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.Finding;
import java.util.List;

/** JSON of stored model records: ISO-8601 times, EDID bytes as base64 (Jackson's byte[] default). */
final class JsonCodec {

    private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {};

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    String snapshot(DeviceSnapshot s) {
        return write(s);
    }

    DeviceSnapshot snapshot(String json) {
        try {
            return mapper.readValue(json, DeviceSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored snapshot is not readable JSON: " + e.getOriginalMessage(), e);
        }
    }

    String findings(List<Finding> findings) {
        return write(findings);
    }

    List<Finding> findings(String json) {
        try {
            return mapper.readValue(json, FINDINGS);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored findings are not readable JSON: " + e.getOriginalMessage(), e);
        }
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot encode " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
