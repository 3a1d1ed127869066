package dev.farmguard.agent.config;

/** A configuration file the agent cannot use; the message names the file, the line and the key. */
public final class AgentConfigException extends IllegalArgumentException {

    public AgentConfigException(String message) {
        super(message);
    }
}
