package vn.eoffice.registers.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.eoffice.registers.entity.Direction;

/**
 * An outgoing register to set up: a general series, a series for confidential documents, or a
 * series for one document type. Direction is fixed once created; the agency has one incoming
 * register.
 */
public record RegisterForm(
    @NotNull Direction direction,
    @NotBlank @Size(max = 255) String name,
    boolean confidential,
    Long documentTypeId,
    boolean active) {}
