package dev.farmguard.collector.api.routes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.farmguard.collector.api.ApiException;
import dev.farmguard.collector.store.DeviceQuery.PageKey;
import dev.farmguard.collector.store.DeviceSort;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The opaque {@code cursor} of device lists: base64url of {@code {"sort": ..., "key": ..., "id": ...}}, the sort
 * and the last row's (sort key, device id). Clients pass it back untouched; a cursor made for another sort is refused.
 */
final class DeviceCursor {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_LENGTH = 2048;

    private DeviceCursor() {}

    static String encode(DeviceSort sort, PageKey key) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("sort", sort.apiName());
        m.put("key", key.sortValue());
        m.put("id", key.deviceId());
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(m));
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode a cursor", e);
        }
    }

    /** The page key of {@code cursor}, which must have been made for {@code sort}. */
    static PageKey decode(String cursor, DeviceSort sort) {
        if (cursor.length() > MAX_LENGTH) {
            throw bad("is too long");
        }
        JsonNode node;
        try {
            node = JSON.readTree(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | IOException e) {
            throw bad("is not a cursor this API returned");
        }
        if (node == null || !node.path("sort").isTextual() || !node.path("key").isTextual()
                || !node.path("id").isTextual()) {
            throw bad("is not a cursor this API returned");
        }
        if (!node.get("sort").asText().equals(sort.apiName())) {
            throw bad("was returned for sort=" + node.get("sort").asText() + ", not sort=" + sort.apiName()
                    + "; start again without a cursor");
        }
        String key = node.get("key").asText();
        if (sort.numeric()) {
            try {
                Long.parseLong(key);
            } catch (NumberFormatException e) {
                throw bad("is not a cursor this API returned");
            }
        }
        return new PageKey(key, node.get("id").asText());
    }

    private static ApiException bad(String problem) {
        return ApiException.badParameter("cursor", problem);
    }
}
