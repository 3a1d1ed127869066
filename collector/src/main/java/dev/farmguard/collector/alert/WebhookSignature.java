package dev.farmguard.collector.alert;

import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** {@code X-Farmguard-Signature: sha256=<hex HMAC-SHA256 of the body>}, keyed with the output's secret. */
final class WebhookSignature {

    static final String HEADER = "X-Farmguard-Signature";
    static final String TIMESTAMP_HEADER = "X-Farmguard-Timestamp";
    static final String EVENT_HEADER = "X-Farmguard-Event-Id";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    WebhookSignature(byte[] secret) {
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    String sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }

    @Override
    public String toString() {
        return "WebhookSignature[key hidden]";
    }
}
