package dev.farmguard.collector.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A versioned set of signatures (the collector's view of {@code farmguard.v1.Catalog}).
 *
 * @param version e.g. "2026.11.21"; compared as a string, newer sorts later
 */
public record Catalog(String version, List<RemoteToolSignature> remoteTools, List<KvmSignature> kvms,
                      List<VpnSignature> vpns, List<JigglerSignature> jigglers) {

    public Catalog {
        version = UsbMatch.nullToEmpty(version);
        remoteTools = RemoteToolSignature.copy(remoteTools);
        kvms = RemoteToolSignature.copy(kvms);
        vpns = RemoteToolSignature.copy(vpns);
        jigglers = RemoteToolSignature.copy(jigglers);
    }

    public Optional<RemoteToolSignature> remoteTool(String id) {
        return remoteTools.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<KvmSignature> kvm(String id) {
        return kvms.stream().filter(k -> k.id().equals(id)).findFirst();
    }

    public Optional<VpnSignature> vpn(String id) {
        return vpns.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    public Optional<JigglerSignature> jiggler(String id) {
        return jigglers.stream().filter(j -> j.id().equals(id)).findFirst();
    }

    /** The same signatures under another version. */
    public Catalog withVersion(String newVersion) {
        return new Catalog(newVersion, remoteTools, kvms, vpns, jigglers);
    }

    /** Number of signatures of all kinds. */
    public int size() {
        return remoteTools.size() + kvms.size() + vpns.size() + jigglers.size();
    }
}
