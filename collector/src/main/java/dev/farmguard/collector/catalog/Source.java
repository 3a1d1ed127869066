package dev.farmguard.collector.catalog;

/**
 * Where a signature's facts were read.
 *
 * @param reference short citation, e.g. "pikvm/kvmd configs/kvmd/edid" or "LOLRMM rmm_tools.json: AnyDesk"
 * @param url       link when there is one, else empty
 */
public record Source(String reference, String url) {

    public Source {
        reference = reference == null ? "" : reference;
        url = url == null ? "" : url;
    }

    public static Source of(String reference) {
        return new Source(reference, "");
    }
}
