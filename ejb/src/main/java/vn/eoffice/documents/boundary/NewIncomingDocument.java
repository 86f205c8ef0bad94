package vn.eoffice.documents.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.eoffice.documents.entity.Confidentiality;
import vn.eoffice.documents.entity.Urgency;

/**
 * A received document to register. {@code receivedAt} defaults to now; {@code uploadIds} are files
 * uploaded beforehand; {@code confirmDuplicate} registers it even though the same issuer, số ký
 * hiệu and date are registered already this year.
 */
public record NewIncomingDocument(
    @NotNull Long typeId,
    @NotBlank @Size(max = 100) String notation,
    @NotNull @PastOrPresent LocalDate documentDate,
    @NotBlank @Size(max = 2000) String subject,
    @NotBlank @Size(max = 255) String issuerName,
    @Size(min = 13, max = 13) @Pattern(regexp = "[0-9A-Za-z.]*") String issuerCode,
    @Size(max = 255) String signerName,
    @Size(max = 255) String signerPosition,
    @PastOrPresent OffsetDateTime receivedAt,
    Urgency urgency,
    Confidentiality confidentiality,
    @Positive Integer pageCount,
    @Positive Integer copies,
    LocalDate deadline,
    @Size(max = 2000) String notes,
    List<Long> uploadIds,
    boolean confirmDuplicate) {}
