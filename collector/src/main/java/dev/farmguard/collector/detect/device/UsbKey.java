package dev.farmguard.collector.detect.device;

import dev.farmguard.collector.model.UsbDevice;

/** What makes two reports of a USB device the same device across snapshots (not its port). */
record UsbKey(String vidPid, String manufacturer, String product, String serial, String interfaces,
              boolean absolutePointer, String scsi) {

    static UsbKey of(UsbDevice d) {
        return new UsbKey(d.vidPid(), d.manufacturer(), d.product(), d.serial(), d.interfaces().toString(),
                d.absolutePointer(), d.scsiVendor() + "/" + d.scsiProduct());
    }

    /** How the device reads in a finding: ids, strings and serial. */
    static String describe(UsbDevice d) {
        return d.vidPid() + " \"" + d.manufacturer() + "\" \"" + d.product() + "\""
                + (d.serial() == null || d.serial().isEmpty() ? "" : " serial " + d.serial());
    }
}
