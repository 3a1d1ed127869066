package dev.farmguard.collector.api;

import dev.farmguard.collector.auth.ApiToken;
import dev.farmguard.collector.auth.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Matches method + path to a route, checks the bearer token and role, and turns every failure into a JSON
 * error: 404 unknown path, 405 known path with another method, 401 no or bad token, 403 role too small,
 * 500 without internals.
 */
public final class Router {

    private final ApiErrorLog log = new ApiErrorLog();
    private final List<Entry> entries = new ArrayList<>();
    private final Function<String, Optional<ApiToken>> authenticate;

    /** @param authenticate bearer secret to a usable token */
    public Router(Function<String, Optional<ApiToken>> authenticate) {
        this.authenticate = authenticate;
    }

    /** Adds a route; {@code pattern} segments in braces are parameters; {@code required} null = no token needed. */
    public Router add(String method, String pattern, Role required, Route route) {
        entries.add(new Entry(method, pattern, pattern.split("/"), required, route));
        return this;
    }

    /** A registered route: method, pattern ({@code /api/v1/devices/{id}}) and the role it needs (null: none). */
    public record RouteInfo(String method, String pattern, Role required) {}

    /** Every registered route, in registration order (the OpenAPI contract test reads them). */
    public List<RouteInfo> routes() {
        return entries.stream().map(e -> new RouteInfo(e.method(), e.text(), e.required()))
                .toList();
    }

    public ApiResponse dispatch(ApiRequest request) {
        try {
            return route(request);
        } catch (ApiException e) {
            return e.response();
        } catch (RuntimeException e) {
            log.internal(request.method(), request.path(), e);
            return Json.error(500, "internal error; see the collector log");
        }
    }

    /**
     * Whether a request may send its body, judged on its headers alone (route, method, token, role): empty when
     * it may, else the error to answer. The body is read only after this, so no one without a token can make
     * the collector hold request bodies.
     */
    public Optional<ApiResponse> admit(ApiRequest headers) {
        try {
            Match m = resolve(headers);
            if (m.refusal() != null) {
                return Optional.of(m.refusal());
            }
            authorize(headers, m.entry().required());
            return Optional.empty();
        } catch (ApiException e) {
            return Optional.of(e.response());
        } catch (RuntimeException e) {
            log.internal(headers.method(), headers.path(), e);
            return Optional.of(Json.error(500, "internal error; see the collector log"));
        }
    }

    private ApiResponse route(ApiRequest request) {
        Match m = resolve(request);
        if (m.refusal() != null) {
            return m.refusal();
        }
        return m.entry().route().handle(request, m.params(), authorize(request, m.entry().required()));
    }

    /** The matching route and its path parameters, or a 405 refusal; 404 when no route has this path. */
    private Match resolve(ApiRequest request) {
        String[] segments = request.path().split("/");
        TreeSet<String> allowed = new TreeSet<>();
        for (Entry e : entries) {
            Map<String, String> params = e.match(segments);
            if (params == null) {
                continue;
            }
            if (!e.method().equals(request.method())) {
                allowed.add(e.method());
                continue;
            }
            return new Match(e, params, null);
        }
        if (!allowed.isEmpty()) {
            return new Match(null, Map.of(), Json.error(405, "method " + request.method() + " not allowed here; use "
                    + String.join(", ", allowed)).withHeader("Allow", String.join(", ", allowed)));
        }
        throw ApiException.notFound("path " + request.path());
    }

    private record Match(Entry entry, Map<String, String> params, ApiResponse refusal) {}

    private Principal authorize(ApiRequest request, Role required) {
        if (required == null) {
            return Principal.ANONYMOUS;
        }
        String header = request.header("authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ApiException(401, "missing bearer token (Authorization: Bearer <token>)");
        }
        ApiToken token = authenticate.apply(header.substring(7).trim())
                .orElseThrow(() -> new ApiException(401, "invalid, expired or revoked token"));
        if (!token.role().satisfies(required)) {
            throw new ApiException(403, "role " + token.role().apiName() + " may not do this; it needs "
                    + required.apiName());
        }
        return new Principal(token.id(), token.role());
    }

    private record Entry(String method, String text, String[] pattern, Role required, Route route) {

        /** Path parameters when the path matches, else null. */
        Map<String, String> match(String[] path) {
            if (path.length != pattern.length) {
                return null;
            }
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 0; i < path.length; i++) {
                String p = pattern[i];
                if (p.startsWith("{") && p.endsWith("}")) {
                    if (path[i].isEmpty()) {
                        return null;
                    }
                    params.put(p.substring(1, p.length() - 1), path[i]);
                } else if (!p.equals(path[i])) {
                    return null;
                }
            }
            return params;
        }
    }
}
