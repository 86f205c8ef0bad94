package vn.eoffice.verification.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import vn.eoffice.documents.boundary.FileTooLargeException;
import vn.eoffice.documents.entity.Document;
import vn.eoffice.documents.entity.DocumentStatus;
import vn.eoffice.documents.entity.FileVersion;
import vn.eoffice.documents.entity.SignatureCheck;
import vn.eoffice.platform.entity.AgencyScope;
import vn.eoffice.workflow.control.WorkflowEvents;

/**
 * The public verification of issued documents, by the code their QR code carries. Nobody signs in:
 * the code is the key, and only an issued document answers (a draft's code reads as unknown).
 */
@Stateless
@PermitAll
public class Verification {

  /** The largest copy compared. */
  static final long LIMIT = 100L * 1024 * 1024;

  @PersistenceContext EntityManager em;

  /** What the page says of the document of this code, if it is an issued one. */
  public Optional<Verified> of(String code) {
    return issued(code).map(this::withSignatures);
  }

  /** Whether the copy is the issued file, byte for byte; empty when the code is unknown. */
  public Optional<Boolean> matches(String code, InputStream copy) {
    Optional<Verified> verified = of(code);
    if (verified.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(sha256(copy).equals(verified.get().sha256()));
  }

  /** What the page says of the issued document of this code, read in its agency's scope. */
  private Optional<Verified> issued(String code) {
    if (code == null || !code.matches("[a-z0-9]{20}")) {
      return Optional.empty();
    }
    // Native: the code names the agency, whose scope then reads the document.
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT agency_id, id FROM document WHERE verification_code = ?")
            .setParameter(1, code)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    long agency = ((Number) rows.get(0)[0]).longValue();
    long id = ((Number) rows.get(0)[1]).longValue();
    return AgencyScope.supply(
        agency,
        () -> {
          Document document = em.find(Document.class, id);
          if (document == null
              || document.getStatus() != DocumentStatus.ISSUED
              || WorkflowEvents.mainVersion(document) == null) {
            return Optional.<Verified>empty();
          }
          return Optional.of(describe(document));
        });
  }

  private static Verified describe(Document document) {
    FileVersion issued = WorkflowEvents.mainVersion(document);
    boolean confidential = document.getConfidentiality().restricted();
    return new Verified(
        document.getAgency().getName(),
        document.getAgency().getOrganisationCode(),
        document.getNotation(),
        document.getDocumentDate(),
        document.getType().getName(),
        confidential ? null : document.getSubject(),
        confidential,
        document.getIssuedAt(),
        issued.getContent().getFileName(),
        issued.getContent().getSha256(),
        null,
        0);
  }

  /** The description with what the last check of the issued file's signatures found. */
  private Verified withSignatures(Verified v) {
    SignatureCheck check = em.find(SignatureCheck.class, v.sha256());
    return new Verified(
        v.agencyName(),
        v.organCode(),
        v.notation(),
        v.documentDate(),
        v.typeName(),
        v.subject(),
        v.confidential(),
        v.issuedAt(),
        v.fileName(),
        v.sha256(),
        check == null ? "PENDING" : check.getOutcome().name(),
        check == null ? 0 : check.getSignatureCount());
  }

  static String sha256(InputStream copy) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[64 * 1024];
      long size = 0;
      for (int n = copy.read(buffer); n >= 0; n = copy.read(buffer)) {
        size += n;
        if (size > LIMIT) {
          throw new FileTooLargeException(LIMIT);
        }
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
