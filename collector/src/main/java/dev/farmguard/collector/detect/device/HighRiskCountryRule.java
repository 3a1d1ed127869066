package dev.farmguard.collector.detect.device;

import dev.farmguard.collector.detect.DetectionConfig;
import dev.farmguard.collector.detect.DeviceContext;
import dev.farmguard.collector.detect.DeviceRule;
import dev.farmguard.collector.detect.Findings;
import dev.farmguard.collector.detect.IpIntel;
import dev.farmguard.collector.detect.device.Whereabouts.Located;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.Finding.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * {@code location.high_risk_country}: the laptop connects from a country where DPRK IT workers are reported to sit
 * ({@code detection.high-risk-countries}). Critical when that is a lasting stay ({@link Whereabouts#lasting}): a
 * company laptop living there is what a laptop shipped abroad looks like (Chapman's scheme shipped dozens to a city
 * near the North Korean border). Low while only the newest located check-in is there (a business trip). Nothing
 * when the roster places the employee in such a country: the company employs people there.
 */
public final class HighRiskCountryRule implements DeviceRule {

    private final DetectionConfig config;
    private final IpIntel ips;

    public HighRiskCountryRule(DetectionConfig config, IpIntel ips) {
        this.config = config;
        this.ips = ips;
    }

    @Override
    public String id() {
        return "location";
    }

    @Override
    public List<Finding> evaluate(DeviceContext context) {
        if (config.highRiskCountries().isEmpty() || context.roster().map(r -> highRisk(r.country())).orElse(false)) {
            return List.of();
        }
        Whereabouts whereabouts = Whereabouts.countries(context, ips);
        Predicate<Located> there = l -> highRisk(l.where().countryIsoCode());
        List<Located> thereOnes = whereabouts.located().stream().filter(there).toList();
        if (thereOnes.isEmpty()) {
            return List.of();
        }
        boolean lasting = whereabouts.lasting(there, config.thresholds());
        if (!lasting && !there.test(whereabouts.latest().orElseThrow())) {
            return List.of();
        }
        Map<String, Integer> places = new TreeMap<>();
        thereOnes.forEach(l -> places.merge(l.facts().place(), 1, Integer::sum));
        String where = places.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse("unknown");
        long days = whereabouts.stay(there).toDays();
        return List.of(Findings.of("location.high_risk_country", lasting ? Severity.CRITICAL : Severity.LOW,
                        (lasting ? "the laptop has lived in " + where + " for " + days + " days"
                                : "the laptop lately connects from " + where)
                                + ", a country named in DPRK IT-worker reporting")
                .with("observedPlace", where)
                .with("checkInsThere", thereOnes.size())
                .with("locatedCheckIns", whereabouts.located().size())
                .with("days", days)
                .with("highRiskCountries", List.copyOf(config.highRiskCountries()))
                .build());
    }

    private boolean highRisk(String country) {
        return country != null && config.highRiskCountries().contains(country.trim().toUpperCase(Locale.ROOT));
    }
}
