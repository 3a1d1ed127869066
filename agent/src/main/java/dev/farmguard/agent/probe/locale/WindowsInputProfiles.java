package dev.farmguard.agent.probe.locale;

import dev.farmguard.agent.probe.windows.WindowsRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One user's keyboard layouts, input methods and locale from their registry hive. Layouts are keyboard
 * layout ids (KLIDs, e.g. {@code 00000409} US, {@code 00000412} Korean) from {@code Keyboard Layout\Preload}
 * (ids there may be substitutes, resolved through {@code Keyboard Layout\Substitutes}) and from the language
 * profile under {@code Control Panel\International\User Profile\<language>}, whose values are
 * {@code LANGID:KLID} for layouts and {@code LANGID:{text service CLSID}{profile GUID}} for input methods
 * (IMEs), e.g. the Microsoft Korean IME.
 */
public final class WindowsInputProfiles {

    /** What one user has. */
    public record Profile(String locale, List<String> keyboardLayouts, List<String> inputMethods) {
    }

    private static final Pattern USER_SID = Pattern.compile("S-1-(5-21|12-1)(-\\d+)+");
    private static final Pattern LAYOUT_TIP = Pattern.compile("([0-9A-Fa-f]{4}):([0-9A-Fa-f]{8})");
    private static final Pattern TEXT_SERVICE_TIP = Pattern.compile(
            "[0-9A-Fa-f]{4}:\\{[0-9A-Fa-f-]{36}\\}\\{[0-9A-Fa-f-]{36}\\}");

    private WindowsInputProfiles() {
    }

    /** The loaded hives of real users among the subkeys of HKU (not services, not *_Classes). */
    public static List<String> userHives(List<String> hkuSubKeys) {
        return hkuSubKeys.stream().filter(key -> USER_SID.matcher(key).matches()).toList();
    }

    public static Profile read(WindowsRegistry registry, String hive) {
        Set<String> layouts = new LinkedHashSet<>();
        Map<String, Object> substitutes = registry.values(hive + "\\Keyboard Layout\\Substitutes");
        List<Map.Entry<String, Object>> preload = new ArrayList<>(registry.values(hive + "\\Keyboard Layout\\Preload")
                .entrySet());
        preload.sort(Comparator.comparingInt(e -> order(e.getKey())));
        for (Map.Entry<String, Object> entry : preload) {
            if (entry.getValue() instanceof String id && id.matches("[0-9A-Fa-f]{8}")) {
                Object substitute = substitutes.get(id);
                layouts.add((substitute instanceof String s ? s : id).toUpperCase(Locale.ROOT));
            }
        }
        Set<String> inputMethods = new LinkedHashSet<>();
        String profileKey = hive + "\\Control Panel\\International\\User Profile";
        for (String language : registry.subKeys(profileKey)) {
            for (String name : registry.values(profileKey + "\\" + language).keySet()) {
                Matcher layout = LAYOUT_TIP.matcher(name);
                if (layout.matches()) {
                    layouts.add(layout.group(2).toUpperCase(Locale.ROOT));
                } else if (TEXT_SERVICE_TIP.matcher(name).matches()) {
                    inputMethods.add(name.toUpperCase(Locale.ROOT));
                }
            }
        }
        String locale = registry.string(hive + "\\Control Panel\\International", "LocaleName");
        return new Profile(locale, List.copyOf(layouts), List.copyOf(inputMethods));
    }

    private static int order(String preloadName) {
        try {
            return Integer.parseInt(preloadName.trim());
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
