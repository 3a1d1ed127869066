package dev.farmguard.collector.alert;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * Syslog over TCP with octet-counting framing ({@code MSG-LEN SP SYSLOG-MSG}, RFC 6587 section 3.4.1), in the clear
 * or inside TLS (RFC 5425, which uses the same framing; the receiver's name is checked against its certificate).
 * One connection is kept and re-opened after a failure. Syslog has no acknowledgement, so before each message the
 * connection is probed for an orderly close by the receiver, to reconnect instead of writing into a dead socket.
 */
final class StreamSyslogTransport implements SyslogTransport {

    private final String host;
    private final int port;
    private final int timeoutMillis;
    private final SSLSocketFactory tls;
    private Socket socket;
    private OutputStream out;

    /** {@code tls} null means plain TCP. */
    StreamSyslogTransport(String host, int port, Duration timeout, SSLSocketFactory tls) {
        this.host = host;
        this.port = port;
        this.timeoutMillis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        this.tls = tls;
    }

    @Override
    public void send(byte[] message) throws IOException {
        if (socket != null && closedByPeer()) {
            close();
        }
        if (socket == null) {
            open();
        }
        byte[] count = (message.length + " ").getBytes(StandardCharsets.US_ASCII);
        byte[] frame = new byte[count.length + message.length];
        System.arraycopy(count, 0, frame, 0, count.length);
        System.arraycopy(message, 0, frame, count.length, message.length);
        try {
            // one write per frame: one segment with TCP_NODELAY, and a frame is never half sent by this side
            out.write(frame);
            out.flush();
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private void open() throws IOException {
        Socket s = new Socket();
        try {
            s.connect(new InetSocketAddress(host, port), timeoutMillis);
            s.setTcpNoDelay(true);
            s.setKeepAlive(true);
            if (tls != null) {
                SSLSocket secure = (SSLSocket) tls.createSocket(s, host, port, true);
                SSLParameters params = secure.getSSLParameters();
                params.setEndpointIdentificationAlgorithm("HTTPS");
                secure.setSSLParameters(params);
                secure.setSoTimeout(timeoutMillis);
                secure.startHandshake();
                s = secure;
            }
            socket = s;
            out = s.getOutputStream();
        } catch (IOException e) {
            s.close();
            throw e;
        }
    }

    /** True when the receiver closed the connection (it never sends us anything else). */
    private boolean closedByPeer() {
        try {
            socket.setSoTimeout(1);
            InputStream in = socket.getInputStream();
            return in.read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        } finally {
            try {
                if (!socket.isClosed()) {
                    socket.setSoTimeout(timeoutMillis);
                }
            } catch (IOException ignored) {
                // the next write fails and reconnects
            }
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a broken connection: nothing left to do
            }
        }
        socket = null;
        out = null;
    }
}
