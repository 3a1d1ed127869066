package dev.farmguard.collector.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The team CLI's HTTPS client of the collector API: trusts only the collector's CA, sends the bearer token, turns
 * error answers into {@link ApiClientException}. Every client command (devices, clusters, export, and triage's case,
 * suppress and audit) goes through it.
 */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern ATTACHMENT_NAME =
            Pattern.compile("filename=\"?([A-Za-z0-9][A-Za-z0-9._-]{0,200})\"?(?:;|$)");

    private final HttpClient http;
    private final URI server;
    private final String token;

    public ApiClient(URI server, SSLContext tls, String token) {
        this.server = server;
        this.token = token;
        this.http = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A client for {@code config}: its CA file and the token read from its token file. */
    public static ApiClient of(ClientConfig config) throws IOException {
        String token = Files.readString(config.tokenFile(), StandardCharsets.UTF_8).trim();
        if (token.isEmpty()) {
            throw new IOException("the token file " + config.tokenFile() + " is empty");
        }
        return new ApiClient(config.server(), trusting(config.ca()), token);
    }

    /** TLS that trusts exactly the CA certificate in {@code caPem}. */
    public static SSLContext trusting(Path caPem) throws IOException {
        try (InputStream in = Files.newInputStream(caPem)) {
            X509Certificate ca = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            trust.setCertificateEntry("farmguard-ca", ca);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, tmf.getTrustManagers(), null);
            return tls;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot use " + caPem + " as the collector's CA: " + e.getMessage(), e);
        }
    }

    /** GET {@code path?query} as JSON. */
    public JsonNode get(String path, Map<String, List<String>> query) throws IOException, ApiClientException {
        return send("GET", path + queryString(query), null);
    }

    /** {@code method path} with {@code body} (any JSON-serialisable value, or null for none), answered as JSON. */
    public JsonNode send(String method, String path, Object body) throws IOException, ApiClientException {
        HttpRequest.Builder b = request(path).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        HttpResponse<byte[]> r = call(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() >= 300) {
            throw error(r.statusCode(), r.body());
        }
        return r.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(r.body());
    }

    /** GET {@code path?query} into {@code out}, streamed to disk (exports); returns the bytes written. */
    public long download(String path, Map<String, List<String>> query, Path out) throws IOException, ApiClientException {
        HttpResponse<InputStream> r = fetch(path, query);
        try (InputStream in = r.body()) {
            return save(in, out);
        }
    }

    /**
     * GET {@code path?query} into {@code dir}, under the file name the collector gives in its Content-Disposition
     * (reports carry their kind and time in it); returns the file written.
     */
    public Path downloadAttachment(String path, Map<String, List<String>> query, Path dir)
            throws IOException, ApiClientException {
        HttpResponse<InputStream> r = fetch(path, query);
        try (InputStream in = r.body()) {
            String name = r.headers().firstValue("Content-Disposition").map(ApiClient::attachmentName).orElse(null);
            if (name == null) {
                throw new IOException("the collector's answer to " + path + " names no file to save it as");
            }
            Files.createDirectories(dir);
            Path out = dir.resolve(name);
            save(in, out);
            return out;
        }
    }

    /**
     * The file name in {@code attachment; filename="x"}, or null when absent or not a plain name: the server's word
     * must never place a file outside the chosen directory.
     */
    static String attachmentName(String contentDisposition) {
        Matcher m = ATTACHMENT_NAME.matcher(contentDisposition);
        return m.find() ? m.group(1) : null;
    }

    private HttpResponse<InputStream> fetch(String path, Map<String, List<String>> query)
            throws IOException, ApiClientException {
        HttpResponse<InputStream> r = call(request(path + queryString(query)).timeout(Duration.ofHours(1)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (r.statusCode() >= 300) {
            try (InputStream in = r.body()) {
                throw error(r.statusCode(), in.readAllBytes());
            }
        }
        return r;
    }

    /** Streams {@code in} into {@code out} via a partial file, so {@code out} is complete or untouched. */
    private static long save(InputStream in, Path out) throws IOException {
        Path partial = out.resolveSibling(out.getFileName() + ".part");
        long n = Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
        return n;
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(server.resolve(pathAndQuery)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    private <T> HttpResponse<T> call(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException {
        try {
            return http.send(request, handler);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static ApiClientException error(int status, byte[] body) {
        try {
            JsonNode e = JSON.readTree(body);
            if (e != null && e.path("error").isTextual()) {
                return new ApiClientException(status, e.get("error").asText(),
                        e.path("parameter").isTextual() ? e.get("parameter").asText() : null);
            }
        } catch (IOException notJson) {
            // fall through: report the status alone
        }
        return new ApiClientException(status, "HTTP " + status, null);
    }

    /** {@code ?a=1&b=2&b=3} with every name and value URL-encoded; empty for no parameters. */
    static String queryString(Map<String, List<String>> query) {
        StringJoiner q = new StringJoiner("&", "?", "").setEmptyValue("");
        query.forEach((name, values) -> values.forEach(v -> q.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8))));
        return q.toString();
    }
}
