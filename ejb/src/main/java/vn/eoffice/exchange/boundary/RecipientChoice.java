package vn.eoffice.exchange.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The electronic recipients of an outgoing document, by organ code from the directory, and whether
 * a paper copy is sent to them as well.
 */
public record RecipientChoice(@NotNull @Size(max = 200) List<String> organCodes, boolean paper) {}
