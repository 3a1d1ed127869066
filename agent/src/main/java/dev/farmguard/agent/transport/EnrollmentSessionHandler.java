package dev.farmguard.agent.transport;

import dev.farmguard.proto.v1.AgentMessage;
import dev.farmguard.proto.v1.CollectorMessage;
import dev.farmguard.proto.v1.EnrollRequest;
import dev.farmguard.proto.v1.EnrollResponse;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import java.util.concurrent.CompletableFuture;

/**
 * An enrollment connection: once TLS (collector authenticated, no client certificate yet) is up, sends the
 * EnrollRequest and completes {@code result} with the EnrollResponse, or fails it with the collector's
 * refusal or the connection's end. Closes the connection either way.
 */
final class EnrollmentSessionHandler extends SimpleChannelInboundHandler<CollectorMessage> {

    private final EnrollRequest request;
    private final CompletableFuture<EnrollResponse> result;
    private final HostPort peer;

    EnrollmentSessionHandler(EnrollRequest request, CompletableFuture<EnrollResponse> result, HostPort peer) {
        this.request = request;
        this.result = result;
        this.peer = peer;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (event instanceof SslHandshakeCompletionEvent handshake) {
            if (handshake.isSuccess()) {
                ctx.writeAndFlush(AgentMessage.newBuilder().setEnrollRequest(request).build());
            } else {
                fail(ctx, handshake.cause());
            }
        }
        super.userEventTriggered(ctx, event);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, CollectorMessage message) {
        switch (message.getKindCase()) {
            case ENROLL_RESPONSE -> {
                result.complete(message.getEnrollResponse());
                ctx.close();
            }
            case ERROR -> fail(ctx, new CollectorRejectedException(message.getError().getCode(),
                    message.getError().getMessage(), 0, message.getError().getFatal()));
            default -> fail(ctx, new TransportException("protocol error from collector " + peer
                    + ": " + message.getKindCase() + " instead of an enrollment answer"));
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        fail(ctx, cause);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        result.completeExceptionally(new TransportException("collector " + peer
                + " closed the connection before answering the enrollment"));
        super.channelInactive(ctx);
    }

    private void fail(ChannelHandlerContext ctx, Throwable cause) {
        result.completeExceptionally(cause);
        ctx.close();
    }
}
