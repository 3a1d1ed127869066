package dev.farmguard.collector.ingest;

import dev.farmguard.collector.enroll.DeviceEnroller;
import dev.farmguard.collector.intake.BlockingWork;
import dev.farmguard.collector.intake.SnapshotSink;
import dev.farmguard.collector.metrics.CollectorMetrics;
import dev.farmguard.collector.tls.DeviceCertificateCheck;
import dev.farmguard.collector.wire.SignatureCatalog;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * What an agent session needs from the rest of the collector.
 *
 * @param lastStoredSequence non-blocking lookup of a device's highest stored sequence (0 = none)
 * @param maxFrameBytes      announced in Welcome so agents never send a frame that would be refused
 * @param enroller           issues device certificates (blocking: run through {@code blocking})
 * @param blocking           bounded pool for blocking work
 * @param certificates       the device certificate checks (revocation, validity), run again on every connection
 */
record SessionServices(SnapshotSink sink, Function<String, CompletableFuture<Long>> lastStoredSequence,
                       SignatureCatalog catalog, String collectorVersion, int maxFrameBytes, DeviceEnroller enroller,
                       BlockingWork blocking, CollectorMetrics metrics,
                       DeviceCertificateCheck certificates) {}
