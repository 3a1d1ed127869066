package dev.farmguard.collector.ingest;

import io.netty.channel.Channel;
import io.netty.util.AttributeKey;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;

/** Per-connection facts shared by the pipeline's handlers. */
final class ChannelState {

    /** Public address of the agent: the PROXY v2 source when present, else the socket's peer. */
    static final AttributeKey<String> OBSERVED_IP = AttributeKey.valueOf("farmguard.observedIp");
    /**
     * The device id of the connection's client certificate, set when the TLS handshake completes; absent
     * on a connection without one (which may only enroll).
     */
    static final AttributeKey<String> DEVICE_ID = AttributeKey.valueOf("farmguard.deviceId");
    /** The client certificate the device id came from, checked again at Hello (and kept for nothing else). */
    static final AttributeKey<X509Certificate> CERTIFICATE = AttributeKey.valueOf("farmguard.certificate");
    /** Size on the wire (prefix included) of the frame being handled; frames are handled one at a time. */
    static final AttributeKey<Integer> FRAME_BYTES = AttributeKey.valueOf("farmguard.frameBytes");
    /** Set once the connection has been rejected, so a cascade of errors is counted and logged once. */
    static final AttributeKey<Boolean> REJECTED = AttributeKey.valueOf("farmguard.rejected");

    private ChannelState() {}

    /** The socket peer's IP address, null when the channel is not an IP socket. */
    static InetAddress peerAddress(Channel ch) {
        return ch.remoteAddress() instanceof InetSocketAddress a ? a.getAddress() : null;
    }

    /** The certified device id of the connection, null before the handshake or without a client certificate. */
    static String deviceId(Channel ch) {
        return ch.attr(DEVICE_ID).get();
    }

    /** The agent's address: the PROXY v2 source when present, else the socket peer; null when neither. */
    static InetAddress observedAddress(Channel ch) {
        String proxied = ch.attr(OBSERVED_IP).get();
        if (proxied != null) {
            InetAddress a = io.netty.util.NetUtil.createInetAddressFromIpAddressString(proxied);
            if (a != null) {
                return a;
            }
        }
        return peerAddress(ch);
    }

    /** The certified client certificate of the connection, null without one. */
    static X509Certificate certificate(Channel ch) {
        return ch.attr(CERTIFICATE).get();
    }

    static String observedIp(Channel ch) {
        String proxied = ch.attr(OBSERVED_IP).get();
        if (proxied != null) {
            return proxied;
        }
        InetAddress peer = peerAddress(ch);
        return peer == null ? null : peer.getHostAddress();
    }

    /** For logs: the socket peer, plus the proxied source when different, plus the device when certified. */
    static String describePeer(Channel ch) {
        String socket = String.valueOf(ch.remoteAddress());
        String proxied = ch.attr(OBSERVED_IP).get();
        String device = ch.attr(DEVICE_ID).get();
        return (proxied == null ? socket : socket + " (for " + proxied + ")")
                + (device == null ? "" : " device " + device);
    }
}
