package dev.farmguard.collector.api.http;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The API port's pipeline: TLS, HTTP/1.1, a bounded body, idle close, then the router. */
final class ApiChannelInitializer extends ChannelInitializer<SocketChannel> {

    private static final Logger LOG = LoggerFactory.getLogger(ApiChannelInitializer.class);
    private static final Duration IDLE = Duration.ofSeconds(60);

    private final SslContext sslContext;
    private final Duration handshakeTimeout;
    private final int maxBodyBytes;
    private final ApiRequestHandler requests;

    ApiChannelInitializer(SslContext sslContext, Duration handshakeTimeout, int maxBodyBytes,
                          ApiRequestHandler requests) {
        this.sslContext = sslContext;
        this.handshakeTimeout = handshakeTimeout;
        this.maxBodyBytes = maxBodyBytes;
        this.requests = requests;
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        ChannelPipeline p = ch.pipeline();
        SslHandler tls = sslContext.newHandler(ch.alloc());
        tls.setHandshakeTimeoutMillis(handshakeTimeout.toMillis());
        p.addLast("tls", tls);
        // header and line sizes bounded by the codec's defaults (8 KiB)
        p.addLast("http", new HttpServerCodec());
        p.addLast("body", new LimitedAggregator(maxBodyBytes));
        p.addLast("idle", new IdleStateHandler(0, 0, IDLE.toSeconds(), TimeUnit.SECONDS));
        p.addLast("router", requests);
        p.addLast("close", new ChannelInboundHandlerAdapter() {
            @Override
            public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
                // a slow request (a synchronous detection run) is not idleness: close only between requests
                if (evt instanceof IdleStateEvent && !ApiRequestHandler.inFlight(ctx.channel())) {
                    ctx.close();
                }
                super.userEventTriggered(ctx, evt);
            }

            @Override
            public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                if (cause instanceof IOException || cause.getCause() instanceof javax.net.ssl.SSLException) {
                    LOG.debug("API connection from {} closed: {}", ctx.channel().remoteAddress(), cause.getMessage());
                } else {
                    LOG.warn("API connection from {} failed", ctx.channel().remoteAddress(), cause);
                }
                ctx.close();
            }
        });
    }
}
