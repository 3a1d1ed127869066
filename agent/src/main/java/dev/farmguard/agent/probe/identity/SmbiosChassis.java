package dev.farmguard.agent.probe.identity;

import java.util.Locale;

/** Maps the SMBIOS chassis type code (DMTF SMBIOS 3.x, System Enclosure "Type") to a {@link ChassisKind}. */
public final class SmbiosChassis {

    private SmbiosChassis() {
    }

    /**
     * Parses {@code /sys/class/dmi/id/chassis_type} text (a decimal code) together with the system vendor
     * and model: hypervisors report "Other" or "Desktop", so their vendor/model strings win.
     */
    public static ChassisKind classify(String chassisTypeText, String vendor, String model) {
        if (isVirtualMachine(vendor, model)) {
            return ChassisKind.VIRTUAL;
        }
        try {
            return fromCode(Integer.parseInt(chassisTypeText.trim()));
        } catch (NumberFormatException e) {
            return ChassisKind.UNKNOWN;
        }
    }

    /** The kind for one SMBIOS chassis code; the top bit (chassis lock present) is ignored. */
    public static ChassisKind fromCode(int code) {
        return switch (code & 0x7F) {
            // Portable, Laptop, Notebook, Sub Notebook, Tablet, Convertible, Detachable
            case 8, 9, 10, 14, 30, 31, 32 -> ChassisKind.LAPTOP;
            // Desktop, Low Profile, Pizza Box, Mini Tower, Tower, All in One, Space-saving, Lunch Box,
            // Sealed-case PC, Mini PC, Stick PC
            case 3, 4, 5, 6, 7, 13, 15, 16, 24, 35, 36 -> ChassisKind.DESKTOP;
            // Main Server Chassis, Rack Mount, Multi-system, Blade, Blade Enclosure
            case 17, 23, 25, 28, 29 -> ChassisKind.SERVER;
            // 0 is not a valid code, 2 is "Unknown"
            case 0, 2 -> ChassisKind.UNKNOWN;
            default -> ChassisKind.OTHER;
        };
    }

    static boolean isVirtualMachine(String vendor, String model) {
        String v = vendor.toLowerCase(Locale.ROOT);
        String m = model.toLowerCase(Locale.ROOT);
        return v.startsWith("qemu") || v.startsWith("vmware") || v.startsWith("innotek") || v.equals("xen")
                || v.startsWith("parallels") || v.startsWith("bochs") || v.equals("amazon ec2") || v.equals("google")
                || m.equals("virtualbox") || m.equals("kvm") || m.equals("virtual machine") || m.startsWith("vmware")
                || m.equals("google compute engine") || m.startsWith("hvm domu");
    }
}
