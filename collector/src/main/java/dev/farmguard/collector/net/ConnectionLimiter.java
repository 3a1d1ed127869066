package dev.farmguard.collector.net;

import java.net.InetAddress;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Open connections per source address, at most {@code maxPerAddress} each and {@code maxTotal} in all. Used by
 * the agent port (limits.max-connections-per-address) and the API (api.max-connections[-per-address]).
 */
public final class ConnectionLimiter {

    private final int maxPerAddress;
    private final int maxTotal;
    private final ConcurrentHashMap<InetAddress, Integer> open = new ConcurrentHashMap<>();
    private int total;

    /** Per address only. */
    public ConnectionLimiter(int maxPerAddress) {
        this(maxPerAddress, Integer.MAX_VALUE);
    }

    public ConnectionLimiter(int maxPerAddress, int maxTotal) {
        this.maxPerAddress = maxPerAddress;
        this.maxTotal = maxTotal;
    }

    /** Counts one more connection from {@code address}; false (nothing counted) when a limit is reached. */
    public synchronized boolean tryAcquire(InetAddress address) {
        int current = open.getOrDefault(address, 0);
        if (current >= maxPerAddress || total >= maxTotal) {
            return false;
        }
        open.put(address, current + 1);
        total++;
        return true;
    }

    public synchronized void release(InetAddress address) {
        Integer n = open.get(address);
        if (n == null) {
            return;
        }
        if (n <= 1) {
            open.remove(address);
        } else {
            open.put(address, n - 1);
        }
        total--;
    }

    public int openFrom(InetAddress address) {
        return open.getOrDefault(address, 0);
    }

    public synchronized int openTotal() {
        return total;
    }
}
