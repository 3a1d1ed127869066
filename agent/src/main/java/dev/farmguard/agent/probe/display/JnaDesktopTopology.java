package dev.farmguard.agent.probe.display;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.WString;
import com.sun.jna.win32.StdCallLibrary;
import java.util.ArrayList;
import java.util.List;

/**
 * The live {@link WindowsDesktopTopology}: {@code EnumDisplayDevicesW} over adapters and their monitors
 * (with EDD_GET_DEVICE_INTERFACE_NAME, so monitors come with their PnP interface path) and
 * {@code EnumDisplaySettingsW(ENUM_CURRENT_SETTINGS)} for the mode. Decoding is in {@link DisplayDeviceStructs}.
 */
public final class JnaDesktopTopology implements WindowsDesktopTopology {

    private static final int EDD_GET_DEVICE_INTERFACE_NAME = 0x1;
    private static final int ENUM_CURRENT_SETTINGS = -1;
    /** Adapters and monitors per adapter are few; stop a misbehaving enumeration. */
    private static final int MAX_DEVICES = 64;

    private interface User32W extends StdCallLibrary {
        boolean EnumDisplayDevicesW(WString device, int index, Pointer displayDevice, int flags);

        boolean EnumDisplaySettingsW(WString device, int modeNumber, Pointer devMode);
    }

    private static final class Library {
        static final User32W USER32 = Native.load("user32", User32W.class);
    }

    @Override
    public List<AttachedMonitor> read() {
        User32W user32 = Library.USER32;
        List<AttachedMonitor> monitors = new ArrayList<>();
        for (int a = 0; a < MAX_DEVICES; a++) {
            DisplayDeviceStructs.DisplayDevice adapter = enumerate(user32, null, a, 0);
            if (adapter == null) {
                break;
            }
            if ((adapter.stateFlags() & DisplayDeviceStructs.MIRRORING_DRIVER) != 0) {
                continue;
            }
            boolean attached = (adapter.stateFlags() & DisplayDeviceStructs.ATTACHED_OR_ACTIVE) != 0;
            int[] pels = attached ? currentMode(user32, adapter.name()) : new int[] {0, 0};
            for (int m = 0; m < MAX_DEVICES; m++) {
                DisplayDeviceStructs.DisplayDevice monitor =
                        enumerate(user32, new WString(adapter.name()), m, EDD_GET_DEVICE_INTERFACE_NAME);
                if (monitor == null) {
                    break;
                }
                boolean active = attached && (monitor.stateFlags() & DisplayDeviceStructs.ATTACHED_OR_ACTIVE) != 0;
                monitors.add(new AttachedMonitor(adapter.name(), monitor.deviceId(), active, pels[0], pels[1]));
            }
        }
        return monitors;
    }

    private static DisplayDeviceStructs.DisplayDevice enumerate(User32W user32, WString device, int index, int flags) {
        try (Memory buffer = new Memory(DisplayDeviceStructs.DISPLAY_DEVICE_BYTES)) {
            buffer.clear();
            buffer.setInt(0, DisplayDeviceStructs.DISPLAY_DEVICE_BYTES);
            if (!user32.EnumDisplayDevicesW(device, index, buffer, flags)) {
                return null;
            }
            return DisplayDeviceStructs.displayDevice(buffer.getByteArray(0, DisplayDeviceStructs.DISPLAY_DEVICE_BYTES));
        }
    }

    private static int[] currentMode(User32W user32, String adapterName) {
        try (Memory devmode = new Memory(DisplayDeviceStructs.DEVMODE_BYTES)) {
            devmode.clear();
            devmode.setShort(DisplayDeviceStructs.DEVMODE_SIZE_OFFSET, (short) DisplayDeviceStructs.DEVMODE_BYTES);
            if (!user32.EnumDisplaySettingsW(new WString(adapterName), ENUM_CURRENT_SETTINGS, devmode)) {
                return new int[] {0, 0};
            }
            return DisplayDeviceStructs.pels(devmode.getByteArray(0, DisplayDeviceStructs.DEVMODE_BYTES));
        }
    }
}
