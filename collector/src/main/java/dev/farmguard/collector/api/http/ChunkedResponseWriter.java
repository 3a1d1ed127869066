package dev.farmguard.collector.api.http;

import dev.farmguard.collector.api.ApiResponse;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.LastHttpContent;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * Writes a streamed answer from an API worker: the head, then the body in chunks of {@link #CHUNK} bytes, each
 * written before the next is produced (so memory holds one chunk, and a slow client slows the producer rather than
 * filling buffers), then the end, and closes the connection.
 */
final class ChunkedResponseWriter extends OutputStream {

    static final int CHUNK = 64 * 1024;
    /** A client that takes longer than this to accept one chunk has gone away. */
    private static final long WRITE_TIMEOUT_SECONDS = 60;

    private final ChannelHandlerContext ctx;
    private final byte[] buffer = new byte[CHUNK];
    private int filled;

    private ChunkedResponseWriter(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    /** Sends {@code response} (which has a stream); blocks until it is written or fails. */
    static void send(ChannelHandlerContext ctx, ApiResponse response) throws IOException {
        ChunkedResponseWriter out = new ChunkedResponseWriter(ctx);
        out.await(ctx.writeAndFlush(HttpResponses.streamedHead(response)));
        try {
            response.stream().writeTo(out);
            out.flush();
        } catch (IOException | RuntimeException e) {
            ctx.close(); // no end chunk: the client sees an incomplete body, never a truncated one passed as whole
            throw e;
        }
        ctx.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT).addListener(ChannelFutureListener.CLOSE);
    }

    @Override
    public void write(int b) throws IOException {
        if (filled == buffer.length) {
            flush();
        }
        buffer[filled++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            if (filled == buffer.length) {
                flush();
            }
            int n = Math.min(len, buffer.length - filled);
            System.arraycopy(b, off, buffer, filled, n);
            filled += n;
            off += n;
            len -= n;
        }
    }

    @Override
    public void flush() throws IOException {
        if (filled == 0) {
            return;
        }
        byte[] chunk = Arrays.copyOf(buffer, filled);
        filled = 0;
        await(ctx.writeAndFlush(new DefaultHttpContent(Unpooled.wrappedBuffer(chunk))));
    }

    private void await(ChannelFuture written) throws IOException {
        try {
            if (!written.await(WRITE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IOException("the client took over " + WRITE_TIMEOUT_SECONDS + " s to read one chunk");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while streaming", e);
        }
        if (!written.isSuccess()) {
            throw new IOException("the client went away: " + written.cause().getMessage(), written.cause());
        }
    }
}
