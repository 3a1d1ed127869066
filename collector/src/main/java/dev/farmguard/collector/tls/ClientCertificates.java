package dev.farmguard.collector.tls;

import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/** What a device client certificate says: the device id is its subject CN, set by the collector's CA. */
public final class ClientCertificates {

    private ClientCertificates() {}

    /** The subject CN, or "" when the certificate has none (or several). */
    public static String deviceId(X509Certificate certificate) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        RDN[] cns = subject.getRDNs(BCStyle.CN);
        if (cns.length != 1 || cns[0].isMultiValued()) {
            return "";
        }
        return IETFUtils.valueToString(cns[0].getFirst().getValue());
    }
}
