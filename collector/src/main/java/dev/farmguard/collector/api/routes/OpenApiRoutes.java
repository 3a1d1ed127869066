package dev.farmguard.collector.api.routes;

import dev.farmguard.collector.api.ApiRequest;
import dev.farmguard.collector.api.ApiResponse;
import dev.farmguard.collector.api.Principal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * GET /api/v1/openapi.json: the API's OpenAPI 3.1 description, kept as the resource {@code api/openapi.json} beside
 * the code; {@code OpenApiContractTest} holds it and {@link ApiRoutes} to the same set of paths and methods.
 */
public final class OpenApiRoutes {

    public static final String RESOURCE = "api/openapi.json";

    private final byte[] document;

    public OpenApiRoutes() {
        this.document = load();
    }

    /** The document's bytes as shipped in the jar. */
    public static byte[] load() {
        try (InputStream in = OpenApiRoutes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the collector's jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public ApiResponse document(ApiRequest request, Map<String, String> params, Principal caller) {
        return new ApiResponse(200, ApiResponse.JSON, document, Map.of());
    }
}
