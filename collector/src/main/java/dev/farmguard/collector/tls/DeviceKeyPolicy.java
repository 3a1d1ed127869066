package dev.farmguard.collector.tls;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Map;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * The keys the CA certifies for devices: EC on P-256 or P-384 (agents make P-256), or RSA of 2048 bits or
 * more. Anything weaker or unusual is refused with {@link IllegalArgumentException} saying what was sent.
 */
final class DeviceKeyPolicy {

    static final int MIN_RSA_BITS = 2048;
    private static final Map<ASN1ObjectIdentifier, String> CURVES = Map.of(
            SECObjectIdentifiers.secp256r1, "P-256", SECObjectIdentifiers.secp384r1, "P-384");

    private DeviceKeyPolicy() {}

    static void check(SubjectPublicKeyInfo key) {
        ASN1ObjectIdentifier algorithm = key.getAlgorithm().getAlgorithm();
        if (algorithm.equals(X9ObjectIdentifiers.id_ecPublicKey)) {
            if (!(key.getAlgorithm().getParameters() instanceof ASN1ObjectIdentifier curve)
                    || !CURVES.containsKey(curve)) {
                throw new IllegalArgumentException("EC key on curve " + key.getAlgorithm().getParameters()
                        + ": only P-256 or P-384 keys are certified");
            }
        } else if (algorithm.equals(PKCSObjectIdentifiers.rsaEncryption)) {
            BigInteger modulus;
            try {
                modulus = RSAPublicKey.getInstance(key.parsePublicKey()).getModulus();
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalArgumentException("unreadable RSA key", e);
            }
            if (modulus.bitLength() < MIN_RSA_BITS) {
                throw new IllegalArgumentException("RSA key of " + modulus.bitLength() + " bits: at least "
                        + MIN_RSA_BITS + " are needed (or an EC key on P-256 or P-384)");
            }
        } else {
            throw new IllegalArgumentException("key algorithm " + algorithm
                    + " is not certified: use an EC key on P-256 or P-384 (or RSA of 2048 bits or more)");
        }
    }
}
