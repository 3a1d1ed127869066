package dev.farmguard.collector.detect;

/**
 * Independent families of evidence. A farm verdict needs strong evidence from more than one family, so
 * that one noisy source (an IT tool, one odd monitor, a VPN for privacy) never decides alone.
 */
public enum Category {
    IP_KVM("ip_kvm"),
    REMOTE_CONTROL("remote_control"),
    HEADLESS("headless"),
    LOCATION("location"),
    COLOCATION("colocation"),
    JIGGLER("jiggler"),
    TAMPERING("agent");

    private final String rulePrefix;

    Category(String rulePrefix) {
        this.rulePrefix = rulePrefix;
    }

    /** Rule ids are {@code <prefix>.<name>}, e.g. {@code ip_kvm.usb_identity}. */
    public String rulePrefix() {
        return rulePrefix;
    }

    /** The category a rule id belongs to. */
    public static Category ofRule(String ruleId) {
        int dot = ruleId.indexOf('.');
        String prefix = dot < 0 ? ruleId : ruleId.substring(0, dot);
        for (Category category : values()) {
            if (category.rulePrefix.equals(prefix)) {
                return category;
            }
        }
        throw new IllegalArgumentException("rule id '" + ruleId + "' has no known category prefix");
    }
}
