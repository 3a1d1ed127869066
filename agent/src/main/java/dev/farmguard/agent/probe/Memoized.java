package dev.farmguard.agent.probe;

import java.util.function.Supplier;

/** A value computed on first use and kept for the life of the process (static host facts). Thread-safe. */
public final class Memoized<T> implements Supplier<T> {

    private final Supplier<T> source;
    private volatile T value;

    private Memoized(Supplier<T> source) {
        this.source = source;
    }

    public static <T> Memoized<T> of(Supplier<T> source) {
        return new Memoized<>(source);
    }

    @Override
    public T get() {
        T result = value;
        if (result == null) {
            synchronized (this) {
                result = value;
                if (result == null) {
                    result = source.get();
                    value = result;
                }
            }
        }
        return result;
    }
}
