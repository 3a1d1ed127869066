package dev.farmguard.agent.probe.services;

/**
 * An installed OS service.
 *
 * @param name      unit / service name, e.g. "anydesk.service"
 * @param path      definition file, e.g. "/usr/lib/systemd/system/anydesk.service"
 * @param startMode "enabled", "disabled" or "masked" ("" if unknown)
 * @param state     "running", "stopped" ("" if unknown)
 */
public record ServiceUnit(String name, String path, String startMode, String state) {
}
