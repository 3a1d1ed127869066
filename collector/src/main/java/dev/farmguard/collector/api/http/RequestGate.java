package dev.farmguard.collector.api.http;

import dev.farmguard.collector.api.ApiErrorLog;
import dev.farmguard.collector.api.ApiException;
import dev.farmguard.collector.api.ApiRequest;
import dev.farmguard.collector.api.ApiResponse;
import dev.farmguard.collector.api.Json;
import dev.farmguard.collector.api.Router;
import dev.farmguard.collector.intake.BoundedExecutor;
import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Lets one request at a time through, in order, and judges each on its headers before its body is read.
 *
 * <p>One at a time: pipelined requests wait here (and the socket is not read) until the answer to the one
 * before is written, so answers leave in request order. Headers first: a request with a body must name a
 * route, carry a token with the role it needs, declare a Content-Length within api.max-body-bytes, and find
 * room in api.max-body-bytes-in-flight; the token check runs on the API workers (it reads the store). A refused
 * request is answered at once and the connection closed, after the unread body is drained (or a short linger),
 * so the client sees the answer rather than a reset.
 */
final class RequestGate extends ChannelDuplexHandler {

    private static final long LINGER_SECONDS = 5;

    private enum State { IDLE, ADMITTING, RECEIVING, ANSWERING, CLOSING }

    private final Router router;
    private final BoundedExecutor workers;
    private final BodyBudget budget;
    private final int maxBodyBytes;
    private final ApiErrorLog log;
    private final ArrayDeque<HttpObject> waiting = new ArrayDeque<>();
    private State state = State.IDLE;
    private long reserved;

    RequestGate(Router router, BoundedExecutor workers, BodyBudget budget, int maxBodyBytes, ApiErrorLog log) {
        this.router = router;
        this.workers = workers;
        this.budget = budget;
        this.maxBodyBytes = maxBodyBytes;
        this.log = log;
    }

    /** Whether a request on this connection is being judged or answered (not idle, even if silent). */
    static boolean answering(Channel channel) {
        RequestGate gate = channel.pipeline().get(RequestGate.class);
        return gate != null && (gate.state == State.ADMITTING || gate.state == State.ANSWERING);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof HttpObject http)) {
            ctx.fireChannelRead(msg);
            return;
        }
        if (!waiting.isEmpty() && state != State.CLOSING) {
            waiting.add(http); // behind what already waits, whatever the state: order is kept
            ctx.channel().config().setAutoRead(false);
            return;
        }
        pass(ctx, http);
    }

    private void pass(ChannelHandlerContext ctx, HttpObject msg) {
        if (state == State.CLOSING) {
            if (msg instanceof LastHttpContent) {
                ctx.close(); // the refused request's body is drained
            }
            ReferenceCountUtil.release(msg);
            return;
        }
        if (state == State.IDLE && msg instanceof HttpRequest request) {
            start(ctx, request);
        } else if (state == State.RECEIVING && msg instanceof HttpContent content) {
            forward(ctx, content);
        } else if (state == State.IDLE) {
            ReferenceCountUtil.release(msg); // the rest of a request already answered
        } else {
            waiting.add(msg);
            ctx.channel().config().setAutoRead(false);
        }
    }

    private void start(ChannelHandlerContext ctx, HttpRequest request) {
        if (!request.decoderResult().isSuccess()) {
            log.client(ApiErrorLog.Kind.MALFORMED_REQUEST, ctx.channel().remoteAddress(),
                    "unreadable HTTP request: " + request.decoderResult().cause().getMessage());
            refuse(ctx, request, Json.error(400, "malformed HTTP request"), false);
            return;
        }
        if (HttpUtil.isTransferEncodingChunked(request)) {
            refuse(ctx, request, Json.error(411, "send the body with a Content-Length (chunked bodies are not accepted)"),
                    true);
            return;
        }
        long length = HttpUtil.getContentLength(request, 0L);
        if (length > maxBodyBytes) {
            refuse(ctx, request, Json.error(413, "request body larger than " + maxBodyBytes
                    + " bytes (api.max-body-bytes)"), true);
            return;
        }
        if (length == 0) {
            admitted(ctx, request, 0);
            return;
        }
        ApiRequest headers;
        try {
            headers = HttpRequests.toApiRequest(request, new byte[0], ctx.channel().remoteAddress());
        } catch (ApiException e) {
            refuse(ctx, request, e.response(), true);
            return;
        }
        state = State.ADMITTING;
        ctx.channel().config().setAutoRead(false);
        try {
            workers.submit(() -> router.admit(headers)).whenComplete((refusal, failure) ->
                    ctx.executor().execute(() -> judged(ctx, request, length, refusal, failure)));
        } catch (RuntimeException e) {
            judged(ctx, request, length, null, e);
        }
    }

    private void judged(ChannelHandlerContext ctx, HttpRequest request, long length, Optional<ApiResponse> refusal,
                        Throwable failure) {
        if (state != State.ADMITTING) {
            ReferenceCountUtil.release(request); // the connection closed meanwhile
            return;
        }
        if (failure != null) {
            refuse(ctx, request, Json.error(503, "the API is busy; try again shortly").withHeader("Retry-After", "1"),
                    true);
        } else if (refusal.isPresent()) {
            refuse(ctx, request, refusal.get(), true);
        } else if (!budget.tryReserve(length)) {
            log.client(ApiErrorLog.Kind.REFUSED_REQUEST, ctx.channel().remoteAddress(), "body of " + length
                    + " bytes refused: api.max-body-bytes-in-flight reached");
            refuse(ctx, request, Json.error(503, "the API is receiving too many request bodies; try again shortly")
                    .withHeader("Retry-After", "1"), true);
        } else {
            admitted(ctx, request, length);
        }
    }

    private void admitted(ChannelHandlerContext ctx, HttpRequest request, long length) {
        reserved = length;
        state = State.RECEIVING;
        ctx.fireChannelRead(request);
        drain(ctx);
    }

    private void forward(ChannelHandlerContext ctx, HttpContent content) {
        if (content instanceof LastHttpContent) {
            state = State.ANSWERING;
        }
        ctx.fireChannelRead(content);
    }

    /** Passes on what waited while it may pass; reads the socket again when nothing waits. */
    private void drain(ChannelHandlerContext ctx) {
        while (!waiting.isEmpty() && (state == State.IDLE || state == State.RECEIVING)) {
            pass(ctx, waiting.poll());
        }
        if (waiting.isEmpty() && (state == State.IDLE || state == State.RECEIVING)) {
            ctx.channel().config().setAutoRead(true);
        }
    }

    /** Answers {@code response} and closes; with {@code bodyFollows}, once the unread body is drained. */
    private void refuse(ChannelHandlerContext ctx, HttpRequest request, ApiResponse response, boolean bodyFollows) {
        ReferenceCountUtil.release(request);
        boolean bodyRead = waiting.stream().anyMatch(o -> o instanceof LastHttpContent);
        releaseWaiting();
        state = State.CLOSING;
        var written = ctx.writeAndFlush(HttpResponses.toNetty(response, false));
        if (!bodyFollows || bodyRead || HttpUtil.getContentLength(request, 0L) == 0) {
            written.addListener(ChannelFutureListener.CLOSE);
            return;
        }
        ctx.executor().schedule(() -> ctx.close(), LINGER_SECONDS, TimeUnit.SECONDS);
        ctx.channel().config().setAutoRead(true);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
        boolean finalAnswer = msg instanceof HttpResponse r && r.status().codeClass() != HttpStatusClass.INFORMATIONAL;
        super.write(ctx, msg, promise);
        if (finalAnswer && state != State.CLOSING) {
            budget.release(reserved);
            reserved = 0;
            if (!HttpUtil.isKeepAlive((HttpResponse) msg)) {
                state = State.CLOSING; // the handler closes once this answer is out
                releaseWaiting();
                return;
            }
            state = State.IDLE;
            // after this write returns: the next request's answer is then written behind this one
            ctx.executor().execute(() -> {
                if (state == State.IDLE) {
                    drain(ctx);
                }
            });
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        budget.release(reserved);
        reserved = 0;
        state = State.CLOSING;
        releaseWaiting();
        super.channelInactive(ctx);
    }

    private void releaseWaiting() {
        for (HttpObject o : waiting) {
            ReferenceCountUtil.release(o);
        }
        waiting.clear();
    }
}
