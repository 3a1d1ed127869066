package dev.farmguard.agent.probe.windows;

import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.Win32Exception;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.platform.win32.WinReg;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The live registry through JNA's {@link Advapi32Util}, always the 64-bit view. Thin: every read is one
 * helper call; a key that does not exist or cannot be opened reads as empty (so does a key holding a value
 * type the helper does not decode, such as REG_RESOURCE_LIST).
 */
public final class JnaRegistry implements WindowsRegistry {

    @Override
    public List<String> subKeys(String key) {
        Location location = Location.of(key);
        try {
            return List.of(Advapi32Util.registryGetKeys(location.hive(), location.path(), WinNT.KEY_WOW64_64KEY));
        } catch (Win32Exception e) {
            return List.of();
        }
    }

    @Override
    public Map<String, Object> values(String key) {
        Location location = Location.of(key);
        try {
            return new TreeMap<>(Advapi32Util.registryGetValues(location.hive(), location.path(), WinNT.KEY_WOW64_64KEY));
        } catch (RuntimeException e) {
            // Win32Exception for a missing key; the helper also refuses value types it does not know
            return Map.of();
        }
    }

    private record Location(WinReg.HKEY hive, String path) {
        static Location of(String key) {
            int slash = key.indexOf('\\');
            String hive = (slash < 0 ? key : key.substring(0, slash)).toUpperCase(Locale.ROOT);
            String path = slash < 0 ? "" : key.substring(slash + 1);
            return switch (hive) {
                case "HKLM", "HKEY_LOCAL_MACHINE" -> new Location(WinReg.HKEY_LOCAL_MACHINE, path);
                case "HKU", "HKEY_USERS" -> new Location(WinReg.HKEY_USERS, path);
                case "HKCU", "HKEY_CURRENT_USER" -> new Location(WinReg.HKEY_CURRENT_USER, path);
                default -> throw new IllegalArgumentException("unknown registry hive in " + key);
            };
        }
    }
}
