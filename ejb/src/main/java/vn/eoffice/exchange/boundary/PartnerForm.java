package vn.eoffice.exchange.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A partner agency elsewhere: its organ code (Decision 20/2020), name, the exchange endpoint that
 * reaches it (http or https) and its certificate in PEM.
 */
public record PartnerForm(
    @NotBlank @Pattern(regexp = "[0-9A-Z]{2,3}\\.[0-9A-Z]{2}\\.[0-9A-Z]{2}\\.[0-9A-Z]{3}")
        String organCode,
    @NotBlank @Size(max = 255) String name,
    @NotBlank @Size(max = 500) @Pattern(regexp = "https?://\\S+") String endpoint,
    @NotBlank @Size(max = 8000) String certificate) {}
