package dev.farmguard.collector.classify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a display looks like the "monitor" an IP-KVM presents, and why.
 *
 * @param identities catalog KVM signatures whose EDID identity the display presents
 * @param tells      every EDID tell that fired, strong or weak
 * @param notKvm     why the tells were set aside: the display is internal or virtual, or its EDID describes a TV,
 *                   projector, AV device or headset ({@link EdidLookAlikes}); empty when nothing speaks against
 */
public record IpKvmDisplayJudgement(Level level, List<SignatureMatch> identities, List<Tell> tells,
                                    List<Evidence> notKvm) {

    public enum Level {
        /** Nothing, or a single weak tell. */
        NONE,
        /** Weak tells together (no size on an external display and an identity no known monitor has). */
        SUSPECT,
        /** A catalog identity or an IP-KVM firmware's default serial, on an output that is not internal. */
        IP_KVM
    }

    public IpKvmDisplayJudgement {
        identities = List.copyOf(identities);
        tells = List.copyOf(tells);
        notKvm = List.copyOf(notKvm);
    }

    public boolean ipKvm() {
        return level == Level.IP_KVM;
    }

    /** Plain values for {@code Finding.evidence}. */
    public Map<String, Object> toEvidenceMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("level", level.name().toLowerCase(java.util.Locale.ROOT));
        List<Object> ids = new ArrayList<>();
        identities.forEach(i -> ids.add(i.toEvidenceMap()));
        map.put("identities", ids);
        List<Object> t = new ArrayList<>();
        tells.forEach(x -> t.add(x.toEvidenceMap()));
        map.put("tells", t);
        if (!notKvm.isEmpty()) {
            map.put("notKvm", notKvm.stream().map(e -> e.field().name().toLowerCase(java.util.Locale.ROOT) + ": "
                    + e.observed() + " (" + e.matched() + ")").toList());
        }
        return map;
    }
}
