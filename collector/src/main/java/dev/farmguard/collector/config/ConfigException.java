package dev.farmguard.collector.config;

/** Bad configuration, found at startup; the message names the key and says how to fix it. */
public class ConfigException extends RuntimeException {

    public ConfigException(String key, String problem, String fix) {
        super(key + ": " + problem + (fix.isEmpty() ? "" : " (fix: " + fix + ")"));
    }
}
