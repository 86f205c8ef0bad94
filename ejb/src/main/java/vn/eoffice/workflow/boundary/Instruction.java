package vn.eoffice.workflow.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * Ý kiến chỉ đạo: the leader's instruction, the lead handler (chủ trì), co-handlers (phối hợp) and
 * the deadline (hạn giải quyết).
 */
public record Instruction(
    @Size(max = 2000) String instruction,
    @NotNull @Valid Handler lead,
    @Size(max = 50) List<@Valid Handler> cooperators,
    LocalDate deadline) {}
