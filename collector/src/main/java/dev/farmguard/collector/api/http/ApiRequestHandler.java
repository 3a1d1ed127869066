package dev.farmguard.collector.api.http;

import dev.farmguard.collector.api.ApiRequest;
import dev.farmguard.collector.api.ApiResponse;
import dev.farmguard.collector.api.Json;
import dev.farmguard.collector.api.Router;
import dev.farmguard.collector.intake.BoundedExecutor;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.util.AttributeKey;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Hands each request to the router on a bounded worker pool (routes call the store) and writes the answer. */
@ChannelHandler.Sharable
final class ApiRequestHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    private static final AttributeKey<Boolean> IN_FLIGHT =
            AttributeKey.valueOf("farmguard.api.inFlight");

    private final Router router;
    private final BoundedExecutor workers;

    ApiRequestHandler(Router router, BoundedExecutor workers) {
        this.router = router;
        this.workers = workers;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest msg) {
        boolean keepAlive = HttpUtil.isKeepAlive(msg);
        if (!msg.decoderResult().isSuccess()) {
            write(ctx, Json.error(400, "malformed HTTP request"), false);
            return;
        }
        ApiRequest request = toApiRequest(msg);
        ctx.channel().attr(IN_FLIGHT).set(true);
        workers.submit(() -> router.dispatch(request)).whenComplete((response, failure) -> {
            ctx.channel().attr(IN_FLIGHT).set(false);
            write(ctx, failure == null ? response : Json.error(503, "the API is busy; try again shortly"), keepAlive);
        });
    }

    /** Whether a request on this connection is still being answered. */
    static boolean inFlight(Channel channel) {
        return Boolean.TRUE.equals(channel.attr(IN_FLIGHT).get());
    }

    private static ApiRequest toApiRequest(FullHttpRequest msg) {
        QueryStringDecoder uri = new QueryStringDecoder(msg.uri());
        Map<String, String> headers = new HashMap<>();
        msg.headers().forEach(h -> headers.putIfAbsent(h.getKey().toLowerCase(Locale.ROOT), h.getValue()));
        return new ApiRequest(msg.method().name(), uri.path(), uri.parameters(), headers,
                ByteBufUtil.getBytes(msg.content()));
    }

    private static void write(ChannelHandlerContext ctx, ApiResponse response, boolean keepAlive) {
        var future = ctx.writeAndFlush(HttpResponses.toNetty(response, keepAlive));
        if (!keepAlive) {
            future.addListener(ChannelFutureListener.CLOSE);
        }
    }
}
