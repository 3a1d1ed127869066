package dev.farmguard.collector.detect.device;

import dev.farmguard.collector.detect.DeviceContext;
import dev.farmguard.collector.detect.DeviceRule;
import dev.farmguard.collector.detect.Findings;
import dev.farmguard.collector.detect.IpIntel;
import dev.farmguard.collector.geo.GeoLocation;
import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.Finding.Severity;
import dev.farmguard.collector.model.Locale;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * {@code location.locale_mismatch}: settings that fit neither where the roster puts the employee nor where the
 * laptop's newest address is: the time zone is judged only when both are known (behind a VPN a traveller's zone
 * says nothing). The OS time zone more than 2 h off both (medium), keyboard layouts, input methods or the
 * locale in a language at home only elsewhere (low: immigrants keep their layouts at home; medium while the
 * laptop is in another country than the roster's, where such settings fit neither place), both together (high).
 */
public final class LocaleRule implements DeviceRule {

    static final int ZONE_TOLERANCE_SECONDS = 2 * 3600;

    private final IpIntel ips;

    public LocaleRule(IpIntel ips) {
        this.ips = ips;
    }

    @Override
    public String id() {
        return "location";
    }

    @Override
    public List<Finding> evaluate(DeviceContext context) {
        DeviceSnapshot latest = context.latest();
        Locale locale = latest.locale() == null ? Locale.UNKNOWN : latest.locale();
        Instant asOf = context.asOf();
        TreeSet<String> countries = new TreeSet<>();
        List<Integer> referenceOffsets = new ArrayList<>();
        List<String> references = new ArrayList<>();
        context.roster().ifPresent(r -> {
            if (!r.country().isBlank()) {
                countries.add(r.country().trim().toUpperCase(java.util.Locale.ROOT));
            }
            offset(r.timezone(), asOf).ifPresent(o -> {
                referenceOffsets.add(o);
                references.add("roster " + r.timezone());
            });
        });
        // where the laptop is now: only the newest check-in's address says that (through a VPN nobody knows, and an
        // older address may be home before a trip whose time zone the traveller set)
        Optional<GeoLocation> lastLocated = Whereabouts.countries(context, ips).latest()
                .filter(l -> !l.at().isBefore(asOf)).map(Whereabouts.Located::where);
        lastLocated.ifPresent(g -> {
            if (!g.countryIsoCode().isEmpty()) {
                countries.add(g.countryIsoCode());
            }
            offset(g.timeZone(), asOf).ifPresent(o -> {
                referenceOffsets.add(o);
                references.add("IP " + g.timeZone());
            });
        });
        Optional<Integer> osOffset = locale.timeZone().isBlank() ? Optional.empty()
                : offset(locale.timeZone(), asOf).or(() -> Optional.of(locale.utcOffsetSeconds()));
        // a traveller sets the zone of where they are: without knowing where the laptop is now, a zone that is
        // not the roster's says nothing
        boolean zoneOff = osOffset.isPresent() && lastLocated.isPresent() && referenceOffsets.size() >= 2
                && referenceOffsets.stream().allMatch(r -> Math.abs(r - osOffset.get()) > ZONE_TOLERANCE_SECONDS);
        TreeSet<String> foreign = new TreeSet<>();
        if (!countries.isEmpty()) {
            List<String> settings = new ArrayList<>(locale.keyboardLayouts());
            settings.addAll(locale.inputMethods());
            for (String s : settings) {
                Languages.ofLayout(s).filter(l -> !Languages.fitsAny(l, countries)).ifPresent(l -> foreign.add(s));
            }
            Languages.ofLocaleTag(locale.locale()).filter(l -> !Languages.fitsAny(l, countries))
                    .ifPresent(l -> foreign.add("locale " + locale.locale()));
        }
        if (!zoneOff && foreign.isEmpty()) {
            return List.of();
        }
        boolean abroad = context.roster().map(r -> r.country().trim()).filter(c -> !c.isEmpty())
                .flatMap(c -> lastLocated.map(g -> !g.countryIsoCode().isEmpty() && !g.countryIsoCode().equalsIgnoreCase(c)))
                .orElse(false);
        Severity severity = zoneOff && !foreign.isEmpty() ? Severity.HIGH
                : zoneOff || abroad ? Severity.MEDIUM : Severity.LOW;
        String summary = zoneOff && !foreign.isEmpty() ? "time zone and language settings fit neither the roster nor the IP"
                : zoneOff ? "the OS time zone " + locale.timeZone() + " fits neither the roster nor the IP"
                : "language settings at home only elsewhere: " + String.join(", ", foreign);
        return List.of(Findings.of("location.locale_mismatch", severity, summary)
                .with("timeZone", locale.timeZone())
                .with("locale", locale.locale())
                .with("foreignSettings", List.copyOf(foreign))
                .with("references", references)
                .with("countries", List.copyOf(countries))
                .build());
    }

    static Optional<Integer> offset(String zone, Instant at) {
        if (zone == null || zone.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(zone.trim()).getRules().getOffset(at).getTotalSeconds());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
