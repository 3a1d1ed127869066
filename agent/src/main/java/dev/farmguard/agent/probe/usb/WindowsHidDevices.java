package dev.farmguard.agent.probe.usb;

import java.util.Optional;

/**
 * Asks the HID class driver about one HID device node (one top-level collection). Live:
 * {@link JnaWindowsHidDevices}; tests answer from recorded structures.
 */
@FunctionalInterface
public interface WindowsHidDevices {

    /**
     * What the driver says about {@code HID\...} instance {@code instanceId}; empty when the device cannot
     * be opened (gone, or access refused).
     */
    Optional<Facts> read(String instanceId);

    /**
     * @param manufacturer   HidD_GetManufacturerString (the USB iManufacturer string), "" if none
     * @param product        HidD_GetProductString, "" if none
     * @param serial         HidD_GetSerialNumberString, "" if none
     * @param caps           the HIDP_CAPS bytes
     * @param inputValueCaps the HIDP_VALUE_CAPS array of the input reports
     */
    record Facts(String manufacturer, String product, String serial, byte[] caps, byte[] inputValueCaps) {

        public Facts {
            caps = caps.clone();
            inputValueCaps = inputValueCaps.clone();
        }

        @Override
        public byte[] caps() {
            return caps.clone();
        }

        @Override
        public byte[] inputValueCaps() {
            return inputValueCaps.clone();
        }

        public HidReportDescriptor.Capabilities capabilities() {
            return WindowsHidCaps.classify(caps, inputValueCaps);
        }
    }
}
