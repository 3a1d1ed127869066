package dev.farmguard.collector.alert;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;

/** Syslog over UDP (RFC 5426): one message per datagram, no framing, no acknowledgement. */
final class UdpSyslogTransport implements SyslogTransport {

    private final String host;
    private final int port;
    private DatagramSocket socket;

    UdpSyslogTransport(String host, int port) {
        this.host = host;
        this.port = port;
    }

    @Override
    public void send(byte[] message) throws IOException {
        if (socket == null) {
            socket = new DatagramSocket();
        }
        InetSocketAddress target = new InetSocketAddress(host, port);
        if (target.isUnresolved()) {
            throw new IOException("cannot resolve syslog host " + host);
        }
        socket.send(new DatagramPacket(message, message.length, target));
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.close();
            socket = null;
        }
    }
}
