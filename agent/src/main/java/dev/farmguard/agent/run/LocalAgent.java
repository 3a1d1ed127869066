package dev.farmguard.agent.run;

import dev.farmguard.agent.AgentVersion;
import dev.farmguard.agent.catalog.CatalogStore;
import dev.farmguard.agent.enroll.MachineFacts;
import dev.farmguard.agent.mapper.SnapshotMapper;
import dev.farmguard.agent.probe.CollectedSnapshot;
import dev.farmguard.agent.probe.Platform;
import dev.farmguard.agent.probe.ProbeContext;
import dev.farmguard.agent.probe.ProbeSet;
import dev.farmguard.agent.probe.ProbeWarnings;
import dev.farmguard.agent.probe.identity.IdentityInfo;
import dev.farmguard.agent.probe.SnapshotCollector;
import dev.farmguard.agent.state.DeviceIdStore;
import dev.farmguard.agent.state.SequenceCounter;
import dev.farmguard.agent.state.StateDirectory;
import dev.farmguard.agent.state.StateLock;
import dev.farmguard.proto.v1.Hello;
import dev.farmguard.proto.v1.Snapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent on this machine: its state directory, device id, sequence counter, catalog and probes.
 * Produces numbered snapshots and the Hello that opens a session.
 */
public final class LocalAgent implements AutoCloseable {

    /** A probe that takes longer than this is reported as timed out. */
    public static final Duration PROBE_TIMEOUT = Duration.ofSeconds(20);
    private static final Logger log = LoggerFactory.getLogger(LocalAgent.class);

    private final StateDirectory state;
    private final StateLock lock;
    private volatile String deviceId;
    private final SequenceCounter sequence;
    private final CatalogStore catalog;
    private final SnapshotCollector collector;
    private final ProbeSet probes;

    private LocalAgent(StateDirectory state, StateLock lock, String deviceId, SequenceCounter sequence,
                       CatalogStore catalog, SnapshotCollector collector, ProbeSet probes) {
        this.state = state;
        this.lock = lock;
        this.deviceId = deviceId;
        this.sequence = sequence;
        this.catalog = catalog;
        this.collector = collector;
        this.probes = probes;
    }

    /** Opens the state directory (creating it owner-only) and sets up the probes for this machine. */
    public static LocalAgent open(Path stateDir) throws IOException {
        StateDirectory state = StateDirectory.open(stateDir);
        StateLock lock = StateLock.acquire(state); // before anything is read: one process per state directory
        try {
            String deviceId = DeviceIdStore.loadOrCreate(state);
            SequenceCounter sequence = SequenceCounter.open(state);
            CatalogStore catalog = CatalogStore.open(state);
            ProbeSet probes = ProbeSet.forPlatform(ProbeContext.forThisMachine(catalog::current));
            return new LocalAgent(state, lock, deviceId, sequence, catalog,
                    new SnapshotCollector(probes, Clock.systemUTC(), PROBE_TIMEOUT), probes);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    public StateDirectory state() {
        return state;
    }

    public String deviceId() {
        return deviceId;
    }

    /** Takes the id the device certificate names (enrollment assigned it) for every later snapshot. */
    public void adoptDeviceId(String certified) {
        if (certified.equals(deviceId)) {
            return;
        }
        try {
            DeviceIdStore.save(state, certified);
        } catch (IOException e) {
            log.warn("cannot record device id {} in {}: {}", certified, state.root(), e.getMessage());
        }
        deviceId = certified;
    }

    /** Host name and hardware serial/UUID, told to the collector when enrolling (never secret, never proof). */
    public MachineFacts machineFacts() {
        try {
            IdentityInfo identity = probes.identity().collect(ProbeWarnings.IGNORE);
            return new MachineFacts(identity.hostname(), identity.hardwareSerial(), identity.hardwareUuid());
        } catch (Exception e) {
            log.warn("cannot read this machine's identity for enrollment: {}", e.getMessage());
            return MachineFacts.UNKNOWN;
        }
    }

    public SequenceCounter sequence() {
        return sequence;
    }

    public CatalogStore catalog() {
        return catalog;
    }

    /** Reads every probe and numbers the result with the next sequence. */
    public Snapshot collect(long droppedSnapshotsTotal) throws IOException {
        CollectedSnapshot collected = collector.collect();
        long next = sequence.next();
        return SnapshotMapper.toProto(collected, new SnapshotMapper.Envelope(deviceId, next, AgentVersion.get(),
                catalog.current().version(), droppedSnapshotsTotal)).toBuilder()
                .setWatchdogRestartsTotal(WatchdogRestarts.read(state))
                .build();
    }

    /** The first message of every session: the device id is the certificate's. */
    public Hello hello() {
        return Hello.newBuilder()
                .setDeviceId(deviceId)
                .setAgentVersion(AgentVersion.get())
                .setOsFamily(SnapshotMapper.osFamily(Platform.current()))
                .setCatalogVersion(catalog.current().version())
                .build();
    }

    /** Stops the probes and releases the state directory; idempotent. */
    @Override
    public void close() {
        collector.close();
        lock.close();
    }
}
