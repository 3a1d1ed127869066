package dev.farmguard.collector.detect;

import java.util.Map;

/**
 * Independent families of evidence: each answers one question about the laptop, from facts the others do not read.
 * A farm verdict needs strong evidence from more than one family, so that one noisy source (an IT tool, one odd
 * monitor, a VPN for privacy, a trip abroad) never decides alone.
 *
 * <p>A rule id is {@code <prefix>.<name>}; its family is the prefix's unless the rule is listed in
 * {@link #OWN_FAMILY}: the prefixes name what a rule looks at, the families which question it answers (a keyboard
 * layout, an installed VPN client and a public address are all about location, but the first two are how the laptop
 * is configured and the last where its network is, and they fail independently). Fleet rules that find the same
 * network, remote operator or IP-KVM on several employees' laptops answer their own question: a laptop's own
 * remote sessions may be a helper's, the same operator on several employees' laptops is not.
 */
public enum Family {
    NETWORK("network", "where its network is"),
    CONFIGURATION("configuration", "how it is configured"),
    SCHEDULE("schedule", "when it is used"),
    ATTACHED("attached", "what is attached to it"),
    CONTROL("control", "what controls it"),
    PRESENCE("presence", "whether anyone sits at it"),
    SHARED("shared", "which other employees' laptops share its network, controller or hardware"),
    AGENT("agent", "whether its agent reports");

    private static final Map<String, Family> BY_PREFIX = Map.of(
            "ip_kvm", ATTACHED,
            "remote_control", CONTROL,
            "headless", PRESENCE,
            "location", NETWORK,
            "colocation", SHARED,
            "jiggler", CONTROL,
            "agent", AGENT);

    /** Rules whose question is not their prefix's. */
    private static final Map<String, Family> OWN_FAMILY = Map.of(
            "location.locale_mismatch", CONFIGURATION,
            "location.vpn_client", CONFIGURATION,
            "location.vpn_exit", CONFIGURATION,
            "location.activity_hours", SCHEDULE,
            "jiggler.hardware", ATTACHED,
            "remote_control.shared_peer", SHARED,
            "ip_kvm.shared_identity", SHARED);

    private final String apiName;
    private final String question;

    Family(String apiName, String question) {
        this.apiName = apiName;
        this.question = question;
    }

    /** Name in the API and in configuration, e.g. {@code shared_network}. */
    public String apiName() {
        return apiName;
    }

    /** What the family tells about the laptop, to finish a sentence: "evidence about what controls it". */
    public String question() {
        return question;
    }

    /** The family a rule id belongs to; unknown prefixes are a programming error. */
    public static Family ofRule(String ruleId) {
        Family own = OWN_FAMILY.get(ruleId);
        if (own != null) {
            return own;
        }
        int dot = ruleId.indexOf('.');
        Family family = BY_PREFIX.get(dot < 0 ? ruleId : ruleId.substring(0, dot));
        if (family == null) {
            throw new IllegalArgumentException("rule id '" + ruleId + "' has no known prefix " + BY_PREFIX.keySet());
        }
        return family;
    }
}
