package vn.eoffice.signatures.boundary;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Step 1: the signer's certificate chain as the signing agent lists it (base64 DER, the signer's
 * certificate first).
 */
public record SignatureStart(@NotEmpty @Size(max = 10) List<String> certificateChain) {}
