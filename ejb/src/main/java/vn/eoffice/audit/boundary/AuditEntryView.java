package vn.eoffice.audit.boundary;

import java.time.Instant;
import vn.eoffice.audit.entity.AuditEntry;
import vn.eoffice.audit.entity.AuditSeal;

/** An audit entry as the administrator's screen shows it. */
public record AuditEntryView(
    long id,
    Instant occurredAt,
    String actor,
    String origin,
    String action,
    String objectType,
    String objectId,
    String detail,
    Long chainIndex,
    String entryHash) {

  static AuditEntryView of(AuditEntry e, AuditSeal seal) {
    return new AuditEntryView(
        e.getId(),
        e.getOccurredAt(),
        e.getActor(),
        e.getOrigin(),
        e.getAction().name(),
        e.getObjectType(),
        e.getObjectId(),
        e.getDetail(),
        seal == null ? null : seal.getChainIndex(),
        seal == null ? null : seal.getEntryHash());
  }
}
