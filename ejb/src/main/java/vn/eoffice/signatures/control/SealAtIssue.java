package vn.eoffice.signatures.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.eoffice.documents.boundary.DocumentIssued;
import vn.eoffice.documents.entity.Document;
import vn.eoffice.documents.entity.DocumentFile;
import vn.eoffice.documents.entity.DocumentStatus;
import vn.eoffice.documents.entity.FileVersion;
import vn.eoffice.documents.entity.StoredContent;
import vn.eoffice.platform.boundary.StateConflictException;
import vn.eoffice.platform.boundary.Violation;
import vn.eoffice.search.compare.Comparison;
import vn.eoffice.search.compare.TextComparison;
import vn.eoffice.search.control.ReadingTexts;
import vn.eoffice.search.text.UnreadableFileException;
import vn.eoffice.signatures.boundary.SignatureRefusedException;
import vn.eoffice.signatures.entity.SignatureImage;
import vn.eoffice.signatures.entity.SignatureRequest;
import vn.eoffice.signing.Appearance;
import vn.eoffice.signing.SignatureBox;
import vn.eoffice.signing.SigningRefusedException;
import vn.eoffice.workflow.control.WorkflowEvents;

/**
 * The clerk's issue of a document the leader signed digitally ends with the organisation's seal:
 * after the number is given, inside the same transaction, the seal image goes over the left third
 * of the leader's signature and the HSM signs. A seal refused (the leader's signature missing or
 * invalid, the file changed after signing) rolls the issue back: no number is taken.
 */
@ApplicationScoped
public class SealAtIssue {

  /** A commune's round seal, in millimetres. */
  static final float SEAL_DIAMETER_MM = 36f;

  @PersistenceContext EntityManager em;
  @Inject SignedFiles files;
  @Inject Clock clock;
  @Inject OrganisationHsm hsm;
  @Inject ReadingTexts texts;

  /** Runs before the workflow writes the ISSUED step, so that the step shows the sealed version. */
  void seal(@Observes @Priority(Interceptor.Priority.APPLICATION) DocumentIssued issued) {
    if (issued.from() != DocumentStatus.SIGNED) {
      return;
    }
    Document document = issued.document();
    List<SignatureRequest> signed =
        em.createNamedQuery(SignatureRequest.LAST_COMPLETED, SignatureRequest.class)
            .setParameter("documentId", document.getId())
            .setMaxResults(1)
            .getResultList();
    FileVersion current = WorkflowEvents.mainVersion(document);
    if (signed.isEmpty()
        || current == null
        || !current.getContent().getSha256().equals(signed.get(0).getSignedSha256())) {
      throw new StateConflictException(
          "ChangedAfterSigning",
          document.getStatus(),
          "the file is not the one the leader signed; it needs signing again");
    }
    sameTextAsApproved(document, current);
    SignatureImage image =
        em.find(SignatureImage.class, SignatureImage.sealOf(document.getAgencyId()));
    if (image == null) {
      throw new StateConflictException(
          "SealImageMissing",
          document.getStatus(),
          "the administrator has not uploaded the organisation's seal image (transparent PNG)");
    }
    SealKey key = SealKey.of(document.getAgency());
    if (!hsm.configured(key)) {
      throw new StateConflictException(
          "SealNotConfigured",
          document.getStatus(),
          "no seal key is configured: the agency's seal token, or the installation's"
              + " (EOFFICE_SEAL_PKCS11_LIBRARY, EOFFICE_SEAL_TOKEN_LABEL)");
    }
    float[] b = signed.get(0).getBox();
    SignatureBox leader = new SignatureBox(signed.get(0).getBoxPage(), b[0], b[1], b[2], b[3]);
    Instant now = clock.instant();
    byte[] sealed;
    try {
      sealed =
          hsm.seal(
              files.read(current.getContent().getSha256()),
              now,
              new Appearance(
                  SignatureBox.sealOver(leader, SEAL_DIAMETER_MM),
                  files.read(image.getSha256()),
                  null,
                  Appearance.DEFAULT_FONT,
                  0),
              key);
    } catch (SigningRefusedException e) {
      throw new SignatureRefusedException(
          e.reason() == SigningRefusedException.Reason.LEADER_SIGNATURE_MISSING
              ? "LeaderSignatureMissing"
              : "LeaderSignatureInvalid",
          e.getMessage());
    }
    files.addVersion(WorkflowEvents.mainFile(document), sealed, issued.clerk(), now);
    stampAttachments(document, issued.clerk(), now, key);
  }

  /**
   * The signed PDF must say what the leader approved: its text is compared with the draft seen at
   * approval (a DOCX or a PDF), layout aside, and any difference blocks the seal with the changes
   * named. A file the comparison cannot read (a scan without text) is let through: its signature
   * was checked above.
   */
  private void sameTextAsApproved(Document document, FileVersion signed) {
    String approvedSha = document.getApprovedSha256();
    if (approvedSha == null || approvedSha.equals(signed.getContent().getSha256())) {
      return;
    }
    StoredContent approved = em.find(StoredContent.class, approvedSha);
    Comparison comparison;
    try {
      comparison =
          TextComparison.compare(
              texts.of(approved.getSha256(), approved.getMediaType()),
              texts.of(signed.getContent()));
    } catch (UnreadableFileException e) {
      return;
    }
    if (comparison.same()) {
      return;
    }
    Comparison.Change first = comparison.changes().get(0);
    String shown =
        first.kind() == Comparison.Kind.INSERTED
            ? "+ " + first.after()
            : first.kind() == Comparison.Kind.DELETED
                ? "− " + first.before()
                : first.before() + " → " + first.after();
    // Where the clerk sees every difference: the approved version beside the signed one.
    DocumentFile main = WorkflowEvents.mainFile(document);
    Map<String, Object> parameters = new java.util.HashMap<>();
    parameters.put("count", comparison.changes().size());
    parameters.put("first", shown);
    parameters.put("state", String.valueOf(document.getStatus()));
    main.getVersions().stream()
        .filter(v -> v.getContent().getSha256().equals(approvedSha))
        .reduce((a, b) -> b)
        .ifPresent(
            v -> {
              String file = document.getId() + ":" + main.getId() + ":";
              parameters.put("compareBefore", file + v.getNumber());
              parameters.put("compareAfter", file + signed.getNumber());
            });
    throw new StateConflictException(
        new Violation(
            "status",
            "TextDiffersFromApproved",
            parameters,
            "the signed PDF's text differs from the approved draft in "
                + comparison.changes().size()
                + " places (first: "
                + shown
                + "); compare the two versions and have the approved text signed"));
  }

  /**
   * Attachments and appendices in their own PDF files carry the organisation's signature at the top
   * right of page 1 with the số ký hiệu just given and the signing time (Phụ lục I). Other kinds of
   * files (a DOCX source, a spreadsheet) are kept as they are.
   */
  private void stampAttachments(Document document, String clerk, Instant now, SealKey key) {
    for (DocumentFile file : document.getFiles().subList(1, document.getFiles().size())) {
      FileVersion version = file.current();
      if (!SignedFiles.PDF.equals(version.getContent().getMediaType())) {
        continue;
      }
      byte[] pdf = files.read(version.getContent().getSha256());
      byte[] stamped =
          hsm.stamp(pdf, now, Appearance.attachmentStamp(pdf, document.getNotation(), now), key);
      files.addVersion(file, stamped, clerk, now);
    }
  }
}
