package dev.farmguard.agent.transport;

import com.google.protobuf.Timestamp;
import dev.farmguard.proto.v1.AgentMessage;
import dev.farmguard.proto.v1.CollectorMessage;
import dev.farmguard.proto.v1.Heartbeat;
import dev.farmguard.proto.v1.Hello;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent side of one session: sends {@code Hello} once TLS is up, then hands the collector's
 * messages to a {@link SessionListener}. Sends a {@code Heartbeat} when the connection has been quiet
 * (the collector echoes it) and drops a collector that stays silent. One instance per channel.
 */
public final class CollectorSessionHandler extends SimpleChannelInboundHandler<CollectorMessage> {

    private static final Logger log = LoggerFactory.getLogger(CollectorSessionHandler.class);

    private final Hello hello;
    private final SessionListener listener;
    private final Clock clock;
    private boolean helloSent;
    private boolean welcomed;

    public CollectorSessionHandler(Hello hello, SessionListener listener, Clock clock) {
        this.hello = hello;
        this.listener = listener;
        this.clock = clock;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        if (ctx.pipeline().get(SslHandler.class) == null) {
            sendHello(ctx); // plain channel (tests): nothing to wait for
        }
        super.channelActive(ctx);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (event instanceof SslHandshakeCompletionEvent handshake) {
            if (handshake.isSuccess()) {
                sendHello(ctx);
            } else {
                fail(ctx, handshake.cause());
            }
        } else if (event instanceof IdleStateEvent idle) {
            onIdle(ctx, idle);
        }
        super.userEventTriggered(ctx, event);
    }

    private void onIdle(ChannelHandlerContext ctx, IdleStateEvent idle) {
        if (idle.state() == IdleState.WRITER_IDLE && helloSent) {
            Instant now = clock.instant();
            Timestamp sentAt = Timestamp.newBuilder().setSeconds(now.getEpochSecond()).setNanos(now.getNano()).build();
            ctx.writeAndFlush(AgentMessage.newBuilder().setHeartbeat(Heartbeat.newBuilder().setSentAt(sentAt)).build());
        } else if (idle.state() == IdleState.READER_IDLE) {
            fail(ctx, new TransportException("collector " + ctx.channel().remoteAddress() + " went silent"));
        }
    }

    private void sendHello(ChannelHandlerContext ctx) {
        if (!helloSent) {
            helloSent = true;
            ctx.writeAndFlush(AgentMessage.newBuilder().setHello(hello).build());
        }
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, CollectorMessage message) {
        switch (message.getKindCase()) {
            case WELCOME -> {
                if (welcomed) {
                    protocolError(ctx, "second Welcome");
                    return;
                }
                welcomed = true;
                listener.onWelcome(message.getWelcome());
            }
            case ACK -> {
                if (!welcomed) {
                    protocolError(ctx, "Ack before Welcome");
                    return;
                }
                listener.onAck(message.getAck());
            }
            case CATALOG -> listener.onCatalog(message.getCatalog().getCatalog());
            case ERROR -> {
                listener.onError(message.getError());
                if (message.getError().getFatal()) {
                    ctx.close();
                }
            }
            case HEARTBEAT -> log.trace("heartbeat echoed by {}", ctx.channel().remoteAddress());
            case ENROLL_RESPONSE -> listener.onEnrollResponse(message.getEnrollResponse());
            default -> protocolError(ctx, "message without a kind");
        }
    }

    private void protocolError(ChannelHandlerContext ctx, String what) {
        fail(ctx, new TransportException("protocol error from collector " + ctx.channel().remoteAddress() + ": " + what));
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        fail(ctx, cause);
    }

    private void fail(ChannelHandlerContext ctx, Throwable cause) {
        listener.onFailure(cause);
        ctx.close();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        listener.onClosed();
        super.channelInactive(ctx);
    }
}
