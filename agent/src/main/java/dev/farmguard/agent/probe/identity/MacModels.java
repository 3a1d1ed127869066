package dev.farmguard.agent.probe.identity;

import java.util.Locale;

/**
 * The chassis of a Mac from its model identifier ("MacBookPro18,3", "Macmini9,1") or, for Apple silicon
 * identifiers that name no product line ("Mac14,2" is a MacBook Air, "Mac14,3" a Mac mini), from the
 * marketing name system_profiler prints ("MacBook Air", "Mac mini", "Mac Studio").
 */
public final class MacModels {

    private MacModels() {
    }

    /** True when the identifier alone does not tell the chassis and the marketing name is needed. */
    public static boolean needsMachineName(String modelId) {
        return classify(modelId) == ChassisKind.UNKNOWN;
    }

    /**
     * @param modelId     IOPlatformExpertDevice {@code model}
     * @param machineName SPHardwareDataType {@code machine_name}, "" when not read
     */
    public static ChassisKind chassis(String modelId, String machineName) {
        ChassisKind fromId = classify(modelId);
        return fromId != ChassisKind.UNKNOWN ? fromId : classify(machineName.replace(" ", ""));
    }

    private static ChassisKind classify(String name) {
        String n = name.toLowerCase(Locale.ROOT).trim();
        if (n.isEmpty()) {
            return ChassisKind.UNKNOWN;
        }
        if (n.startsWith("virtualmac") || n.startsWith("applevirtualmachine") || n.startsWith("vmware")
                || n.startsWith("parallels")) {
            return ChassisKind.VIRTUAL;
        }
        if (n.startsWith("macbook")) {
            return ChassisKind.LAPTOP;
        }
        if (n.startsWith("imac") || n.startsWith("macmini") || n.startsWith("macpro") || n.startsWith("macstudio")) {
            return ChassisKind.DESKTOP;
        }
        if (n.startsWith("xserve")) {
            return ChassisKind.SERVER;
        }
        return ChassisKind.UNKNOWN;
    }
}
