package dev.farmguard.collector.model;

import java.time.Instant;

/**
 * Marks a finding that an analyst suppressed: it is still shown, but does not count toward risk or verdict.
 *
 * @param id     the suppression's id
 * @param reason why it was suppressed
 * @param until  when the suppression expires
 */
public record FindingSuppression(String id, String reason, Instant until) {}
