package dev.farmguard.collector.detect.engine;

import dev.farmguard.collector.catalog.Catalog;
import dev.farmguard.collector.classify.SignatureClassifier;
import dev.farmguard.collector.detect.DetectionConfig;
import dev.farmguard.collector.detect.IpIntel;
import dev.farmguard.collector.detect.RiskScorer;
import dev.farmguard.collector.detect.device.DeviceRules;
import dev.farmguard.collector.detect.fleet.FleetFactsExtractor;
import dev.farmguard.collector.detect.fleet.FleetIndex;
import dev.farmguard.collector.detect.fleet.FleetRules;
import dev.farmguard.collector.geo.GeoIpLookup;
import dev.farmguard.collector.intake.SnapshotListener;
import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.RosterEntry;
import dev.farmguard.collector.store.DetectionRecord;
import dev.farmguard.collector.store.DeviceSummary;
import dev.farmguard.collector.store.FleetLock;
import dev.farmguard.collector.store.Store;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Detection in the collector. Device rules run when a device's snapshots are committed (a {@link SnapshotListener},
 * handing the work to a bounded pool); fleet rules run every {@code fleet-interval} on one collector at a time (the
 * store's {@link FleetLock}). Each run first catches up devices whose rules are behind their data or whose rules
 * version changed (a new catalog or configuration at startup, a roster import), then reads new snapshots into the
 * fleet index, runs the fleet rules and re-scores every device from its device and fleet findings.
 * {@link #runNow()} does the same synchronously, so tests and benchmarks get settled verdicts after a replay.
 */
public final class DetectionEngine implements SnapshotListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DetectionEngine.class);
    private static final Duration RUN_WAIT = Duration.ofMinutes(10);
    private static final Duration SHARED_STORE_OVERLAP = Duration.ofMinutes(2);
    private static final int STRIPES = 64;

    private final Store store;
    private final DetectionConfig config;
    private final DeviceEvaluator evaluator;
    private final FleetRules fleetRules;
    private final IpIntel ips;
    private final FleetIndexFeeder feeder;
    private final FleetIndex index = new FleetIndex();
    private final Rescorer rescorer;
    private final String setupVersion;
    private volatile String rulesVersion;
    private final ReentrantReadWriteLock scoringLock = new ReentrantReadWriteLock();
    private final ReentrantLock[] deviceLocks = new ReentrantLock[STRIPES];
    private final DeviceQueue queue;
    private final ScheduledExecutorService scheduler;
    private final Object runMonitor = new Object();
    private final Counter evaluations;
    private final Counter fleetRuns;
    private volatile boolean closed;

    DetectionEngine(Store store, DetectionConfig config, Catalog catalog, GeoIpLookup geo, List<String> geoDatabases,
                    boolean sharedStore, MeterRegistry registry, FindingSuppressions suppressions) {
        this.store = store;
        this.config = config;
        SignatureClassifier classifier = SignatureClassifier.of(catalog);
        IpIntel ips = IpIntel.of(geo, config);
        this.ips = ips;
        this.evaluator = new DeviceEvaluator(store, config, classifier, DeviceRules.standard(config, ips));
        this.fleetRules = new FleetRules(config);
        this.feeder = new FleetIndexFeeder(store, new FleetFactsExtractor(ips, classifier, config),
                config.fleetWindow(), sharedStore ? SHARED_STORE_OVERLAP : Duration.ZERO);
        this.rescorer = new Rescorer(store, new RiskScorer(config.scoring()), suppressions);
        this.setupVersion = RulesVersion.setup(catalog, config, geoDatabases);
        this.rulesVersion = RulesVersion.of(setupVersion, store.roster());
        for (int i = 0; i < STRIPES; i++) {
            deviceLocks[i] = new ReentrantLock();
        }
        this.queue = new DeviceQueue(config.deviceThreads(), config.deviceQueueSize(), config.deviceMinInterval(),
                this::evaluateDevice);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "farmguard-fleet");
            t.setDaemon(true);
            return t;
        });
        this.evaluations = Counter.builder("farmguard.detection.device.evaluations")
                .description("Device-rule evaluations saved").register(registry);
        this.fleetRuns = Counter.builder("farmguard.detection.fleet.runs").description("Fleet-rule runs completed")
                .register(registry);
        Gauge.builder("farmguard.detection.device.dropped", queue, DeviceQueue::dropped)
                .description("Devices not queued for evaluation because the queue was full (caught up later)")
                .register(registry);
        Gauge.builder("farmguard.detection.device.queue.depth", queue, DeviceQueue::queued)
                .description("Devices waiting for their device rules").register(registry);
    }

    /** An engine over {@code store}; call {@link #start()} to schedule fleet runs. */
    public static DetectionEngine create(Store store, DetectionConfig config, Catalog catalog, GeoIpLookup geo,
                                         List<String> geoDatabases, boolean sharedStore, MeterRegistry registry) {
        return create(store, config, catalog, geo, geoDatabases, sharedStore, registry, FindingSuppressions.NONE);
    }

    /** An engine whose scoring leaves out the findings {@code suppressions} marks. */
    public static DetectionEngine create(Store store, DetectionConfig config, Catalog catalog, GeoIpLookup geo,
                                         List<String> geoDatabases, boolean sharedStore, MeterRegistry registry,
                                         FindingSuppressions suppressions) {
        return new DetectionEngine(store, config, catalog, geo, geoDatabases, sharedStore, registry, suppressions);
    }

    /** What detection knows about public addresses (GeoIP, network kind, offices); the API's timelines show it. */
    public IpIntel ipIntel() {
        return ips;
    }

    /**
     * Schedules fleet runs every {@code fleet-interval}; the first runs at once when stored devices were scored
     * with another rules version (a new catalog or configuration) or never, so they are re-classified and
     * re-scored at startup.
     */
    public DetectionEngine start() {
        long every = config.fleetInterval().toMillis();
        List<String> stale = staleDevices(store.devices(), Rescorer.byDevice(store.detections()));
        scheduler.scheduleWithFixedDelay(this::scheduledRun, stale.isEmpty() ? every : 0, every,
                TimeUnit.MILLISECONDS);
        LOG.info("detection started: rules version {}, fleet rules every {}, {} stored devices to re-score now",
                rulesVersion, config.fleetInterval(), stale.size());
        return this;
    }

    /** Devices whose device rules are behind their newest snapshot or ran with another rules version. */
    private List<String> staleDevices(List<DeviceSummary> devices, Map<String, DetectionRecord> records) {
        List<String> stale = new ArrayList<>();
        for (DeviceSummary d : devices) {
            DetectionRecord r = records.get(d.deviceId());
            if (r == null || r.evaluatedSequence() < d.latestSequence() || !r.rulesVersion().equals(rulesVersion)) {
                stale.add(d.deviceId());
            }
        }
        return stale;
    }

    @Override
    public void onCommitted(List<DeviceSnapshot> newlyStored) {
        Set<String> devices = new LinkedHashSet<>();
        newlyStored.forEach(s -> devices.add(s.deviceId()));
        devices.forEach(queue::offer);
    }

    /** A full run now, waiting for the fleet lock; the answer of {@code POST /api/v1/detection/run}. */
    public DetectionRunReport runNow() throws InterruptedException {
        return run(true);
    }

    public String rulesVersion() {
        return rulesVersion;
    }

    private void scheduledRun() {
        if (closed) {
            return;
        }
        try {
            run(false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("fleet run failed; retrying at the next interval", e);
        }
    }

    private DetectionRunReport run(boolean wait) throws InterruptedException {
        long started = System.nanoTime();
        Optional<FleetLock.Held> held = wait ? store.fleetLock().acquire(RUN_WAIT) : store.fleetLock().tryAcquire();
        if (held.isEmpty()) {
            LOG.debug("fleet rules are running elsewhere; skipping this run");
            return DetectionRunReport.skipped();
        }
        try (FleetLock.Held lock = held.get()) {
            synchronized (runMonitor) {
                return runHolding(started);
            }
        }
    }

    private DetectionRunReport runHolding(long started) {
        List<DeviceSummary> devices = store.devices();
        List<RosterEntry> roster = store.roster();
        rulesVersion = RulesVersion.of(setupVersion, roster);
        List<String> stale = staleDevices(devices, Rescorer.byDevice(store.detections()));
        queue.evaluateAll(stale);
        long read = feeder.feed(index, devices);
        Map<String, String> employees = new HashMap<>();
        roster.forEach(e -> employees.put(e.deviceId(), e.employeeId()));
        TreeMap<String, List<Finding>> fleet = fleetRules.evaluate(index, employees, devices);
        Rescorer.Outcome outcome;
        scoringLock.writeLock().lock();
        try {
            outcome = rescorer.rescore(devices, fleet, index.asOf());
        } finally {
            scoringLock.writeLock().unlock();
        }
        fleetRuns.increment();
        long elapsed = (System.nanoTime() - started) / 1_000_000;
        int fleetFindings = fleet.values().stream().mapToInt(List::size).sum();
        LOG.info("detection run: {} devices, {} evaluated, {} snapshots read, {} fleet findings on {} devices, "
                        + "{} assessments saved, verdicts {}, {} ms", devices.size(), stale.size(), read, fleetFindings,
                fleet.size(), outcome.saved(), outcome.verdicts(), elapsed);
        return new DetectionRunReport(true, devices.size(), stale.size(), read, fleet.size(), fleetFindings,
                outcome.saved(), outcome.verdicts(), index.asOf(), rulesVersion, elapsed);
    }

    /** Runs the device rules of one device and saves its findings and new assessment. */
    void evaluateDevice(String deviceId) {
        if (closed) {
            return;
        }
        ReentrantLock deviceLock = deviceLocks[Math.floorMod(deviceId.hashCode(), STRIPES)];
        scoringLock.readLock().lock();
        deviceLock.lock();
        try {
            String version = rulesVersion;
            evaluator.evaluate(deviceId).ifPresent(result -> {
                if (rescorer.saveDevice(result, version)) {
                    evaluations.increment();
                }
            });
        } catch (RuntimeException e) {
            LOG.error("device rules failed for device {}", deviceId, e);
        } finally {
            deviceLock.unlock();
            scoringLock.readLock().unlock();
        }
    }

    /**
     * Scores these devices again from their stored findings, now (a suppression covering them began or ended);
     * returns how many assessments changed. Holds the same locks as a device evaluation, so it never interleaves
     * with a fleet re-score or the device's own evaluation.
     */
    public int rescore(java.util.Collection<String> deviceIds) {
        int changed = 0;
        for (String deviceId : deviceIds) {
            ReentrantLock deviceLock = deviceLocks[Math.floorMod(deviceId.hashCode(), STRIPES)];
            scoringLock.readLock().lock();
            deviceLock.lock();
            try {
                if (rescorer.rescoreDevice(deviceId)) {
                    changed++;
                }
            } finally {
                deviceLock.unlock();
                scoringLock.readLock().unlock();
            }
        }
        return changed;
    }

    /** Stops scheduling, lets queued device evaluations finish (10 s deadline). Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        scheduler.shutdownNow();
        queue.close();
        closed = true;
        try {
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
