package vn.eoffice.registers.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A document type to create or change. The abbreviation is letters only (Phụ lục III: QĐ, QyĐ,
 * CTr); leave it empty for types that carry none, like công văn.
 */
public record DocumentTypeForm(
    @NotBlank @Size(max = 100) String name,
    @Size(max = 10) @Pattern(regexp = "\\p{L}*") String abbreviation,
    @PositiveOrZero int sortOrder,
    boolean active) {}
