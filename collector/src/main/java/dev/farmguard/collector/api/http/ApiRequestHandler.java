package dev.farmguard.collector.api.http;

import dev.farmguard.collector.api.ApiErrorLog;
import dev.farmguard.collector.api.ApiException;
import dev.farmguard.collector.api.ApiRequest;
import dev.farmguard.collector.api.ApiResponse;
import dev.farmguard.collector.api.Json;
import dev.farmguard.collector.api.Router;
import dev.farmguard.collector.intake.BoundedExecutor;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpUtil;

/**
 * Hands each request to the router on a bounded worker pool (routes call the store) and writes the answer.
 * {@link RequestGate} lets one request of a connection through at a time, so answers keep request order.
 */
@ChannelHandler.Sharable
final class ApiRequestHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    private final Router router;
    private final BoundedExecutor workers;
    private final ApiErrorLog log;

    ApiRequestHandler(Router router, BoundedExecutor workers, ApiErrorLog log) {
        this.router = router;
        this.workers = workers;
        this.log = log;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest msg) {
        boolean keepAlive = HttpUtil.isKeepAlive(msg);
        if (!msg.decoderResult().isSuccess()) {
            log.client(ApiErrorLog.Kind.MALFORMED_REQUEST, ctx.channel().remoteAddress(),
                    "unreadable HTTP request: " + msg.decoderResult().cause().getMessage());
            write(ctx, Json.error(400, "malformed HTTP request"), false);
            return;
        }
        ApiRequest request;
        try {
            request = HttpRequests.toApiRequest(msg, ByteBufUtil.getBytes(msg.content()),
                    ctx.channel().remoteAddress());
        } catch (ApiException e) {
            log.client(ApiErrorLog.Kind.MALFORMED_REQUEST, ctx.channel().remoteAddress(),
                    e.getMessage() + ": " + msg.method() + " " + msg.uri());
            write(ctx, Json.error(e.status(), e.getMessage()), keepAlive);
            return;
        }
        try {
            workers.submit(() -> router.dispatch(request)).whenComplete((response, failure) ->
                    ctx.executor().execute(() -> write(ctx, failure == null ? response : busy(), keepAlive)));
        } catch (RuntimeException e) {
            write(ctx, busy(), keepAlive);
        }
    }

    private static ApiResponse busy() {
        return Json.error(503, "the API is busy; try again shortly").withHeader("Retry-After", "1");
    }

    private static void write(ChannelHandlerContext ctx, ApiResponse response, boolean keepAlive) {
        var future = ctx.writeAndFlush(HttpResponses.toNetty(response, keepAlive));
        if (!keepAlive) {
            future.addListener(ChannelFutureListener.CLOSE);
        }
    }
}
