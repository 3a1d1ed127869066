package dev.farmguard.agent.probe.locale;

import dev.farmguard.agent.probe.LinuxHomes;
import dev.farmguard.agent.probe.OsPaths;
import dev.farmguard.agent.probe.ProbeWarnings;
import dev.farmguard.agent.probe.ShellVariables;
import dev.farmguard.agent.probe.SoftFiles;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Linux locale reader. Time zone: the {@code /etc/localtime} link, else {@code /etc/timezone}, else the
 * JVM default. Locale: {@code LC_ALL}, then {@code LANG} of the agent's environment, then the system
 * default in {@code /etc/locale.conf} or {@code /etc/default/locale}. Keyboard layouts:
 * {@code /etc/default/keyboard}, {@code /etc/vconsole.conf}, {@code /etc/X11/xorg.conf.d/00-keyboard.conf},
 * plus the desktop layouts of the input-method configuration. Input methods: GNOME input sources and IBus
 * engines from each user's dconf database ({@code ~/.config/dconf/user}) and the system dconf key files
 * ({@code /etc/dconf/db/*.d/*}), fcitx5 and fcitx profiles ({@code ~/.config/fcitx5/profile},
 * {@code ~/.config/fcitx/profile}); users are {@code /root} and the directories of {@code /home}.
 * Clock sync: the kernel's NTP state.
 */
public final class LinuxLocaleProbe implements LocaleProbe {

    private final Path root;
    private final Map<String, String> environment;
    private final Clock clock;
    private final Supplier<Optional<Boolean>> clockSync;

    /**
     * @param root      filesystem root ("/" live, a temp dir in tests)
     * @param clockSync asks whether the clock is synchronised ({@link ClockSync#linuxKernelSynchronized} live)
     */
    public LinuxLocaleProbe(Path root, Map<String, String> environment, Clock clock,
                            Supplier<Optional<Boolean>> clockSync) {
        this.root = root;
        this.environment = Map.copyOf(environment);
        this.clock = clock;
        this.clockSync = clockSync;
    }

    @Override
    public LocaleInfo collect(ProbeWarnings warnings) {
        String zone = timeZone();
        int offset = ZoneId.of(zone).getRules().getOffset(clock.instant()).getTotalSeconds();
        InputSettings desktop = desktopInputSettings();
        Set<String> layouts = new LinkedHashSet<>(keyboardLayouts());
        layouts.addAll(desktop.layouts());
        return new LocaleInfo(zone, offset, locale(), List.copyOf(layouts), desktop.methods(),
                clockSync.get().orElse(null));
    }

    private InputSettings desktopInputSettings() {
        InputSettings found = InputSettings.NONE;
        for (Path db : SoftFiles.list(path("/etc/dconf/db"))) {
            if (db.getFileName().toString().endsWith(".d")) {
                for (Path keyfile : SoftFiles.list(db)) {
                    found = found.plus(InputMethodConfigs.fromDconfKeyfile(SoftFiles.readLines(keyfile)));
                }
            }
        }
        for (Path home : LinuxHomes.under(root)) {
            byte[] dconf = SoftFiles.readBytes(home.resolve(".config/dconf/user"));
            if (dconf.length > 0) {
                found = found.plus(InputMethodConfigs.fromDconf(DconfDatabase.values(dconf)));
            }
            found = found.plus(InputMethodConfigs.fromFcitx5Profile(
                    SoftFiles.readLines(home.resolve(".config/fcitx5/profile"))));
            found = found.plus(InputMethodConfigs.fromFcitxProfile(
                    SoftFiles.readLines(home.resolve(".config/fcitx/profile"))));
        }
        return found;
    }

    private String timeZone() {
        return SoftFiles.readLink(path("/etc/localtime"))
                .flatMap(target -> LinuxTimeZone.fromLocaltimeLink(target.toString()))
                .or(() -> SoftFiles.read(path("/etc/timezone")).flatMap(LinuxTimeZone::fromTimezoneFile))
                .orElseGet(() -> ZoneId.systemDefault().getId());
    }

    private String locale() {
        List<String> candidates = new ArrayList<>();
        candidates.add(environment.get("LC_ALL"));
        candidates.add(environment.get("LANG"));
        candidates.add(shell("/etc/locale.conf").get("LANG"));
        candidates.add(shell("/etc/default/locale").get("LANG"));
        for (String candidate : candidates) {
            String tag = LocaleTags.fromPosix(candidate);
            if (!tag.isEmpty()) {
                return tag;
            }
        }
        return "";
    }

    private List<String> keyboardLayouts() {
        Set<String> layouts = new LinkedHashSet<>(KeyboardConfig.xkbLayouts(shell("/etc/default/keyboard")));
        Map<String, String> vconsole = shell("/etc/vconsole.conf");
        layouts.addAll(KeyboardConfig.xkbLayouts(vconsole));
        layouts.addAll(KeyboardConfig.xorgLayouts(SoftFiles.readLines(path("/etc/X11/xorg.conf.d/00-keyboard.conf"))));
        String keymap = vconsole.getOrDefault("KEYMAP", "").trim();
        if (!keymap.isEmpty()) {
            layouts.add(keymap);
        }
        return List.copyOf(layouts);
    }

    private Map<String, String> shell(String absolute) {
        return ShellVariables.parse(SoftFiles.readLines(path(absolute)));
    }

    private Path path(String absolute) {
        return OsPaths.under(root, absolute);
    }
}
