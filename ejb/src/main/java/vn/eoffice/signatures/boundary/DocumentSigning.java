package vn.eoffice.signatures.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import vn.eoffice.documents.entity.Document;
import vn.eoffice.documents.entity.DocumentStatus;
import vn.eoffice.documents.entity.FileVersion;
import vn.eoffice.people.control.Readers;
import vn.eoffice.people.entity.Role;
import vn.eoffice.platform.boundary.InputValidator;
import vn.eoffice.platform.boundary.InvalidInputException;
import vn.eoffice.platform.boundary.NotFoundException;
import vn.eoffice.platform.boundary.StateConflictException;
import vn.eoffice.platform.boundary.Violation;
import vn.eoffice.registers.entity.Direction;
import vn.eoffice.signatures.control.SignatureCheckRecords;
import vn.eoffice.signatures.control.SignedFiles;
import vn.eoffice.signatures.control.SigningSetup;
import vn.eoffice.signatures.entity.SignatureImage;
import vn.eoffice.signatures.entity.SignatureRequest;
import vn.eoffice.signing.Appearance;
import vn.eoffice.signing.PdfSignatureValidation.SignatureVerdict;
import vn.eoffice.signing.SignatureBox;
import vn.eoffice.signing.SignaturePlacement;
import vn.eoffice.signing.SigningRefusedException;
import vn.eoffice.signing.TwoStepSigning;
import vn.eoffice.workflow.boundary.DocumentSummary;
import vn.eoffice.workflow.control.WorkflowEvents;
import vn.eoffice.workflow.entity.WorkflowAction;

/**
 * Ký số: the signing leader signs the approved PDF with the USB token on their own PC, in two
 * steps. Step 1 prepares the PAdES signature of the approved version, visible between the title
 * line and the printed name with the leader's signature image, and answers the data to be signed.
 * Step 2 takes the token's signature value, checks it against the certificate and the prepared
 * data, completes and validates the PDF, keeps it as the file's next version and moves the draft to
 * SIGNED. Nothing is stored when any check fails.
 */
@Stateless
@RolesAllowed(Role.LEADER_NAME)
public class DocumentSigning {

  /** The signature image's height on the page, in points (about 2 cm). */
  static final float IMAGE_HEIGHT = 56f;

  /** The widest a signature image is drawn, in points (about 6 cm). */
  static final float IMAGE_MAX_WIDTH = 170f;

  @PersistenceContext EntityManager em;
  @Resource SessionContext context;
  @Inject InputValidator input;
  @Inject Clock clock;
  @Inject Readers readers;
  @Inject SigningSetup setup;
  @EJB SignatureCheckRecords checks;
  @Inject SignedFiles files;
  @Inject WorkflowEvents events;

  /** Step 1: the data to be signed with the certificate whose chain is given. */
  public SigningChallenge prepare(long documentId, SignatureStart command) {
    input.check(command);
    Document document = toSign(documentId, false);
    FileVersion approved = approvedPdf(document);
    List<X509Certificate> chain = chain(command.certificateChain());
    SignatureImage image = em.find(SignatureImage.class, caller());
    if (image == null) {
      throw new StateConflictException(
          "SignatureImageMissing",
          document.getStatus(),
          "upload the image of your signature (a transparent PNG) before signing");
    }
    byte[] pdf = files.read(approved.getContent().getSha256());
    SignatureBox box = placement(document, pdf, image);
    Instant now = clock.instant();
    Instant signingTime = now.truncatedTo(ChronoUnit.SECONDS);
    TwoStepSigning.Prepared prepared =
        prepare(pdf, chain, signingTime, box, files.read(image.getSha256()));
    SignatureRequest request =
        new SignatureRequest(
            document.getId(),
            caller(),
            approved.getContent().getSha256(),
            String.join(",", command.certificateChain().stream().map(String::strip).toList()),
            signingTime,
            Base64.getEncoder().encodeToString(prepared.dataToSign()),
            new float[] {box.x(), box.y(), box.width(), box.height()},
            box.page(),
            image.getSha256(),
            now,
            now.plus(SigningSetup.REQUEST_LIFETIME));
    em.persist(request);
    em.flush();
    return new SigningChallenge(
        request.getId(),
        request.getDataToSign(),
        prepared.signatureAlgorithm(),
        document.getNotation() == null ? "dự thảo" : document.getNotation(),
        document.getSubject(),
        signingTime,
        request.getExpiresAt());
  }

  /** Step 2: completes the signature with the token's value and moves the draft to SIGNED. */
  public DocumentSummary complete(long documentId, SignatureCompletion command) {
    input.check(command);
    Document document = toSign(documentId, true);
    SignatureRequest request = em.find(SignatureRequest.class, command.requestId());
    if (request == null
        || !request.getDocumentId().equals(document.getId())
        || !request.getSigner().equals(caller())) {
      throw new NotFoundException("Signature request", command.requestId());
    }
    if (request.getCompletedAt() != null) {
      throw new StateConflictException(
          "SignatureRequestUsed", document.getStatus(), "this signature was completed already");
    }
    Instant now = clock.instant();
    if (request.expiredAt(now)) {
      throw new StateConflictException(
          "SignatureRequestExpired",
          document.getStatus(),
          "the prepared signature expired at " + request.getExpiresAt() + "; sign again");
    }
    FileVersion approved = approvedPdf(document);
    if (!approved.getContent().getSha256().equals(request.getFileSha256())) {
      throw new StateConflictException(
          "ChangedMeanwhile", document.getStatus(), "the file changed since signing began");
    }
    byte[] value;
    try {
      value = Base64.getDecoder().decode(command.signatureValue().strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          Violation.of("signatureValue", "Base64", "the signature value must be base64"));
    }
    float[] b = request.getBox();
    TwoStepSigning.Prepared prepared =
        prepare(
            files.read(request.getFileSha256()),
            chain(List.of(request.getCertificateChain().split(","))),
            request.getSigningTime(),
            new SignatureBox(request.getBoxPage(), b[0], b[1], b[2], b[3]),
            request.getImageSha256() == null ? null : files.read(request.getImageSha256()));
    if (!Base64.getEncoder()
        .encodeToString(prepared.dataToSign())
        .equals(request.getDataToSign())) {
      throw new StateConflictException(
          "PreparedStateChanged",
          document.getStatus(),
          "the signature cannot be rebuilt as it was prepared; sign again");
    }
    byte[] signed;
    try {
      signed = setup.twoStep().complete(prepared, value);
    } catch (SigningRefusedException e) {
      throw refused(e);
    }
    List<SignatureVerdict> verdicts = setup.validation().validate(signed);
    SignatureVerdict mine = verdicts.isEmpty() ? null : verdicts.get(verdicts.size() - 1);
    if (mine == null || !mine.valid()) {
      throw new SignatureRefusedException(
          "SignatureNotValid",
          mine == null
              ? "the signed PDF carries no signature"
              : "the new signature does not validate: "
                  + mine.indication()
                  + (mine.subIndication() == null ? "" : "/" + mine.subIndication())
                  + (mine.errors().isEmpty() ? "" : " (" + String.join("; ", mine.errors()) + ")"));
    }
    FileVersion version =
        files.addVersion(WorkflowEvents.mainFile(document), signed, caller(), now);
    checks.record(version.getContent().getSha256(), verdicts, now);
    request.complete(version.getContent().getSha256(), now);
    DocumentStatus from = document.getStatus();
    document.moveTo(DocumentStatus.SIGNED, null);
    events.record(document, caller(), WorkflowAction.SIGNED, from, null, mine.signedBy());
    return DocumentSummary.of(document, true);
  }

  private TwoStepSigning.Prepared prepare(
      byte[] pdf, List<X509Certificate> chain, Instant at, SignatureBox box, byte[] image) {
    try {
      return setup
          .twoStep()
          .prepare(pdf, chain, at, new Appearance(box, image, null, Appearance.DEFAULT_FONT, 0));
    } catch (SigningRefusedException e) {
      throw refused(e);
    }
  }

  /** Above the printed name: the draft's signer, else the leader's own name. */
  private SignatureBox placement(Document document, byte[] pdf, SignatureImage image) {
    String name =
        document.getSignerName() != null
            ? document.getSignerName()
            : readers.account(caller()).map(a -> a.getFullName()).orElse(caller());
    float width =
        Math.min(IMAGE_MAX_WIDTH, IMAGE_HEIGHT * image.getWidthPx() / image.getHeightPx());
    return SignaturePlacement.aboveName(pdf, name, width, IMAGE_HEIGHT)
        .orElseThrow(
            () ->
                new StateConflictException(
                    "PrintedNameNotFound",
                    document.getStatus(),
                    "the PDF has no line reading \""
                        + name
                        + "\" for the signature to go above; correct the signer's name or the"
                        + " document"));
  }

  /** The approved draft waiting for the caller's signature, locked for step 2. */
  private Document toSign(long documentId, boolean lock) {
    Document document =
        lock
            ? em.find(Document.class, documentId, LockModeType.PESSIMISTIC_WRITE)
            : em.find(Document.class, documentId);
    if (document == null
        || document.getDirection() != Direction.OUTGOING
        || !document.readableBy(readers.of(caller()))) {
      throw new NotFoundException("Outgoing document", documentId);
    }
    if (document.getStatus() == DocumentStatus.SIGNED
        || document.getStatus() == DocumentStatus.ISSUED) {
      throw new StateConflictException(
          "SignedAlready", document.getStatus(), "the document is signed already");
    }
    if (document.getStatus() != DocumentStatus.APPROVED) {
      throw new StateConflictException(
          "NotApprovedForSigning", document.getStatus(), "only an approved draft is signed");
    }
    if (!caller().equals(document.getApprovedBy())) {
      throw new StateConflictException(
          "NotYourSignature",
          document.getStatus(),
          "the draft is signed by the leader who approved it, " + document.getApprovedBy());
    }
    return document;
  }

  private static FileVersion approvedPdf(Document document) {
    FileVersion current = WorkflowEvents.mainVersion(document);
    if (current == null || !current.getContent().getSha256().equals(document.getApprovedSha256())) {
      throw new StateConflictException(
          "ChangedAfterApproval",
          document.getStatus(),
          "the file changed after the leader approved it; it needs approval again");
    }
    if (!SignedFiles.PDF.equals(current.getContent().getMediaType())) {
      throw new StateConflictException(
          "NotPdf",
          document.getStatus(),
          "only a PDF is signed; the approved file is "
              + current.getContent().getMediaType()
              + ": have the drafter upload the PDF and approve it again");
    }
    return current;
  }

  private static List<X509Certificate> chain(List<String> encoded) {
    List<X509Certificate> chain = new ArrayList<>();
    try {
      CertificateFactory factory = CertificateFactory.getInstance("X.509");
      for (String certificate : encoded) {
        chain.add(
            (X509Certificate)
                factory.generateCertificate(
                    new ByteArrayInputStream(Base64.getDecoder().decode(certificate.strip()))));
      }
    } catch (CertificateException | IllegalArgumentException e) {
      throw new InvalidInputException(
          Violation.of(
              "certificateChain",
              "Certificate",
              "each entry must be a base64 DER X.509 certificate, the signer's first"));
    }
    return chain;
  }

  static SignatureRefusedException refused(SigningRefusedException e) {
    String rule =
        switch (e.reason()) {
          case CERTIFICATE_NOT_VALID -> "CertificateNotValid";
          case SIGNATURE_MISMATCH -> "SignatureMismatch";
          case CHAIN_INVALID -> "CertificateChainInvalid";
          case LEADER_SIGNATURE_MISSING -> "LeaderSignatureMissing";
          case LEADER_SIGNATURE_INVALID -> "LeaderSignatureInvalid";
        };
    return new SignatureRefusedException(rule, e.getMessage());
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }
}
