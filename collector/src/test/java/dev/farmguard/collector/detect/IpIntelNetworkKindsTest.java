package dev.farmguard.collector.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.netkind.AsnList;
import dev.farmguard.collector.netkind.NetworkKind;
import dev.farmguard.collector.netkind.NetworkKinds;
import dev.farmguard.collector.testing.FakeGeo;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Network kinds reach {@link IpFacts} from the shipped list, the configuration's entries and its exclusions. */
class IpIntelNetworkKindsTest {

    private static final String NORD_EXIT = "192.0.2.10";
    private static final String DIGITALOCEAN = "192.0.2.20";
    private static final String TMOBILE = "192.0.2.30";
    private static final String HOME = "192.0.2.40";

    private static final FakeGeo GEO = new FakeGeo()
            .place(NORD_EXIT, "US", "Newark", 40.73, -74.17, "America/New_York", 9009, "M247 Europe SRL")
            .place(DIGITALOCEAN, "US", "Clifton", 40.86, -74.16, "America/New_York", 14061, "DigitalOcean, LLC")
            .place(TMOBILE, "US", "Bellevue", 47.61, -122.2, "America/Los_Angeles", 21928, "T-Mobile USA, Inc.")
            .place(HOME, "US", "Brooklyn", 40.68, -73.94, "America/New_York", 64500, "Lakeshore Fiber");

    private static IpIntel intel(List<AsnRule> configured, NetworkKinds kinds) {
        return new IpIntel(GEO, configured, kinds, List.of());
    }

    @Test
    void theShippedListKnowsVpnHostingAndMobileNetworksWithoutAnyConfiguration() {
        IpIntel ips = IpIntel.of(GEO, DetectionConfig.DEFAULTS);

        IpFacts vpn = ips.lookup(NORD_EXIT);
        assertThat(vpn.networkKind()).isEqualTo(NetworkKind.VPN);
        assertThat(vpn.exitKind()).isEqualTo("vpn");
        assertThat(vpn.personLocation()).as("a VPN exit is not a place").isEmpty();
        assertThat(ips.lookup(DIGITALOCEAN).exitKind()).isEqualTo("hosting");
        assertThat(ips.lookup(HOME).networkKind()).isNull();
        assertThat(ips.lookup(HOME).personLocation()).isPresent();
    }

    @Test
    void aMobileCarrierIsSharedButStillAPlace() {
        IpFacts mobile = IpIntel.of(GEO, DetectionConfig.DEFAULTS).lookup(TMOBILE);

        assertThat(mobile.networkKind()).isEqualTo(NetworkKind.MOBILE);
        assertThat(mobile.mobile()).isTrue();
        assertThat(mobile.vpnOrHosting()).isFalse();
        assertThat(mobile.exitKind()).isNull();
        assertThat(mobile.personLocation()).isPresent();
    }

    @Test
    void excludedNumbersAreNeverAKindNotEvenWhenConfigured() {
        NetworkKinds excludingOwnCloud = NetworkKinds.of(AsnList.loadBundled(),
                "shipped", Set.of(14061L));
        IpIntel ips = intel(List.of(new AsnRule(14061, "our cloud", "hosting")), excludingOwnCloud);

        assertThat(ips.lookup(DIGITALOCEAN).networkKind()).isNull();
        assertThat(ips.lookup(NORD_EXIT).networkKind()).isEqualTo(NetworkKind.VPN);
    }

    @Test
    void theConfigurationsOwnEntriesComeFirstAndWorkWithTheListOff() {
        IpIntel ips = intel(List.of(new AsnRule(-1, "*Lakeshore*", "mobile"), new AsnRule(9009, "", "vpn-exit")),
                NetworkKinds.NONE);

        assertThat(ips.lookup(HOME).networkKind()).isEqualTo(NetworkKind.MOBILE);
        assertThat(ips.lookup(NORD_EXIT).networkKind()).isEqualTo(NetworkKind.VPN);
        assertThat(ips.lookup(DIGITALOCEAN).networkKind()).as("the list is off").isNull();
    }
}
