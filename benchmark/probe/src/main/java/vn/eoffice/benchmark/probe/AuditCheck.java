package vn.eoffice.benchmark.probe;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import vn.eoffice.audit.boundary.AuditLog;
import vn.eoffice.audit.boundary.AuditVerification;

/** The administrator's verification of the whole audit chain, as the audit page asks for it. */
@Stateless
@RunAs("ADMIN")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditCheck {

  @EJB AuditLog log;

  public AuditVerification verify() {
    return log.verify();
  }
}
