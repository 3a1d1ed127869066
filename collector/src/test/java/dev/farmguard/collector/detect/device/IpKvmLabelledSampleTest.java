package dev.farmguard.collector.detect.device;

import static dev.farmguard.collector.detect.RuleFixtures.context;
import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.testing.SampleEdids;
import dev.farmguard.collector.testing.SnapshotBuilder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's labelled test at the level of findings: over the 2,660 real EDIDs of the linuxhw sample (CC BY 4.0,
 * "linuxhw/EDID, linux-hardware.org"), each shown as the external display of a laptop whose own panel is dark,
 * the IP-KVM display rule emits findings for exactly the 11 entries labelled {@code ip-kvm}, and for none of
 * the 2,649 monitors (Lanix monitors, Toshiba TVs, the kernel's built-in LNX EDIDs, TVs reporting 0x0 cm...).
 */
class IpKvmLabelledSampleTest {

    @Test
    void findingsFallExactlyOnTheEntriesLabelledIpKvm() {
        IpKvmDisplayRule rule = new IpKvmDisplayRule();
        List<String> missed = new ArrayList<>();
        List<String> falseAlarms = new ArrayList<>();
        int kvms = 0;
        for (SampleEdids.Entry e : SampleEdids.all()) {
            List<Finding> f = rule.evaluate(context(SnapshotBuilder.laptop("d1").displays(false, e.edid()).build()));
            if (e.ipKvm()) {
                kvms++;
                if (f.isEmpty()) {
                    missed.add(e.path());
                }
            } else if (!f.isEmpty()) {
                falseAlarms.add(e.path() + " " + f);
            }
        }
        assertThat(kvms).isEqualTo(11);
        assertThat(SampleEdids.all()).hasSize(2660);
        assertThat(missed).as("ip-kvm EDIDs without a finding").isEmpty();
        assertThat(falseAlarms).as("monitors with an IP-KVM finding").isEmpty();
    }
}
