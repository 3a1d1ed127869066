package dev.farmguard.collector.api.http;

import dev.farmguard.collector.api.ApiResponse;
import dev.farmguard.collector.api.Json;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpMessage;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpObjectAggregator;

/** Aggregates request bodies up to a limit; a larger body is answered 413 in the API's JSON error shape. */
final class LimitedAggregator extends HttpObjectAggregator {

    private final int maxBodyBytes;

    LimitedAggregator(int maxBodyBytes) {
        super(maxBodyBytes);
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
        ApiResponse response = Json.error(413, "request body larger than " + maxBodyBytes + " bytes (api.max-body-bytes)");
        // on a keep-alive connection the rest of the body is read and dropped (closing with unread bytes would
        // reset the connection and lose the answer); otherwise close once the answer is out
        boolean keepAlive = HttpUtil.isKeepAlive(oversized) && !(oversized instanceof FullHttpMessage);
        var written = ctx.writeAndFlush(HttpResponses.toNetty(response, keepAlive));
        if (!keepAlive) {
            written.addListener(ChannelFutureListener.CLOSE);
        }
    }
}
