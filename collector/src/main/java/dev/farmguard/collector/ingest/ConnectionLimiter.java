package dev.farmguard.collector.ingest;

import java.net.InetAddress;
import java.util.concurrent.ConcurrentHashMap;

/** Open connections per source address, at most {@code maxPerAddress} each. */
final class ConnectionLimiter {

    private final int maxPerAddress;
    private final ConcurrentHashMap<InetAddress, Integer> open = new ConcurrentHashMap<>();

    ConnectionLimiter(int maxPerAddress) {
        this.maxPerAddress = maxPerAddress;
    }

    /** Counts one more connection from {@code address}; false (nothing counted) when it is at the limit. */
    boolean tryAcquire(InetAddress address) {
        boolean[] taken = {false};
        open.compute(address, (a, n) -> {
            int current = n == null ? 0 : n;
            if (current >= maxPerAddress) {
                return n;
            }
            taken[0] = true;
            return current + 1;
        });
        return taken[0];
    }

    void release(InetAddress address) {
        open.computeIfPresent(address, (a, n) -> n <= 1 ? null : n - 1);
    }

    int openFrom(InetAddress address) {
        return open.getOrDefault(address, 0);
    }
}
