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
 */
public record IpKvmDisplayJudgement(Level level, List<SignatureMatch> identities, List<Tell> tells) {

    public enum Level {
        /** Nothing, or a single weak tell. */
        NONE,
        /** Weak tells together (no size on an external display and an identity no known monitor has). */
        SUSPECT,
        /** A catalog identity or an IP-KVM firmware's default serial. */
        IP_KVM
    }

    public IpKvmDisplayJudgement {
        identities = List.copyOf(identities);
        tells = List.copyOf(tells);
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
        return map;
    }
}
