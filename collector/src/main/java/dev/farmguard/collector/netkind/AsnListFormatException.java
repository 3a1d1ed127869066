package dev.farmguard.collector.netkind;

/** A network-kinds list or an upstream list that cannot be read; the message names the file and line. */
public final class AsnListFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AsnListFormatException(String message) {
        super(message);
    }
}
