package dev.farmguard.collector.enroll;

/** Issues device certificates. Methods block (store, signing): call them off the event loops. */
public interface DeviceEnroller {

    /** Checks the token and issues a certificate; throws {@link EnrollmentRefusedException} when refused. */
    IssuedCertificate enroll(EnrollmentRequest request);

    /**
     * A fresh certificate for an already authenticated device (the connection's client certificate named
     * it); throws {@link EnrollmentRefusedException} when the device has been revoked since.
     */
    IssuedCertificate renew(String deviceId, byte[] csrDer);
}
