package dev.farmguard.collector.intake;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/** Runs blocking work (store, signing) off the event loops; the future fails at once when it cannot be taken. */
@FunctionalInterface
public interface BlockingWork {

    <T> CompletableFuture<T> submit(Callable<T> work);
}
