package dev.farmguard.collector.detect.device;

import dev.farmguard.collector.detect.DetectionConfig;
import dev.farmguard.collector.detect.DeviceContext;
import dev.farmguard.collector.detect.DeviceRule;
import dev.farmguard.collector.detect.IpIntel;
import dev.farmguard.collector.model.Finding;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every device rule, in a fixed order (findings come out in this order; the scorer sorts them by weight). */
public final class DeviceRules {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceRules.class);

    private final List<DeviceRule> rules;

    public DeviceRules(List<DeviceRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static DeviceRules standard(DetectionConfig config, IpIntel ips) {
        return new DeviceRules(List.of(
                new IpKvmUsbRule(),
                new IpKvmDisplayRule(),
                new RemoteToolRule(config),
                new InboundSessionRule(config),
                new HeadlessRule(config),
                new RosterDistanceRule(config, ips),
                new HighRiskCountryRule(config, ips),
                new VpnRule(ips),
                new LocaleRule(ips),
                new ActivityHoursRule(config, ips),
                new JigglerRule(),
                new AgentHealthRule(config)));
    }

    /** Runs every rule; a rule that throws is logged and skipped, so one bug never hides the others' findings. */
    public List<Finding> evaluate(DeviceContext context) {
        List<Finding> out = new ArrayList<>();
        for (DeviceRule rule : rules) {
            try {
                out.addAll(rule.evaluate(context));
            } catch (RuntimeException e) {
                LOG.error("device rule {} failed on device {}", rule.getClass().getSimpleName(), context.deviceId(), e);
            }
        }
        return out;
    }
}
