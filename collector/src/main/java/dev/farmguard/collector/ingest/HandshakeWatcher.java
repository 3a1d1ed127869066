package dev.farmguard.collector.ingest;

import dev.farmguard.collector.metrics.Rejection;
import dev.farmguard.collector.tls.ClientCertificates;
import dev.farmguard.collector.tls.RejectedClientCertificateException;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.handler.ssl.SslHandshakeTimeoutException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * After the TLS handshake: records the device id of the client certificate on the connection (the only
 * source of a device's identity), or records why the handshake failed (the SslHandler closes those).
 */
@ChannelHandler.Sharable
final class HandshakeWatcher extends ChannelInboundHandlerAdapter {

    private final RejectionRecorder rejections;

    HandshakeWatcher(RejectionRecorder rejections) {
        this.rejections = rejections;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt instanceof SslHandshakeCompletionEvent done) {
            if (done.isSuccess()) {
                rememberDevice(ctx);
            } else {
                rejected(ctx, done.cause());
            }
        }
        super.userEventTriggered(ctx, evt);
    }

    private static void rememberDevice(ChannelHandlerContext ctx) {
        SslHandler tls = ctx.pipeline().get(SslHandler.class);
        try {
            Certificate[] peer = tls.engine().getSession().getPeerCertificates();
            if (peer.length > 0 && peer[0] instanceof X509Certificate leaf) {
                // the trust manager accepted it, so it is this CA's device certificate naming a device
                ctx.channel().attr(ChannelState.DEVICE_ID).set(ClientCertificates.deviceId(leaf));
            }
        } catch (SSLPeerUnverifiedException e) {
            // no client certificate: the connection may only enroll
        }
    }

    private void rejected(ChannelHandlerContext ctx, Throwable cause) {
        RejectedClientCertificateException certificate = find(cause);
        Rejection reason;
        if (certificate != null) {
            reason = certificate.revoked() ? Rejection.REVOKED_CERTIFICATE : Rejection.BAD_CLIENT_CERTIFICATE;
        } else {
            reason = cause instanceof SslHandshakeTimeoutException ? Rejection.HANDSHAKE_TIMEOUT
                    : Rejection.HANDSHAKE_FAILED;
        }
        rejections.closeWith(ctx, reason, certificate != null ? certificate.getMessage()
                : RejectionRecorder.describe(cause), null);
    }

    private static RejectedClientCertificateException find(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof RejectedClientCertificateException r) {
                return r;
            }
        }
        return null;
    }
}
