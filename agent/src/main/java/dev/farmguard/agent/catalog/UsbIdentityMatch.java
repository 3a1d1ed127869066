package dev.farmguard.agent.catalog;

import dev.farmguard.proto.v1.UsbMatch;

/** Whether a USB device has a catalog {@code UsbMatch} identity (same rules as the collector's). */
public final class UsbIdentityMatch {

    private UsbIdentityMatch() {
    }

    /**
     * Vendor id must be equal; product id when the match names one; each non-empty string must be equal
     * ignoring case (strings are always checked when given, and required when {@code requires_strings}).
     */
    public static boolean matches(UsbMatch match, int vendorId, int productId, String manufacturer, String product,
                                  String serial) {
        if (match.getVendorId() != vendorId) {
            return false;
        }
        if (match.getProductId() != 0 && match.getProductId() != productId) {
            return false;
        }
        if (match.getRequiresStrings() && match.getManufacturer().isEmpty() && match.getProduct().isEmpty()
                && match.getSerial().isEmpty()) {
            return false;
        }
        return same(match.getManufacturer(), manufacturer) && same(match.getProduct(), product)
                && same(match.getSerial(), serial);
    }

    /** True when the match names the whole vendor: any product, no strings. */
    public static boolean vendorWide(UsbMatch match) {
        return match.getProductId() == 0 && match.getManufacturer().isEmpty() && match.getProduct().isEmpty()
                && match.getSerial().isEmpty();
    }

    private static boolean same(String wanted, String actual) {
        return wanted.isEmpty() || wanted.trim().equalsIgnoreCase(actual == null ? "" : actual.trim());
    }
}
