package dev.farmguard.agent.probe.locale;

import java.util.Locale;

/** Turns POSIX locale names ("en_US.UTF-8", "de_DE@euro") into BCP 47 tags ("en-US", "de-DE"). */
public final class LocaleTags {

    private LocaleTags() {
    }

    /** The tag, or "" for the C/POSIX locale, empty or unparseable names. */
    public static String fromPosix(String posix) {
        if (posix == null) {
            return "";
        }
        String name = posix.trim();
        int cut = indexOfAny(name, '.', '@');
        if (cut >= 0) {
            name = name.substring(0, cut);
        }
        if (name.isEmpty() || name.equals("C") || name.equals("POSIX")) {
            return "";
        }
        String[] parts = name.split("_", 2);
        if (!parts[0].matches("[A-Za-z]{2,8}") || (parts.length == 2 && !parts[1].matches("[A-Za-z]{2}|[0-9]{3}"))) {
            return "";
        }
        Locale.Builder builder = new Locale.Builder().setLanguage(parts[0].toLowerCase(Locale.ROOT));
        if (parts.length == 2) {
            builder.setRegion(parts[1].toUpperCase(Locale.ROOT));
        }
        return builder.build().toLanguageTag();
    }

    private static int indexOfAny(String text, char a, char b) {
        int first = text.indexOf(a);
        int second = text.indexOf(b);
        if (first < 0) {
            return second;
        }
        return second < 0 ? first : Math.min(first, second);
    }
}
