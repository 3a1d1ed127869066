package dev.farmguard.collector.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.api.ApiErrorLog;
import dev.farmguard.collector.api.ApiResponse;
import dev.farmguard.collector.api.Router;
import dev.farmguard.collector.intake.BoundedExecutor;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link RequestGate} on an {@link EmbeddedChannel}: one request at a time, and refusals from the headers alone. */
class RequestGateTest {

    private final BoundedExecutor workers = new BoundedExecutor("gate-test", 1, 8);
    private final Router router = new Router(secret -> Optional.empty())
            .add("GET", "/a", null, (r, p, c) -> ApiResponse.noContent());
    private final List<String> passed = new ArrayList<>();
    private final EmbeddedChannel channel = new EmbeddedChannel(
            new RequestGate(router, workers, new BodyBudget(8192), 4096, new ApiErrorLog()),
            new HttpObjectAggregator(4096),
            new SimpleChannelInboundHandler<FullHttpRequest>() {
                @Override
                protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest msg) {
                    passed.add(msg.uri());
                }
            });

    @AfterEach
    void stop() {
        channel.finishAndReleaseAll();
        workers.close();
    }

    private void get(String uri) {
        channel.writeInbound(new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, uri),
                LastHttpContent.EMPTY_LAST_CONTENT);
    }

    private void answer(boolean keepAlive) {
        FullHttpResponse r = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
        r.headers().set(HttpHeaderNames.CONNECTION, keepAlive ? HttpHeaderValues.KEEP_ALIVE : HttpHeaderValues.CLOSE);
        channel.writeOutbound(r);
        channel.runPendingTasks();
    }

    @Test
    void pipelinedRequestsPassOneAtATimeAsTheirPredecessorIsAnswered() {
        get("/a?1");
        get("/a?2");
        get("/a?3");
        assertThat(passed).containsExactly("/a?1");
        assertThat(channel.config().isAutoRead()).as("the socket is not read while requests wait").isFalse();
        answer(true);
        assertThat(passed).containsExactly("/a?1", "/a?2");
        answer(true);
        assertThat(passed).containsExactly("/a?1", "/a?2", "/a?3");
        answer(true);
        assertThat(channel.config().isAutoRead()).isTrue();
    }

    @Test
    void afterAClosingAnswerNothingMorePasses() {
        get("/a?1");
        get("/a?2");
        answer(false);
        assertThat(passed).containsExactly("/a?1");
    }

    private FullHttpResponse refusalOf(HttpRequest request) {
        channel.writeInbound(request);
        FullHttpResponse r = channel.readOutbound();
        assertThat(passed).isEmpty();
        assertThat(r.headers().get(HttpHeaderNames.CONNECTION)).isEqualTo("close");
        return r;
    }

    @Test
    void oversizedAndChunkedBodiesAreRefusedFromTheirHeaders() {
        HttpRequest big = new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/a");
        big.headers().set(HttpHeaderNames.CONTENT_LENGTH, 4097);
        FullHttpResponse r = refusalOf(big);
        assertThat(r.status().code()).isEqualTo(413);
        r.release();
        // the unread body is drained, then the connection closes
        channel.writeInbound(new DefaultHttpContent(Unpooled.wrappedBuffer(new byte[100])));
        assertThat(channel.isOpen()).isTrue();
        channel.writeInbound(LastHttpContent.EMPTY_LAST_CONTENT);
        assertThat(channel.isOpen()).isFalse();
    }

    @Test
    void chunkedBodiesNeedAContentLength() {
        HttpRequest chunked = new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/a");
        chunked.headers().set(HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderValues.CHUNKED);
        FullHttpResponse r = refusalOf(chunked);
        assertThat(r.status().code()).isEqualTo(411);
        r.release();
    }

    @Test
    void aBodyForAnUnknownRouteIsRefusedBeforeItIsRead() throws Exception {
        HttpRequest post = new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/nowhere");
        post.headers().set(HttpHeaderNames.CONTENT_LENGTH, 10);
        channel.writeInbound(post, new DefaultHttpContent(Unpooled.wrappedBuffer(new byte[5])));
        FullHttpResponse r = null;
        for (int i = 0; i < 500 && r == null; i++) { // the route and token check runs on a worker
            Thread.sleep(10);
            channel.runPendingTasks();
            r = channel.readOutbound();
        }
        assertThat(r).isNotNull();
        assertThat(r.status().code()).isEqualTo(404);
        assertThat(passed).isEmpty();
        r.release();
    }
}
