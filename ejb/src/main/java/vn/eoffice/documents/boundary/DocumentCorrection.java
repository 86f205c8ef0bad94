package vn.eoffice.documents.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.eoffice.documents.entity.Urgency;

/**
 * A clerk's correction of a registered document's fields, e.g. a mistyped subject. The number,
 * register, dates of registration and confidentiality never change this way; an outgoing document's
 * số ký hiệu and date come from its issue and are not corrected here.
 */
public record DocumentCorrection(
    @NotBlank @Size(max = 2000) String subject,
    @Size(max = 100) String notation,
    @PastOrPresent LocalDate documentDate,
    @Size(max = 255) String issuerName,
    @Size(min = 13, max = 13) @Pattern(regexp = "[0-9A-Za-z.]*") String issuerCode,
    @Size(max = 255) String signerName,
    @Size(max = 255) String signerPosition,
    @Size(max = 2000) String recipients,
    @NotNull Urgency urgency,
    @Positive Integer pageCount,
    @Positive Integer copies,
    LocalDate deadline,
    @Size(max = 2000) String notes) {}
