package dev.farmguard.collector.api.routes;

import dev.farmguard.collector.api.ApiException;
import dev.farmguard.collector.api.ApiRequest;
import dev.farmguard.collector.api.ApiResponse;
import dev.farmguard.collector.api.Principal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Serves the dashboard's static files. They hold no data and need no token: the page asks for a token and
 * sends it with every API call. Only the listed files exist; anything else is a 404.
 */
public final class DashboardRoutes {

    private static final Map<String, String> FILES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8",
            "style.css", "text/css; charset=utf-8");

    /** The page loads only its own script and style and talks only to this origin. */
    private static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
                    + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private final Map<String, byte[]> contents;

    public DashboardRoutes() {
        this.contents = FILES.keySet().stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(name -> name, DashboardRoutes::load));
    }

    public ApiResponse root(ApiRequest request, Map<String, String> params, Principal caller) {
        return new ApiResponse(302, "text/plain; charset=utf-8", new byte[0], Map.of("Location", "/dashboard/"));
    }

    public ApiResponse index(ApiRequest request, Map<String, String> params, Principal caller) {
        return file("index.html");
    }

    public ApiResponse asset(ApiRequest request, Map<String, String> params, Principal caller) {
        return file(params.get("file"));
    }

    private ApiResponse file(String name) {
        byte[] body = contents.get(name);
        if (body == null) {
            throw new ApiException(404, "no dashboard file '" + name + "'");
        }
        return new ApiResponse(200, FILES.get(name), body, Map.of(
                "Content-Security-Policy", CONTENT_SECURITY_POLICY,
                "X-Content-Type-Options", "nosniff",
                "Referrer-Policy", "no-referrer",
                "Cache-Control", "no-cache"));
    }

    private static byte[] load(String name) {
        try (InputStream in = DashboardRoutes.class.getResourceAsStream("/dashboard/" + name)) {
            if (in == null) {
                throw new IllegalStateException("dashboard resource /dashboard/" + name + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
