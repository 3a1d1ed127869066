package dev.farmguard.agent.probe.locale;

import dev.farmguard.agent.probe.OsPaths;
import dev.farmguard.agent.probe.ProbeWarnings;
import dev.farmguard.agent.probe.SoftFiles;
import dev.farmguard.agent.probe.command.CommandRunner;
import dev.farmguard.agent.probe.macos.MacCommands;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

/**
 * macOS locale reader. Time zone: the {@code /etc/localtime} link (into {@code /var/db/timezone/zoneinfo}),
 * else {@code systemsetup -gettimezone}, else the JVM default. Locale, keyboard layouts and input methods are
 * per user: the agent runs as root, so they are read from the preferences of the user at the console
 * ({@code stat -f %Su /dev/console}; {@code /Users/NAME/Library/Preferences/.GlobalPreferences} and
 * {@code com.apple.HIToolbox} through {@code defaults read}), or from the agent's own when nobody is logged in.
 * macOS gives no NTP synchronisation state to read, so that stays unknown.
 */
public final class MacosLocaleProbe implements LocaleProbe {

    private static final String GLOBAL = "-g";

    private final Path root;
    private final CommandRunner commands;
    private final Clock clock;

    /** @param root filesystem root ("/" live, a temp dir in tests) */
    public MacosLocaleProbe(Path root, CommandRunner commands, Clock clock) {
        this.root = root;
        this.commands = commands;
        this.clock = clock;
    }

    @Override
    public LocaleInfo collect(ProbeWarnings warnings) {
        String zone = timeZone(warnings);
        int offset = ZoneId.of(zone).getRules().getOffset(clock.instant()).getTotalSeconds();
        Optional<String> home = consoleHome(warnings);
        String global = home.map(h -> h + "/Library/Preferences/.GlobalPreferences").orElse(GLOBAL);
        String locale = MacosLocale.tag(read(global, "AppleLocale"));
        if (locale.isEmpty()) {
            locale = MacosLocale.firstLanguage(read(global, "AppleLanguages"));
        }
        String hiToolbox = home.map(h -> h + "/Library/Preferences/com.apple.HIToolbox").orElse("com.apple.HIToolbox");
        String sources = read(hiToolbox, "AppleEnabledInputSources");
        if (sources.isBlank()) {
            warnings.warn("no enabled input sources in " + hiToolbox);
        }
        return new LocaleInfo(zone, offset, locale, MacosLocale.keyboardLayouts(sources),
                MacosLocale.inputMethods(sources), null);
    }

    private String timeZone(ProbeWarnings warnings) {
        return SoftFiles.readLink(OsPaths.under(root, "/etc/localtime"))
                .flatMap(target -> LinuxTimeZone.fromLocaltimeLink(target.toString()))
                .or(() -> MacCommands.output(commands, MacCommands.SYSTEMSETUP_TIMEZONE, warnings)
                        .flatMap(MacosLocale::systemsetupZone))
                .orElseGet(() -> ZoneId.systemDefault().getId());
    }

    /** The home of the user logged in at the console; empty at the login window or without a console. */
    private Optional<String> consoleHome(ProbeWarnings warnings) {
        return MacCommands.output(commands, MacCommands.CONSOLE_USER, warnings)
                .map(String::trim)
                .filter(user -> user.matches("[A-Za-z0-9._-]+") && !user.equals("root") && !user.equals("loginwindow"))
                .map(user -> "/Users/" + user);
    }

    /** {@code defaults read}; a missing key prints nothing on stdout (and exits 1). */
    private String read(String domain, String key) {
        return MacCommands.output(commands, MacCommands.defaultsRead(domain, key), message -> { }).orElse("");
    }
}
