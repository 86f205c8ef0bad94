package vn.eoffice.audit.boundary;

/**
 * Something verification found wrong: which entry (by id and place in the chain, when known) and
 * what: {@code CHANGED} (its hash does not match its content), {@code MISSING} (entries before it
 * were removed), {@code TRUNCATED} (entries at the end were removed) or {@code UNSEALED} (waiting
 * much longer than the sealer takes).
 */
public record AuditFinding(Long entryId, Long chainIndex, String problem) {}
