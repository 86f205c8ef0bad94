package vn.eoffice.audit.boundary;

import java.time.Instant;
import java.util.List;

/** The result of walking the whole chain. */
public record AuditVerification(
    Instant verifiedAt, long entriesChecked, boolean intact, List<AuditFinding> findings) {}
