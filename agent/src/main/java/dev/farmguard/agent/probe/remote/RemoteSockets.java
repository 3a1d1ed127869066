package dev.farmguard.agent.probe.remote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Which sockets the remote-access probes report, the same rule on every OS: listeners on a catalog port or
 * owned by a catalog process; connections owned by a catalog process or into a port that a catalog-port
 * listener serves (an inbound session to a tool whose own process is not recognised).
 */
final class RemoteSockets {

    /** The sockets chosen, in the order given. */
    record Selection<T>(List<T> listeners, List<T> connections) {
    }

    private RemoteSockets() {
    }

    /**
     * @param listeners       the machine's listening sockets
     * @param connections     its connected sockets
     * @param localPort       a socket's local port
     * @param catalogOwned    the socket belongs to a catalog process
     * @param catalogPort     the port is a catalog tool's
     */
    static <T> Selection<T> select(List<T> listeners, List<T> connections, ToIntFunction<T> localPort,
                                   Predicate<T> catalogOwned, IntPredicate catalogPort) {
        List<T> chosenListeners = new ArrayList<>();
        Set<Integer> catalogPortsListening = new HashSet<>();
        for (T socket : listeners) {
            int port = localPort.applyAsInt(socket);
            boolean onCatalogPort = catalogPort.test(port);
            if (onCatalogPort || catalogOwned.test(socket)) {
                chosenListeners.add(socket);
                if (onCatalogPort) {
                    catalogPortsListening.add(port);
                }
            }
        }
        List<T> chosenConnections = connections.stream()
                .filter(s -> catalogOwned.test(s) || catalogPortsListening.contains(localPort.applyAsInt(s)))
                .toList();
        return new Selection<>(chosenListeners, chosenConnections);
    }
}
