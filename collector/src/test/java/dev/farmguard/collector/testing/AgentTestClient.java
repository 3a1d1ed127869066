package dev.farmguard.collector.testing;

import com.google.protobuf.MessageLite;
import dev.farmguard.proto.v1.CollectorMessage;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import javax.net.ssl.SSLSocket;

/** A blocking agent-protocol client over TLS, for integration tests (the real agent is a separate module). */
public final class AgentTestClient implements AutoCloseable {

    private final Socket socket;
    private final DataOutputStream out;
    private final DataInputStream in;

    private AgentTestClient(Socket socket) throws IOException {
        this.socket = socket;
        socket.setSoTimeout(15_000);
        this.out = new DataOutputStream(socket.getOutputStream());
        this.in = new DataInputStream(socket.getInputStream());
    }

    /** Connects without a client certificate: the collector then only accepts enrollment. */
    public static AgentTestClient connect(InetSocketAddress collector, Path caPem) throws Exception {
        return connect(collector, caPem, null);
    }

    /** Connects with {@code device}'s certificate (mutual TLS). */
    public static AgentTestClient connect(InetSocketAddress collector, Path caPem, TestDevices.DeviceCert device)
            throws Exception {
        return connectFrom(null, collector, caPem, device);
    }

    /** As above from a given local address (Linux routes all of 127/8 to loopback); null for any. */
    public static AgentTestClient connectFrom(String localAddress, InetSocketAddress collector, Path caPem,
                                              TestDevices.DeviceCert device) throws Exception {
        SSLSocket s = (SSLSocket) Tls.trusting(caPem, device).getSocketFactory().createSocket();
        if (localAddress != null) {
            s.bind(new InetSocketAddress(localAddress, 0));
        }
        s.connect(collector, 5_000);
        s.startHandshake();
        return new AgentTestClient(s);
    }

    /** Connects, writes {@code preamble} in clear (a PROXY header), then starts TLS on the same socket. */
    public static AgentTestClient connectVia(InetSocketAddress collector, Path caPem, byte[] preamble)
            throws Exception {
        return connectVia(collector, caPem, preamble, null);
    }

    /** As above, presenting {@code device}'s certificate. */
    public static AgentTestClient connectVia(InetSocketAddress collector, Path caPem, byte[] preamble,
                                             TestDevices.DeviceCert device) throws Exception {
        Socket plain = new Socket();
        plain.connect(collector, 5_000);
        plain.getOutputStream().write(preamble);
        plain.getOutputStream().flush();
        SSLSocket s = (SSLSocket) Tls.trusting(caPem, device).getSocketFactory()
                .createSocket(plain, collector.getHostString(), collector.getPort(), true);
        s.startHandshake();
        return new AgentTestClient(s);
    }

    public void send(MessageLite message) throws IOException {
        byte[] bytes = message.toByteArray();
        out.writeInt(bytes.length);
        out.write(bytes);
        out.flush();
    }

    public void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    public CollectorMessage read() throws IOException {
        int length = in.readInt();
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return CollectorMessage.parseFrom(bytes);
    }

    /** Reads until the server closes the connection; fails if it stays open for the socket timeout. */
    public void awaitClosedByServer() throws IOException {
        try {
            while (in.read() >= 0) {
                // drain whatever comes before the close
            }
        } catch (EOFException | SocketException e) {
            // closed: what we wait for
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server did not close the connection", e);
        } catch (IOException e) {
            if (!(e instanceof javax.net.ssl.SSLException)) {
                throw e;
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
