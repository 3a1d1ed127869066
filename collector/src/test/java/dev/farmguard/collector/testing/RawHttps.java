package dev.farmguard.collector.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SSLSocket;

/**
 * An HTTP/1.1 client over TLS that writes exactly the bytes it is given (pipelined requests, bad escapes,
 * stalled bodies: things {@code java.net.http} refuses to send) and reads responses one by one.
 */
public final class RawHttps implements AutoCloseable {

    private final SSLSocket socket;
    private final InputStream in;
    private final OutputStream out;

    private RawHttps(SSLSocket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    public static RawHttps connect(InetSocketAddress server, Path caPem) throws Exception {
        return connectFrom("127.0.0.1", server, caPem);
    }

    /** From a chosen loopback source address (127.0.0.2 is another client for per-address limits). */
    public static RawHttps connectFrom(String localAddress, InetSocketAddress server, Path caPem) throws Exception {
        SSLSocket s = (SSLSocket) Tls.trusting(caPem).getSocketFactory().createSocket();
        s.bind(new InetSocketAddress(localAddress, 0));
        s.connect(server, 5_000);
        s.setSoTimeout(15_000);
        s.startHandshake();
        return new RawHttps(s);
    }

    public RawHttps send(String text) throws IOException {
        return send(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    public RawHttps send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
        return this;
    }

    public void timeout(int millis) throws IOException {
        socket.setSoTimeout(millis);
    }

    /** The next response (status, lower-case headers, body by Content-Length); throws at end of stream. */
    public Response read() throws IOException {
        String status = line();
        if (status == null) {
            throw new IOException("connection closed before a response");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String h = line(); h != null && !h.isEmpty(); h = line()) {
            int colon = h.indexOf(':');
            headers.put(h.substring(0, colon).trim().toLowerCase(Locale.ROOT), h.substring(colon + 1).trim());
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        byte[] body = in.readNBytes(length);
        return new Response(Integer.parseInt(status.split(" ")[1]), headers,
                new String(body, StandardCharsets.UTF_8));
    }

    /** True when the server closed the connection (end of stream or reset) before {@code millis} passed. */
    public boolean closedByServerWithin(int millis) throws IOException {
        socket.setSoTimeout(millis);
        try {
            while (in.read() >= 0) {
                // drain whatever comes before the close
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private String line() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            if (c != '\r') {
                b.write(c);
            }
        }
        return c < 0 && b.size() == 0 ? null : b.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** One HTTP response. */
    public record Response(int status, Map<String, String> headers, String body) {}
}
