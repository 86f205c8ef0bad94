package vn.eoffice.documents.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.eoffice.documents.entity.Confidentiality;
import vn.eoffice.documents.entity.Urgency;

/** A draft of an outgoing document; it gets its number and date when it is issued. */
public record NewOutgoingDocument(
    @NotNull Long typeId,
    @NotBlank @Size(max = 2000) String subject,
    Long draftingUnitId,
    @Size(max = 255) String signerName,
    @Size(max = 255) String signerPosition,
    @Size(max = 2000) String recipients,
    Urgency urgency,
    Confidentiality confidentiality,
    @Positive Integer pageCount,
    @Positive Integer copies,
    @Size(max = 2000) String notes,
    List<Long> uploadIds) {}
