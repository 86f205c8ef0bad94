package vn.eoffice.signatures.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import vn.eoffice.documents.entity.SignatureCheck;
import vn.eoffice.signatures.boundary.SignatureReport;
import vn.eoffice.signing.PdfSignatureValidation.SignatureVerdict;

/** Keeps the outcome of a PDF's validation beside its content, replacing an earlier one. */
@Stateless
public class SignatureCheckRecords {

  @PersistenceContext EntityManager em;

  public void record(String sha256, List<SignatureVerdict> verdicts, Instant at) {
    SignatureCheck check = em.find(SignatureCheck.class, sha256);
    boolean fresh = check == null;
    if (fresh) {
      check = new SignatureCheck(sha256);
    }
    check.record(
        verdicts.stream()
            .map(v -> v.indication() == null ? "INDETERMINATE" : v.indication().name())
            .toList(),
        verdicts.stream().map(SignatureReport::statusOf).toList(),
        at);
    if (fresh) {
      em.persist(check);
    }
  }
}
