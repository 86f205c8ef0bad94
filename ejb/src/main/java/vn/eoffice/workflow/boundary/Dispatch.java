package vn.eoffice.workflow.boundary;

import jakarta.validation.constraints.Size;
import java.util.List;

/** Internal recipients of an issued document: units of the agency and persons. */
public record Dispatch(
    @Size(max = 100) List<Long> unitIds, @Size(max = 100) List<String> usernames) {}
