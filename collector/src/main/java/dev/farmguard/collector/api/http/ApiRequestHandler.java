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
import java.io.IOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;

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
            write(ctx, e.response(), keepAlive);
            return;
        }
        try {
            workers.submit(() -> answer(ctx, request)).whenComplete((response, failure) -> {
                if (failure != null || response != null) {
                    ctx.executor().execute(() -> write(ctx, failure == null ? response : failed(request, failure),
                            keepAlive));
                }
            });
        } catch (RuntimeException e) {
            write(ctx, busy(), keepAlive);
        }
    }

    /** On a worker: the answer to write, or null when it was a streamed one, already sent from here. */
    private ApiResponse answer(ChannelHandlerContext ctx, ApiRequest request) {
        ApiResponse response = router.dispatch(request);
        if (!response.streamed()) {
            return response;
        }
        try {
            ChunkedResponseWriter.send(ctx, response);
        } catch (IOException e) {
            log.client(ApiErrorLog.Kind.CONNECTION_ERROR, ctx.channel().remoteAddress(),
                    "streamed answer to " + request.method() + " " + request.path() + " cut short: " + e.getMessage());
        } catch (RuntimeException e) {
            log.internal(request.method(), request.path(), e);
        }
        return null;
    }

    /** The pool refused the work (busy), or the route died of something the router does not catch (an Error). */
    private ApiResponse failed(ApiRequest request, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        if (cause instanceof RejectedExecutionException) {
            return busy();
        }
        log.internal(request.method(), request.path(), cause);
        return Json.error(500, "internal error; see the collector log");
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
