package dev.farmguard.collector.catalog.lolrmm;

/** The input is not in LOLRMM's {@code rmm_tools.json} format; the message says where and why. */
public final class LolrmmFormatException extends RuntimeException {

    public LolrmmFormatException(String message) {
        super(message);
    }

    public LolrmmFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
