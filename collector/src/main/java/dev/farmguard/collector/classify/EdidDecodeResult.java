package dev.farmguard.collector.classify;

import java.util.Optional;

/** The outcome of decoding one EDID: the information, or why there is none (never an exception). */
public final class EdidDecodeResult {

    private final EdidInfo info;
    private final String error;

    private EdidDecodeResult(EdidInfo info, String error) {
        this.info = info;
        this.error = error;
    }

    static EdidDecodeResult success(EdidInfo info) {
        return new EdidDecodeResult(info, "");
    }

    static EdidDecodeResult failure(String error) {
        return new EdidDecodeResult(null, error);
    }

    public boolean ok() {
        return info != null;
    }

    public Optional<EdidInfo> info() {
        return Optional.ofNullable(info);
    }

    /** Why decoding failed; empty when it succeeded. */
    public String error() {
        return error;
    }

    @Override
    public String toString() {
        return ok() ? "EdidDecodeResult[" + info + "]" : "EdidDecodeResult[error " + error + "]";
    }
}
