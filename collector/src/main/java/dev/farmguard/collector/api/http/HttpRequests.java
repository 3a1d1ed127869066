package dev.farmguard.collector.api.http;

import dev.farmguard.collector.api.ApiException;
import dev.farmguard.collector.api.ApiRequest;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Netty requests to the routes' {@link ApiRequest}. */
final class HttpRequests {

    private HttpRequests() {}

    /** The request with {@code body}; a malformed %-escape in the path or query is a 400 naming it. */
    static ApiRequest toApiRequest(HttpRequest msg, byte[] body, SocketAddress peer) {
        QueryStringDecoder uri = new QueryStringDecoder(msg.uri());
        String path;
        Map<String, List<String>> query;
        try {
            path = uri.path();
            query = uri.parameters();
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "malformed %-escape in the request path or query (write % as %25)");
        }
        Map<String, String> headers = new HashMap<>();
        msg.headers().forEach(h -> headers.putIfAbsent(h.getKey().toLowerCase(Locale.ROOT), h.getValue()));
        String clientIp = peer instanceof InetSocketAddress inet && inet.getAddress() != null
                ? inet.getAddress().getHostAddress() : "";
        return new ApiRequest(msg.method().name(), path, query, headers, body, clientIp);
    }
}
