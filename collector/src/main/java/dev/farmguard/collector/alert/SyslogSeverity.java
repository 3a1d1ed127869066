package dev.farmguard.collector.alert;

import dev.farmguard.collector.model.Verdict;

/** The syslog severity (RFC 5424 table 2) of an event, also its ECS {@code event.severity}. */
final class SyslogSeverity {

    static final int CRITICAL = 2;
    static final int WARNING = 4;
    static final int NOTICE = 5;

    private SyslogSeverity() {}

    /** A farm verdict or a farm-size cluster is critical, a review is a warning. */
    static int of(Verdict verdict, boolean cluster) {
        if (cluster || verdict == Verdict.LAPTOP_FARM) {
            return CRITICAL;
        }
        return verdict == Verdict.REVIEW ? WARNING : NOTICE;
    }
}
