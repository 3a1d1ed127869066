package dev.farmguard.collector.alert;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;

/** A local syslog receiver: TCP or TLS with octet-counting framing (RFC 6587 / 5425), or UDP. */
final class SyslogReceiver implements AutoCloseable {

    private final List<String> messages = new CopyOnWriteArrayList<>();
    private final ServerSocket server;
    private final DatagramSocket udp;
    private final Thread thread;
    private final java.util.concurrent.atomic.AtomicInteger connections = new java.util.concurrent.atomic.AtomicInteger();
    private volatile boolean hangUpAfterEachMessage;

    private SyslogReceiver(ServerSocket server, DatagramSocket udp) {
        this.server = server;
        this.udp = udp;
        this.thread = new Thread(server != null ? this::acceptLoop : this::udpLoop, "syslog-receiver");
        thread.setDaemon(true);
        thread.start();
    }

    static SyslogReceiver tcp() throws IOException {
        return new SyslogReceiver(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), null);
    }

    static SyslogReceiver tls(SSLContext context) throws IOException {
        ServerSocket s = context.getServerSocketFactory().createServerSocket(0, 50, InetAddress.getLoopbackAddress());
        return new SyslogReceiver(s, null);
    }

    static SyslogReceiver udp() throws IOException {
        return new SyslogReceiver(null, new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)));
    }

    /** From now on, closes each connection after reading one message (a receiver restarting, a proxy timing out). */
    SyslogReceiver hangUpAfterEachMessage() {
        hangUpAfterEachMessage = true;
        return this;
    }

    /** TCP/TLS connections accepted so far. */
    int connections() {
        return connections.get();
    }

    int port() {
        return server != null ? server.getLocalPort() : udp.getLocalPort();
    }

    List<String> messages() {
        return messages;
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                connections.incrementAndGet();
                Thread t = new Thread(() -> readFrames(s), "syslog-connection");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    /** MSG-LEN SP SYSLOG-MSG, repeated. */
    private void readFrames(Socket s) {
        try (s; DataInputStream in = new DataInputStream(s.getInputStream())) {
            while (true) {
                int length = readLength(in);
                if (length < 0) {
                    return;
                }
                byte[] msg = new byte[length];
                in.readFully(msg);
                messages.add(new String(msg, StandardCharsets.UTF_8));
                if (hangUpAfterEachMessage) {
                    return;
                }
            }
        } catch (IOException e) {
            // connection closed
        }
    }

    private static int readLength(InputStream in) throws IOException {
        ByteArrayOutputStream digits = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != ' ') {
            if (b < 0) {
                return -1;
            }
            if (b < '0' || b > '9') {
                throw new IOException("bad octet count byte " + b);
            }
            digits.write(b);
        }
        return Integer.parseInt(digits.toString(StandardCharsets.US_ASCII));
    }

    private void udpLoop() {
        byte[] buffer = new byte[65_535];
        while (!udp.isClosed()) {
            DatagramPacket p = new DatagramPacket(buffer, buffer.length);
            try {
                udp.receive(p);
                messages.add(new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (server != null) {
            server.close();
        }
        if (udp != null) {
            udp.close();
        }
    }
}
