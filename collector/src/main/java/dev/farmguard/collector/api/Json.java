package dev.farmguard.collector.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.Map;

/** The API's JSON: ISO-8601 times, byte arrays (EDID) as base64. */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Json() {}

    public static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode the response as JSON", e);
        }
    }

    /**
     * The request's body as a JSON object: 415 unless it is sent as application/json, 400 when it is not a JSON
     * object. With {@code optional}, a request without body and Content-Type is an empty object.
     */
    public static JsonNode object(ApiRequest request, boolean optional) {
        byte[] body = request.body();
        if (optional && body.length == 0 && request.mediaType().isEmpty()) {
            return MAPPER.createObjectNode();
        }
        if (!request.mediaType().equals("application/json")) {
            throw new ApiException(415, "send the body as Content-Type: application/json");
        }
        return object(body);
    }

    private static JsonNode object(byte[] body) {
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || !node.isObject()) {
                throw new ApiException(400, "the body must be a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new ApiException(400, "the body is not valid JSON");
        }
    }

    /** {"error": "...", "status": 404} */
    public static ApiResponse error(int status, String message) {
        return error(status, message, null);
    }

    /** {"error": "...", "status": 400, "parameter": "limit"}: the parameter only when one is at fault. */
    public static ApiResponse error(int status, String message, String parameter) {
        Map<String, Object> error = new java.util.LinkedHashMap<>();
        error.put("error", message);
        error.put("status", status);
        if (parameter != null) {
            error.put("parameter", parameter);
        }
        return ApiResponse.json(status, error);
    }
}
