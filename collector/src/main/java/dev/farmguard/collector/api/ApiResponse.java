package dev.farmguard.collector.api;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An HTTP response: status, content type, body and extra headers; or, with {@code stream}, a body written as it is
 * produced (chunked, then the connection closes).
 */
public record ApiResponse(int status, String contentType, byte[] body, Map<String, String> headers,
                          StreamingBody stream) {

    public static final String JSON = "application/json; charset=utf-8";

    public ApiResponse(int status, String contentType, byte[] body, Map<String, String> headers) {
        this(status, contentType, body, headers, null);
    }

    public ApiResponse {
        body = body.clone();
        headers = Map.copyOf(headers);
    }

    public static ApiResponse json(int status, Object value) {
        return new ApiResponse(status, JSON, Json.bytes(value), Map.of());
    }

    public static ApiResponse text(int status, String contentType, String text) {
        return new ApiResponse(status, contentType, text.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** A 200 whose body {@code stream} writes while it reads its source. */
    public static ApiResponse streamed(String contentType, StreamingBody stream) {
        return new ApiResponse(200, contentType, new byte[0], Map.of(), stream);
    }

    public boolean streamed() {
        return stream != null;
    }

    public static ApiResponse noContent() {
        return new ApiResponse(204, JSON, new byte[0], Map.of());
    }

    public ApiResponse withHeader(String name, String value) {
        Map<String, String> h = new java.util.HashMap<>(headers);
        h.put(name, value);
        return new ApiResponse(status, contentType, body, h, stream);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}
