package dev.farmguard.agent.probe.locale;

import dev.farmguard.agent.probe.macos.OpenStepPlist;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parses macOS locale settings: {@code AppleLocale} (an ICU id such as "en_US", "zh-Hans_CN" or
 * "en_US@rg=gbzzzz"), {@code AppleLanguages} (an OpenStep array of BCP 47 tags), the
 * {@code AppleEnabledInputSources} of {@code com.apple.HIToolbox} (OpenStep array of dictionaries: keyboard
 * layouts carry a "KeyboardLayout Name", input methods a "Bundle ID" and, per mode, an "Input Mode"), and
 * {@code systemsetup -gettimezone} ("Time Zone: America/New_York").
 */
public final class MacosLocale {

    private MacosLocale() {
    }

    /** BCP 47 tag of an AppleLocale value, "" when empty or not a locale. */
    public static String tag(String appleLocale) {
        String id = appleLocale.trim();
        int keywords = id.indexOf('@');
        if (keywords >= 0) {
            id = id.substring(0, keywords);
        }
        if (id.isEmpty()) {
            return "";
        }
        String tag = Locale.forLanguageTag(id.replace('_', '-')).toLanguageTag();
        return tag.equals("und") ? "" : tag;
    }

    /** The first language of {@code defaults read -g AppleLanguages}, as a tag. */
    public static String firstLanguage(String output) {
        if (OpenStepPlist.parse(output) instanceof List<?> languages && !languages.isEmpty()) {
            return tag(String.valueOf(languages.get(0)));
        }
        return "";
    }

    /** Enabled keyboard layouts, by name ("U.S.", "2-Set Korean", "RussianWin"). */
    public static List<String> keyboardLayouts(String enabledInputSources) {
        Set<String> layouts = new LinkedHashSet<>();
        for (Map<?, ?> source : sources(enabledInputSources)) {
            if ("Keyboard Layout".equals(source.get("InputSourceKind")) && source.get("KeyboardLayout Name") != null) {
                layouts.add(String.valueOf(source.get("KeyboardLayout Name")));
            }
        }
        return new ArrayList<>(layouts);
    }

    /**
     * Enabled input methods: the bundle of each keyboard input method and each of its enabled modes
     * ("com.apple.inputmethod.Korean", "com.apple.inputmethod.Korean.2SetKorean"). Palettes and press-and-hold
     * ("Non Keyboard Input Method") are not input methods in this sense.
     */
    public static List<String> inputMethods(String enabledInputSources) {
        Set<String> methods = new LinkedHashSet<>();
        for (Map<?, ?> source : sources(enabledInputSources)) {
            Object kind = source.get("InputSourceKind");
            if ("Keyboard Input Method".equals(kind) && source.get("Bundle ID") != null) {
                methods.add(String.valueOf(source.get("Bundle ID")));
            } else if ("Input Mode".equals(kind) && source.get("Input Mode") != null) {
                methods.add(String.valueOf(source.get("Input Mode")));
            }
        }
        return new ArrayList<>(methods);
    }

    /** The zone named by {@code systemsetup -gettimezone}. */
    public static Optional<String> systemsetupZone(String output) {
        int colon = output.indexOf("Time Zone:");
        if (colon < 0) {
            return Optional.empty();
        }
        String zone = output.substring(colon + "Time Zone:".length()).trim().split("\\s+")[0];
        return LinuxTimeZone.valid(zone);
    }

    private static List<Map<?, ?>> sources(String output) {
        List<Map<?, ?>> sources = new ArrayList<>();
        if (OpenStepPlist.parse(output) instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> map) {
                    sources.add(map);
                }
            }
        }
        return sources;
    }
}
