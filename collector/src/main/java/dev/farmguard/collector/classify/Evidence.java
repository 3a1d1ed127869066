package dev.farmguard.collector.classify;

/**
 * One observed fact and what it matched.
 *
 * @param field    which fact
 * @param observed the value as the device reported it, e.g. "AnyDesk.exe (pid 4242)"
 * @param matched  the catalog pattern or tell it matched, e.g. "anydesk" or "size 0x0 cm"
 */
public record Evidence(EvidenceField field, String observed, String matched) {

    @Override
    public String toString() {
        return field + " " + observed + " ~ " + matched;
    }
}
