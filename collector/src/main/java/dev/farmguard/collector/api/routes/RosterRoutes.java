package dev.farmguard.collector.api.routes;

import dev.farmguard.collector.api.ApiException;
import dev.farmguard.collector.api.ApiRequest;
import dev.farmguard.collector.api.ApiResponse;
import dev.farmguard.collector.api.Principal;
import dev.farmguard.collector.roster.RosterFormatException;
import dev.farmguard.collector.roster.RosterImporter;
import dev.farmguard.collector.store.Store;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** POST /api/v1/roster (text/csv, replaces the roster) and GET /api/v1/roster. */
public final class RosterRoutes {

    private final Store store;
    private final RosterImporter importer;

    public RosterRoutes(Store store) {
        this.store = store;
        this.importer = new RosterImporter(store);
    }

    public ApiResponse replace(ApiRequest request, Map<String, String> params, Principal caller) {
        if (!request.mediaType().equals("text/csv")) {
            throw new ApiException(415, "send the roster as Content-Type: text/csv");
        }
        String csv;
        try {
            csv = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(request.body())).toString();
        } catch (CharacterCodingException e) {
            throw new ApiException(400, "the roster CSV must be UTF-8 text");
        }
        try {
            return ApiResponse.json(200, Map.of("imported", importer.importCsv(csv)));
        } catch (RosterFormatException e) {
            throw new ApiException(400, "roster rejected, nothing imported: " + e.getMessage());
        }
    }

    public ApiResponse list(ApiRequest request, Map<String, String> params, Principal caller) {
        return ApiResponse.json(200, store.roster());
    }
}
