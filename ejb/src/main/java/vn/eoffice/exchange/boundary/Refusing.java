package vn.eoffice.exchange.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the clerk refuses a package (misaddressed, invalid, …): sent back to the sender (02). */
public record Refusing(@NotBlank @Size(max = 2000) String reason) {}
