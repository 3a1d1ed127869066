package dev.farmguard.collector.api.http;

import dev.farmguard.collector.api.ApiErrorLog;
import dev.farmguard.collector.api.Router;
import dev.farmguard.collector.intake.BoundedExecutor;
import dev.farmguard.collector.net.ConnectionLimiter;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;

/**
 * The API port's pipeline: connection caps, TLS, HTTP/1.1, the request gate (order, headers before body,
 * bytes in flight), the body, idle close, then the router.
 */
final class ApiChannelInitializer extends ChannelInitializer<SocketChannel> {

    private static final Duration IDLE = Duration.ofSeconds(60);

    private final SslContext sslContext;
    private final Duration handshakeTimeout;
    private final ConnectionLimiter connections;
    private final RequestGateFactory gates;
    private final int maxBodyBytes;
    private final ApiRequestHandler requests;
    private final ApiErrorLog log;

    /** A new {@link RequestGate} per connection (it keeps that connection's state). */
    @FunctionalInterface
    interface RequestGateFactory {
        RequestGate create();
    }

    ApiChannelInitializer(SslContext sslContext, Duration handshakeTimeout, ConnectionLimiter connections,
                          RequestGateFactory gates, int maxBodyBytes, Router router, BoundedExecutor workers,
                          ApiErrorLog log) {
        this.sslContext = sslContext;
        this.handshakeTimeout = handshakeTimeout;
        this.connections = connections;
        this.gates = gates;
        this.maxBodyBytes = maxBodyBytes;
        this.requests = new ApiRequestHandler(router, workers, log);
        this.log = log;
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        ChannelPipeline p = ch.pipeline();
        p.addLast("connections", new ApiConnectionLimit(connections, log));
        SslHandler tls = sslContext.newHandler(ch.alloc());
        tls.setHandshakeTimeoutMillis(handshakeTimeout.toMillis());
        p.addLast("tls", tls);
        // header and line sizes bounded by the codec's defaults (8 KiB)
        p.addLast("http", new HttpServerCodec());
        p.addLast("gate", gates.create());
        // the gate admits only bodies with a Content-Length within the limit: this never meets a larger one
        p.addLast("body", new HttpObjectAggregator(maxBodyBytes));
        p.addLast("idle", new IdleStateHandler(0, 0, IDLE.toSeconds(), TimeUnit.SECONDS));
        p.addLast("router", requests);
        p.addLast("close", new ChannelInboundHandlerAdapter() {
            @Override
            public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
                // a slow answer (a synchronous detection run) is not idleness; a stalled upload is
                if (evt instanceof IdleStateEvent && !RequestGate.answering(ctx.channel())) {
                    ctx.close();
                }
                super.userEventTriggered(ctx, evt);
            }

            @Override
            public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                if (!(cause instanceof IOException) && !(cause.getCause() instanceof SSLException)) {
                    log.client(ApiErrorLog.Kind.CONNECTION_ERROR, ctx.channel().remoteAddress(),
                            cause.getClass().getSimpleName() + ": " + cause.getMessage());
                }
                ctx.close();
            }
        });
    }
}
