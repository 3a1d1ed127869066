package dev.farmguard.collector.detect;

import dev.farmguard.collector.netkind.NetworkKinds;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Everything detection is configured with (YAML section {@code detection}; {@code collector.example.yaml} lists
 * the defaults).
 *
 * @param catalog          override signature catalog file (e.g. from {@code catalog import-lolrmm}), else bundled
 * @param historyWindow    how far back device rules read a device's snapshots
 * @param historyLimit     at most this many snapshots (the newest) per device evaluation
 * @param deviceThreads    threads running device rules
 * @param deviceQueueSize  devices waiting for their rules; more are dropped (and caught up by the next fleet run)
 * @param deviceMinInterval a device's rules run at most this often while its snapshots stream in
 * @param fleetInterval    time between two fleet runs
 * @param fleetWindow      how far back (event time) the fleet rules look
 * @param officeNetworks   company networks (co-location excepted)
 * @param sanctionedTools  the IT department's own remote-access tools
 * @param vpnHostingAsns   networks of VPN exits, hosting and mobile carriers the configuration adds
 * @param thresholds       the rules' numbers
 * @param networkKinds     the list of VPN, hosting and mobile networks in effect (shipped, a file, or none) less the
 *                         configuration's exclusions
 * @param highRiskCountries ISO 3166-1 alpha-2 codes of countries where DPRK IT workers are reported to work from
 */
public record DetectionConfig(ScoringConfig scoring, Optional<Path> catalog, Duration historyWindow, int historyLimit,
                              int deviceThreads, int deviceQueueSize, Duration deviceMinInterval,
                              Duration fleetInterval, Duration fleetWindow,
                              List<OfficeNetwork> officeNetworks, List<SanctionedTool> sanctionedTools,
                              List<AsnRule> vpnHostingAsns, Thresholds thresholds, NetworkKinds networkKinds,
                              SortedSet<String> highRiskCountries) {

    /**
     * Where DPRK IT workers are reported to sit: "primarily located in the PRC and Russia" (US State, Treasury and
     * FBI advisory on DPRK IT workers, May 2022); laptops of the Chapman scheme were shipped to a Chinese city on the
     * North Korean border (DOJ, 2024-2025); North Korea itself.
     */
    public static final SortedSet<String> DEFAULT_HIGH_RISK_COUNTRIES = Collections.unmodifiableSortedSet(
            new TreeSet<>(Set.of("CN", "KP", "RU")));

    public static final DetectionConfig DEFAULTS = new DetectionConfig(ScoringConfig.defaults(), Optional.empty(),
            Duration.ofDays(7), 2000, 2, 10_000, Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofDays(7), List.of(), List.of(),
            List.of(), Thresholds.DEFAULTS, NetworkKinds.shipped(), DEFAULT_HIGH_RISK_COUNTRIES);

    public DetectionConfig {
        officeNetworks = List.copyOf(officeNetworks);
        sanctionedTools = List.copyOf(sanctionedTools);
        vpnHostingAsns = List.copyOf(vpnHostingAsns);
        Objects.requireNonNull(networkKinds, "networkKinds");
        highRiskCountries = countryCodes(highRiskCountries);
    }

    private static SortedSet<String> countryCodes(Set<String> codes) {
        TreeSet<String> out = new TreeSet<>();
        for (String code : codes) {
            String c = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
            if (!c.matches("[A-Z]{2}")) {
                throw new IllegalArgumentException("'" + code + "' is not an ISO 3166-1 alpha-2 country code");
            }
            out.add(c);
        }
        return Collections.unmodifiableSortedSet(out);
    }

    /** The sanctioned entry for a tool id (case ignored), if IT runs it. */
    public Optional<SanctionedTool> sanctioned(String toolId) {
        if (toolId == null) {
            return Optional.empty();
        }
        return sanctionedTools.stream().filter(t -> t.tool().equalsIgnoreCase(toolId.trim())).findFirst();
    }

    /** Whether a remote session over {@code toolId} from this peer id or address was the IT department's. */
    public boolean sanctionedSession(String toolId, String peerId, String remoteAddress) {
        return sanctioned(toolId).map(t -> t.sanctions(peerId, remoteAddress)).orElse(false);
    }

    public DetectionConfig withSanctionedTools(List<SanctionedTool> tools) {
        return new DetectionConfig(scoring, catalog, historyWindow, historyLimit, deviceThreads, deviceQueueSize,
                deviceMinInterval, fleetInterval, fleetWindow, officeNetworks, tools, vpnHostingAsns, thresholds,
                networkKinds, highRiskCountries);
    }

    public DetectionConfig withOfficeNetworks(List<OfficeNetwork> offices) {
        return new DetectionConfig(scoring, catalog, historyWindow, historyLimit, deviceThreads, deviceQueueSize,
                deviceMinInterval, fleetInterval, fleetWindow, offices, sanctionedTools, vpnHostingAsns, thresholds,
                networkKinds, highRiskCountries);
    }

    public DetectionConfig withVpnHostingAsns(List<AsnRule> asns) {
        return new DetectionConfig(scoring, catalog, historyWindow, historyLimit, deviceThreads, deviceQueueSize,
                deviceMinInterval, fleetInterval, fleetWindow, officeNetworks, sanctionedTools, asns, thresholds,
                networkKinds, highRiskCountries);
    }

    public DetectionConfig withHighRiskCountries(Set<String> countries) {
        return new DetectionConfig(scoring, catalog, historyWindow, historyLimit, deviceThreads, deviceQueueSize,
                deviceMinInterval, fleetInterval, fleetWindow, officeNetworks, sanctionedTools, vpnHostingAsns, thresholds,
                networkKinds, new TreeSet<>(countries));
    }

    public DetectionConfig withNetworkKinds(NetworkKinds kinds) {
        return new DetectionConfig(scoring, catalog, historyWindow, historyLimit, deviceThreads, deviceQueueSize,
                deviceMinInterval, fleetInterval, fleetWindow, officeNetworks, sanctionedTools, vpnHostingAsns, thresholds,
                kinds, highRiskCountries);
    }

    public DetectionConfig withThresholds(Thresholds t) {
        return new DetectionConfig(scoring, catalog, historyWindow, historyLimit, deviceThreads, deviceQueueSize,
                deviceMinInterval, fleetInterval, fleetWindow, officeNetworks, sanctionedTools, vpnHostingAsns, t,
                networkKinds, highRiskCountries);
    }
}
