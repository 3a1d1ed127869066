package dev.farmguard.collector.api;

import dev.farmguard.collector.auth.ApiToken;
import dev.farmguard.collector.audit.AuditLog;
import dev.farmguard.collector.auth.Role;
import dev.farmguard.collector.auth.TokenCheck;
import java.time.Clock;
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
 * 500 without internals. Every call with a token is audited ({@link RequestAudit}).
 */
public final class Router {

    /** The action every GET is audited as. */
    public static final String QUERY = "query";

    private final ApiErrorLog log = new ApiErrorLog();
    private final List<Entry> entries = new ArrayList<>();
    private final Function<String, TokenCheck> authenticate;
    private final RequestAudit audit;

    /** @param authenticate bearer secret to a usable token; nothing is audited */
    public Router(Function<String, Optional<ApiToken>> authenticate) {
        this(secret -> authenticate.apply(secret).map(TokenCheck::accepted)
                .orElse(TokenCheck.refused("invalid, expired or revoked token")), AuditLog.NONE, Clock.systemUTC());
    }

    /**
     * @param check bearer secret to a usable token, or why not
     * @param audit where queries and refusals are appended (changes are written in their own transaction)
     */
    public Router(Function<String, TokenCheck> check, AuditLog audit, Clock clock) {
        this.authenticate = check;
        this.audit = new RequestAudit(audit, clock, log);
    }

    /**
     * Adds a route; {@code pattern} segments in braces are parameters; {@code required} null = no token needed.
     * Audited as "query" (GET) or "METHOD pattern".
     */
    public Router add(String method, String pattern, Role required, Route route) {
        return add(method, pattern, required, method.equals("GET") ? QUERY : method + " " + pattern, route);
    }

    /** Adds a route audited as {@code action} (for changes: "case.set", "token.create", ...). */
    public Router add(String method, String pattern, Role required, String action, Route route) {
        entries.add(new Entry(method, pattern, pattern.split("/"), required, action, route));
        return this;
    }

    /** A registered route: method, pattern ({@code /api/v1/devices/{id}}) and the role it needs (null: none). */
    public record RouteInfo(String method, String pattern, Role required) {}

    /** Every registered route, in registration order (the OpenAPI contract test reads them). */
    public List<RouteInfo> routes() {
        return entries.stream().map(e -> new RouteInfo(e.method(), e.pattern(), e.required()))
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
            authorize(headers, m.entry());
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
        Principal caller = authorize(request, m.entry());
        if (caller == Principal.ANONYMOUS) {
            return m.entry().route().handle(request, m.params(), caller);
        }
        return audit.run(request, m.params(), caller, m.entry().pattern(), m.entry().action(),
                () -> m.entry().route().handle(request, m.params(), caller));
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

    private Principal authorize(ApiRequest request, Entry entry) {
        Role required = entry.required();
        if (required == null) {
            return Principal.ANONYMOUS;
        }
        String header = request.header("authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ApiException(401, "missing bearer token (Authorization: Bearer <token>)");
        }
        TokenCheck check = authenticate.apply(header.substring(7).trim());
        ApiToken token = check.usable().orElseThrow(() -> new ApiException(401, check.refusal()));
        Principal caller = new Principal(token.id(), token.role(), token.name());
        if (!token.role().satisfies(required)) {
            audit.denied(request, caller, entry.pattern());
            throw new ApiException(403, "role " + token.role().apiName() + " may not do this; it needs "
                    + required.apiName());
        }
        return caller;
    }

    private record Entry(String method, String pattern, String[] segments, Role required, String action,
                         Route route) {

        /** Path parameters when the path matches, else null. */
        Map<String, String> match(String[] path) {
            if (path.length != segments.length) {
                return null;
            }
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 0; i < path.length; i++) {
                String p = segments[i];
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
