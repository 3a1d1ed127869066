package dev.farmguard.collector.ingest;

import dev.farmguard.collector.metrics.Rejection;
import dev.farmguard.collector.tls.ClientCertificates;
import dev.farmguard.collector.tls.DeviceCertificateCheck;
import dev.farmguard.collector.tls.RejectedClientCertificateException;
import dev.farmguard.collector.wire.ErrorCode;
import dev.farmguard.collector.wire.Outbound;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.handler.ssl.SslHandshakeTimeoutException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

/**
 * After the TLS handshake: records the device id of the client certificate on the connection (the only
 * source of a device's identity), or records why the handshake failed (the SslHandler closes those).
 * The certificate is checked again here, because a resumed TLS session (a ticket or a cached session id)
 * skips the trust manager: a revoked or expired certificate must not come back that way. The connection
 * is closed when its certificate expires. The session is then invalidated so it is not resumed later.
 */
@ChannelHandler.Sharable
final class HandshakeWatcher extends ChannelInboundHandlerAdapter {

    private final RejectionRecorder rejections;
    private final DeviceCertificateCheck certificates;

    HandshakeWatcher(RejectionRecorder rejections, DeviceCertificateCheck certificates) {
        this.rejections = rejections;
        this.certificates = certificates;
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

    private void rememberDevice(ChannelHandlerContext ctx) {
        SSLSession session = ctx.pipeline().get(SslHandler.class).engine().getSession();
        X509Certificate leaf;
        try {
            Certificate[] peer = session.getPeerCertificates();
            if (peer.length == 0 || !(peer[0] instanceof X509Certificate x509)) {
                return;
            }
            leaf = x509;
        } catch (SSLPeerUnverifiedException e) {
            return; // no client certificate: the connection may only enroll
        } finally {
            session.invalidate(); // a later connection makes a full handshake (TLS 1.2 session cache)
        }
        // Recorded before the check: a revocation racing this handshake either sees the device id (and closes
        // the connection) or happened before the check (which then fails).
        ctx.channel().attr(ChannelState.CERTIFICATE).set(leaf);
        ctx.channel().attr(ChannelState.DEVICE_ID).set(ClientCertificates.deviceId(leaf));
        // refusals are written from the pipeline's end, so they pass the encoders after this handler
        ChannelHandlerContext last = ctx.pipeline().lastContext();
        if (refuseIfUnusable(last, certificates, rejections, leaf)) {
            return;
        }
        long millisLeft = leaf.getNotAfter().getTime() - System.currentTimeMillis();
        ScheduledFuture<?> expiry = ctx.executor().schedule(() -> refuseIfUnusable(last, certificates, rejections, leaf),
                Math.max(0, millisLeft) + 1, TimeUnit.MILLISECONDS);
        ctx.channel().closeFuture().addListener(f -> expiry.cancel(false));
    }

    /**
     * Checks a connection's certificate (revocation, validity); closes the connection with an
     * UNAUTHENTICATED refusal when it fails. True when refused.
     */
    static boolean refuseIfUnusable(ChannelHandlerContext ctx, DeviceCertificateCheck certificates,
                                    RejectionRecorder rejections, X509Certificate certificate) {
        try {
            if (certificate == null) {
                throw new RejectedClientCertificateException("no client certificate on this connection", false);
            }
            certificates.check(certificate);
            return false;
        } catch (RejectedClientCertificateException e) {
            rejections.closeWith(ctx, e.revoked() ? Rejection.REVOKED_CERTIFICATE : Rejection.BAD_CLIENT_CERTIFICATE,
                    e.getMessage(), new Outbound.Refusal(ErrorCode.UNAUTHENTICATED, "client certificate refused: "
                            + e.getMessage(), 0, true));
            return true;
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
