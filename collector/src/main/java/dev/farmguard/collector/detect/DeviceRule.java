package dev.farmguard.collector.detect;

import dev.farmguard.collector.model.Finding;

import java.util.List;

/** A rule over one device's recent history; run whenever the device reports. */
public interface DeviceRule {

    /** Stable id prefix of the findings this rule emits, e.g. {@code ip_kvm}. */
    String id();

    List<Finding> evaluate(DeviceContext context);
}
