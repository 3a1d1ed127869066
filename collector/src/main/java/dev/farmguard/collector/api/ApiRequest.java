package dev.farmguard.collector.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP request as the routes see it, free of any server library.
 *
 * @param headers  lower-case header names to their first value
 * @param clientIp the address the request came from (the TCP peer), "" when unknown
 */
public record ApiRequest(String method, String path, Map<String, List<String>> query, Map<String, String> headers,
                         byte[] body, String clientIp) {

    public ApiRequest {
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
        body = body.clone();
        clientIp = clientIp == null ? "" : clientIp;
    }

    public ApiRequest(String method, String path, Map<String, List<String>> query, Map<String, String> headers,
                      byte[] body) {
        this(method, path, query, headers, body, "");
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** The single value of a query parameter, or null. */
    public String queryParam(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** Media type without parameters, lower case ("text/csv"), or "" when absent. */
    public String mediaType() {
        String ct = header("content-type");
        if (ct == null) {
            return "";
        }
        int semi = ct.indexOf(';');
        return (semi < 0 ? ct : ct.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }
}
