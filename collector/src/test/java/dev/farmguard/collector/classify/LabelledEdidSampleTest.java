package dev.farmguard.collector.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.catalog.CatalogLoader;
import dev.farmguard.collector.model.Display;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's labelled test: over the real EDIDs of the linuxhw sample, the IP-KVM display judgement falls exactly
 * on the 11 entries labelled {@code ip-kvm} and on none of the 2,649 monitors (among them Lanix monitors, Toshiba
 * TVs, the Linux kernel's built-in LNX EDIDs, capture cards and TVs reporting 0x0 cm). Every display is judged
 * as if plugged in externally, the harder case for the size tell.
 */
class LabelledEdidSampleTest {

    private final SignatureClassifier classifier = SignatureClassifier.of(CatalogLoader.loadBundled());

    @Test
    void ipKvmJudgementFallsExactlyOnTheLabelledEntries() {
        Map<String, LinuxhwSample.Label> labels = LinuxhwSample.labels();
        List<String> missed = new ArrayList<>();
        List<String> falseAlarms = new ArrayList<>();
        int kvms = 0;
        int monitors = 0;
        for (LinuxhwSample.Entry entry : LinuxhwSample.entries()) {
            LinuxhwSample.Label label = labels.get(entry.path());
            EdidInfo info = EdidDecoder.decode(entry.edid()).info().orElseThrow(
                    () -> new AssertionError(entry.path() + " does not decode"));
            IpKvmDisplayJudgement judgement = classifier.isIpKvmDisplay(info, Display.Connection.EXTERNAL);
            if (label.ipKvm()) {
                kvms++;
                if (!judgement.ipKvm()) {
                    missed.add(entry.path() + " " + info.identity() + " \"" + info.monitorName() + "\"");
                }
            } else {
                monitors++;
                if (judgement.ipKvm()) {
                    falseAlarms.add(entry.path() + " " + info.identity() + " \"" + info.monitorName() + "\" "
                            + judgement.identities() + " " + judgement.tells());
                }
            }
        }
        assertThat(kvms).isEqualTo(11);
        assertThat(monitors).isEqualTo(2649);
        assertThat(missed).as("ip-kvm entries not judged IP_KVM").isEmpty();
        assertThat(falseAlarms).as("monitors judged IP_KVM").isEmpty();
    }

    @Test
    void everyLabelledKvmIsAlsoExplainedByItsCatalogIdentity() {
        Map<String, LinuxhwSample.Label> labels = LinuxhwSample.labels();
        List<String> unexplained = new ArrayList<>();
        for (LinuxhwSample.Entry entry : LinuxhwSample.entries()) {
            if (!labels.get(entry.path()).ipKvm()) {
                continue;
            }
            EdidInfo info = EdidDecoder.decode(entry.edid()).info().orElseThrow();
            IpKvmDisplayJudgement judgement = classifier.isIpKvmDisplay(info, Display.Connection.EXTERNAL);
            if (judgement.identities().isEmpty()) {
                unexplained.add(entry.path());
            }
        }
        assertThat(unexplained).as("ip-kvm entries with no catalog identity").isEmpty();
    }
}
