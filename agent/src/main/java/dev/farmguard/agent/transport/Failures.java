package dev.farmguard.agent.transport;

import io.netty.channel.ConnectTimeoutException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import javax.net.ssl.SSLException;

/** Turns transport exceptions into messages a user can act on. */
public final class Failures {

    private Failures() {
    }

    /** Unwraps CompletionException / ExecutionException wrappers. */
    public static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    /** A message for a failed connection attempt to {@code peer}. */
    public static String describeConnect(HostPort peer, Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof TransportException || cause instanceof CollectorRejectedException) {
            return cause.getMessage();
        }
        if (cause instanceof UnknownHostException) {
            return "cannot resolve collector host '" + peer.host() + "'";
        }
        if (cause instanceof ConnectTimeoutException) {
            return "timed out connecting to collector " + peer;
        }
        if (cause instanceof ConnectException) {
            String message = cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
            return "cannot connect to collector " + peer + ": "
                    + (message.contains("refused") ? "connection refused" : cause.getMessage());
        }
        if (cause instanceof NoRouteToHostException) {
            return "cannot connect to collector " + peer + ": no route to host";
        }
        if (find(cause, SSLException.class) != null) {
            return "TLS handshake with collector " + peer + " failed: " + rootMessage(cause)
                    + " (is --ca the collector's CA certificate, and does its certificate name '" + peer.host() + "'?)";
        }
        return "connection to collector " + peer + " failed: " + rootMessage(cause);
    }

    /** The first exception of {@code type} in the cause chain, or null. */
    static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** The innermost message of a cause chain (or the class name when there is none). */
    public static String rootMessage(Throwable error) {
        Throwable root = unwrap(error);
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }
}
