package dev.farmguard.collector.enroll;

/**
 * What an agent asks for when it enrolls. {@link #toString()} leaves the token out, so the request can
 * never leak it into a log.
 *
 * @param requestedDeviceId only honoured for {@link TokenPurpose#REPLAY} tokens; empty otherwise
 */
public record EnrollmentRequest(String token, byte[] csrDer, String hostname, String hardwareSerial,
                                String hardwareUuid, String requestedDeviceId) {

    public EnrollmentRequest {
        csrDer = csrDer.clone();
    }

    @Override
    public byte[] csrDer() {
        return csrDer.clone();
    }

    @Override
    public String toString() {
        return "EnrollmentRequest[hostname=" + hostname + ", hardwareSerial=" + hardwareSerial + ", hardwareUuid="
                + hardwareUuid + ", requestedDeviceId=" + requestedDeviceId + ", csr=" + csrDer.length + " bytes]";
    }
}
