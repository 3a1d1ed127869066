package dev.farmguard.collector.catalog;

/**
 * A USB identity. Empty strings are not checked; non-empty ones must equal the device's string ignoring case.
 *
 * @param vendorId        idVendor, never 0
 * @param productId       idProduct, 0 = any product of the vendor
 * @param requiresStrings the vendor:product is a generic default (e.g. 1d6b:0104, every Linux USB gadget), so
 *                        the entry must name at least one string and the ids alone prove nothing
 */
public record UsbMatch(int vendorId, int productId, String manufacturer, String product, String serial,
                       boolean requiresStrings) {

    public UsbMatch {
        manufacturer = nullToEmpty(manufacturer);
        product = nullToEmpty(product);
        serial = nullToEmpty(serial);
    }

    /** {@code vvvv:pppp} (or {@code vvvv:*} for any product), lower-case hex as usb.ids writes it. */
    public String vidPid() {
        return productId == 0 ? String.format("%04x:*", vendorId) : String.format("%04x:%04x", vendorId, productId);
    }

    boolean hasStrings() {
        return !manufacturer.isEmpty() || !product.isEmpty() || !serial.isEmpty();
    }

    static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
