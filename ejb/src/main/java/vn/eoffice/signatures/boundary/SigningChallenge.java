package vn.eoffice.signatures.boundary;

import java.time.Instant;

/**
 * Step 1's answer: what the signing agent signs with the chosen certificate, and what it shows the
 * user before asking for the PIN.
 *
 * @param requestId names this signature in step 2
 * @param dataToSign base64 of the signed attributes
 * @param algorithm the JCA signature, e.g. SHA256withRSA
 * @param notation the số ký hiệu, or "dự thảo" before the number is given
 */
public record SigningChallenge(
    long requestId,
    String dataToSign,
    String algorithm,
    String notation,
    String subject,
    Instant signingTime,
    Instant expiresAt) {}
