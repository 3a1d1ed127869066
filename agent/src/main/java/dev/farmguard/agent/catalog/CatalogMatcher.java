package dev.farmguard.agent.catalog;

import dev.farmguard.proto.v1.Catalog;
import dev.farmguard.proto.v1.JigglerSignature;
import dev.farmguard.proto.v1.RemoteToolSignature;
import dev.farmguard.proto.v1.UsbMatch;
import dev.farmguard.proto.v1.VpnSignature;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides what the agent reports: only processes, services, paths, ports and adapters that match the
 * signature catalog (privacy: nothing else leaves the machine). Matching is advisory; the collector
 * classifies again with its own, possibly newer, catalog. Immutable: a catalog update builds a new one.
 */
public final class CatalogMatcher {

    /** A catalog install path as written (%VARS%, ~ and * unexpanded), with the id of its tool. */
    public record PathSignature(String toolId, String path) {
    }

    private final Catalog catalog;
    private final NamedPatterns remoteProcesses = new NamedPatterns();
    private final NamedPatterns remoteServices = new NamedPatterns();
    private final NamedPatterns vpnProcesses = new NamedPatterns();
    private final NamedPatterns vpnServices = new NamedPatterns();
    private final NamedPatterns vpnAdapters = new NamedPatterns();
    private final NamedPatterns jigglerProcesses = new NamedPatterns();
    private final Map<Integer, String> remotePorts = new HashMap<>();

    private CatalogMatcher(Catalog catalog) {
        this.catalog = catalog;
        for (RemoteToolSignature tool : catalog.getRemoteToolsList()) {
            remoteProcesses.add(tool.getId(), tool.getProcessNamesList());
            remoteServices.add(tool.getId(), tool.getServiceNamesList());
            for (int port : tool.getPortsList()) {
                remotePorts.putIfAbsent(port, tool.getId());
            }
        }
        for (VpnSignature vpn : catalog.getVpnsList()) {
            vpnProcesses.add(vpn.getId(), vpn.getProcessNamesList());
            vpnServices.add(vpn.getId(), vpn.getServiceNamesList());
            vpnAdapters.add(vpn.getId(), vpn.getAdapterNamesList());
        }
        for (JigglerSignature jiggler : catalog.getJigglersList()) {
            jigglerProcesses.add(jiggler.getId(), jiggler.getProcessNamesList());
        }
    }

    public static CatalogMatcher of(Catalog catalog) {
        return new CatalogMatcher(catalog);
    }

    public Catalog catalog() {
        return catalog;
    }

    public String version() {
        return catalog.getVersion();
    }

    /** Remote tool id for a process known by any of these names (executable name, argv[0] name, comm). */
    public Optional<String> remoteToolForProcess(Collection<String> names) {
        return remoteProcesses.match(names);
    }

    /** Remote tool id for a service / unit name. */
    public Optional<String> remoteToolForService(String serviceName) {
        return remoteServices.match(List.of(serviceName));
    }

    /** Remote tool id whose catalog ports include this port. */
    public Optional<String> remoteToolForPort(int port) {
        return Optional.ofNullable(remotePorts.get(port));
    }

    /** VPN client id for a process known by any of these names. */
    public Optional<String> vpnForProcess(Collection<String> names) {
        return vpnProcesses.match(names);
    }

    /** VPN client id for a service / unit name. */
    public Optional<String> vpnForService(String serviceName) {
        return vpnServices.match(List.of(serviceName));
    }

    /** VPN client id for a network adapter name. */
    public Optional<String> vpnForAdapter(String adapterName) {
        return vpnAdapters.match(List.of(adapterName));
    }

    /** Remote tool install paths as written in the catalog. */
    public List<PathSignature> remoteToolInstallPaths() {
        List<PathSignature> paths = new ArrayList<>();
        for (RemoteToolSignature tool : catalog.getRemoteToolsList()) {
            tool.getInstallPathsList().forEach(path -> paths.add(new PathSignature(tool.getId(), path)));
        }
        return paths;
    }

    /** VPN client install paths as written in the catalog. */
    public List<PathSignature> vpnInstallPaths() {
        List<PathSignature> paths = new ArrayList<>();
        for (VpnSignature vpn : catalog.getVpnsList()) {
            vpn.getInstallPathsList().forEach(path -> paths.add(new PathSignature(vpn.getId(), path)));
        }
        return paths;
    }

    /** Jiggler id for a process known by any of these names. */
    public Optional<String> jigglerForProcess(Collection<String> names) {
        return jigglerProcesses.match(names);
    }

    /** Jiggler install paths as written in the catalog. */
    public List<PathSignature> jigglerInstallPaths() {
        List<PathSignature> paths = new ArrayList<>();
        for (JigglerSignature jiggler : catalog.getJigglersList()) {
            jiggler.getInstallPathsList().forEach(path -> paths.add(new PathSignature(jiggler.getId(), path)));
        }
        return paths;
    }

    /** A catalog USB identity of a jiggler, with the id of its jiggler. */
    public record UsbSignature(String toolId, UsbMatch match) {
    }

    /** Jiggler USB identities as written in the catalog (match them with {@code UsbIdentityMatch}). */
    public List<UsbSignature> jigglerUsbIdentities() {
        List<UsbSignature> identities = new ArrayList<>();
        for (JigglerSignature jiggler : catalog.getJigglersList()) {
            jiggler.getUsbList().forEach(match -> identities.add(new UsbSignature(jiggler.getId(), match)));
        }
        return identities;
    }

    /**
     * A catalog jiggler whose USB identity a device has.
     *
     * @param vendorWide the identity names only the vendor (any product, no strings)
     */
    public record UsbJigglerMatch(String toolId, boolean vendorWide) {
    }

    /** Catalog jigglers whose USB identity matches this device, in catalog order. */
    public List<UsbJigglerMatch> jigglersForUsb(int vendorId, int productId, String manufacturer, String product,
                                                String serial) {
        List<UsbJigglerMatch> matches = new ArrayList<>();
        for (UsbSignature identity : jigglerUsbIdentities()) {
            if (UsbIdentityMatch.matches(identity.match(), vendorId, productId, manufacturer, product, serial)) {
                matches.add(new UsbJigglerMatch(identity.toolId(), UsbIdentityMatch.vendorWide(identity.match())));
            }
        }
        return matches;
    }
}
