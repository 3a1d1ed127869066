package dev.farmguard.collector.api.http;

import dev.farmguard.collector.api.ApiResponse;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;

/** {@link ApiResponse} to a Netty response with the headers every API answer carries. */
final class HttpResponses {

    private HttpResponses() {}

    static FullHttpResponse toNetty(ApiResponse r, boolean keepAlive) {
        FullHttpResponse out = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(r.status()),
                Unpooled.wrappedBuffer(r.body()));
        out.headers().set(HttpHeaderNames.CONTENT_LENGTH, r.body().length);
        if (r.body().length > 0) {
            out.headers().set(HttpHeaderNames.CONTENT_TYPE, r.contentType());
        }
        common(out, r, keepAlive);
        return out;
    }

    /** Status and headers of a streamed answer: chunked, and the connection closes after it. */
    static HttpResponse streamedHead(ApiResponse r) {
        HttpResponse out = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(r.status()));
        out.headers().set(HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderValues.CHUNKED);
        out.headers().set(HttpHeaderNames.CONTENT_TYPE, r.contentType());
        common(out, r, false);
        return out;
    }

    private static void common(HttpResponse out, ApiResponse r, boolean keepAlive) {
        out.headers().set(HttpHeaderNames.CACHE_CONTROL, "no-store");
        out.headers().set("X-Content-Type-Options", "nosniff");
        // the API is HTTPS only: browsers (the dashboard) must never fall back to plain HTTP for this host
        out.headers().set("Strict-Transport-Security", "max-age=31536000");
        if (r.status() == 401) {
            out.headers().set(HttpHeaderNames.WWW_AUTHENTICATE, "Bearer");
        }
        r.headers().forEach((k, v) -> out.headers().set(k, v));
        out.headers().set(HttpHeaderNames.CONNECTION, keepAlive ? HttpHeaderValues.KEEP_ALIVE : HttpHeaderValues.CLOSE);
    }
}
