package vn.eoffice.signatures.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Step 2: the signature value the token made over step 1's data (base64). */
public record SignatureCompletion(
    @NotNull Long requestId, @NotBlank @Size(max = 4096) String signatureValue) {}
