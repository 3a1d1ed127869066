package dev.farmguard.agent.probe.usb;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.WinBase;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.ptr.PointerByReference;
import com.sun.jna.ptr.ShortByReference;
import com.sun.jna.win32.StdCallLibrary;
import com.sun.jna.win32.W32APIOptions;
import java.util.Optional;

/**
 * The live {@link WindowsHidDevices}: opens the HID interface of a device node with no access rights
 * (enough to query, and allowed even for the keyboards and mice Windows holds exclusively), then asks
 * {@code hid.dll} for the parsed caps and the string descriptors. Thin: no interpretation here.
 */
public final class JnaWindowsHidDevices implements WindowsHidDevices {

    /** GUID_DEVINTERFACE_HID: a HID node's interface path is its instance id with '\' as '#', then this. */
    private static final String HID_INTERFACE_GUID = "{4d1e55b2-f16f-11cf-88cb-001111000030}";
    private static final int HIDP_STATUS_SUCCESS = 0x00110000;
    private static final int HIDP_INPUT = 0;
    private static final int STRING_BYTES = 512;

    /** The few hid.dll functions needed; BOOLEAN results are one byte, so they are read as bytes. */
    private interface Hid extends StdCallLibrary {
        byte HidD_GetPreparsedData(WinNT.HANDLE device, PointerByReference preparsed);

        byte HidD_FreePreparsedData(Pointer preparsed);

        int HidP_GetCaps(Pointer preparsed, Pointer caps);

        int HidP_GetValueCaps(int reportType, Pointer valueCaps, ShortByReference length, Pointer preparsed);

        byte HidD_GetManufacturerString(WinNT.HANDLE device, Pointer buffer, int bufferBytes);

        byte HidD_GetProductString(WinNT.HANDLE device, Pointer buffer, int bufferBytes);

        byte HidD_GetSerialNumberString(WinNT.HANDLE device, Pointer buffer, int bufferBytes);
    }

    private static final class Library {
        static final Hid HID = Native.load("hid", Hid.class, W32APIOptions.DEFAULT_OPTIONS);
    }

    @Override
    public Optional<Facts> read(String instanceId) {
        String path = "\\\\?\\" + instanceId.replace('\\', '#') + "#" + HID_INTERFACE_GUID;
        WinNT.HANDLE handle = Kernel32.INSTANCE.CreateFile(path, 0,
                WinNT.FILE_SHARE_READ | WinNT.FILE_SHARE_WRITE, null, WinNT.OPEN_EXISTING, 0, null);
        if (handle == null || WinBase.INVALID_HANDLE_VALUE.equals(handle)) {
            return Optional.empty();
        }
        try {
            Hid hid = Library.HID;
            byte[][] caps = parsedCaps(hid, handle);
            return Optional.of(new Facts(
                    string(handle, hid::HidD_GetManufacturerString),
                    string(handle, hid::HidD_GetProductString),
                    string(handle, hid::HidD_GetSerialNumberString),
                    caps[0], caps[1]));
        } finally {
            Kernel32.INSTANCE.CloseHandle(handle);
        }
    }

    /** HIDP_CAPS and the input HIDP_VALUE_CAPS, or two empty arrays. */
    private static byte[][] parsedCaps(Hid hid, WinNT.HANDLE handle) {
        PointerByReference preparsedRef = new PointerByReference();
        if (hid.HidD_GetPreparsedData(handle, preparsedRef) == 0) {
            return new byte[][] {new byte[0], new byte[0]};
        }
        Pointer preparsed = preparsedRef.getValue();
        try (Memory caps = new Memory(WindowsHidCaps.CAPS_BYTES)) {
            caps.clear();
            if (hid.HidP_GetCaps(preparsed, caps) != HIDP_STATUS_SUCCESS) {
                return new byte[][] {new byte[0], new byte[0]};
            }
            byte[] capsBytes = caps.getByteArray(0, WindowsHidCaps.CAPS_BYTES);
            int count = WindowsHidCaps.inputValueCapsCount(capsBytes);
            if (count == 0) {
                return new byte[][] {capsBytes, new byte[0]};
            }
            try (Memory values = new Memory((long) count * WindowsHidCaps.VALUE_CAPS_BYTES)) {
                values.clear();
                ShortByReference length = new ShortByReference((short) count);
                if (hid.HidP_GetValueCaps(HIDP_INPUT, values, length, preparsed) != HIDP_STATUS_SUCCESS) {
                    return new byte[][] {capsBytes, new byte[0]};
                }
                int filled = Math.min(count, length.getValue() & 0xFFFF);
                return new byte[][] {capsBytes, values.getByteArray(0, filled * WindowsHidCaps.VALUE_CAPS_BYTES)};
            }
        } finally {
            hid.HidD_FreePreparsedData(preparsed);
        }
    }

    @FunctionalInterface
    private interface StringCall {
        byte get(WinNT.HANDLE device, Pointer buffer, int bufferBytes);
    }

    private static String string(WinNT.HANDLE handle, StringCall call) {
        try (Memory buffer = new Memory(STRING_BYTES)) {
            buffer.clear();
            return call.get(handle, buffer, STRING_BYTES) == 0 ? "" : buffer.getWideString(0).trim();
        }
    }
}
