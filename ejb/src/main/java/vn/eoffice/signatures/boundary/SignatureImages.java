package vn.eoffice.signatures.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import javax.imageio.ImageIO;
import vn.eoffice.audit.boundary.AuditLog;
import vn.eoffice.audit.entity.AuditAction;
import vn.eoffice.documents.control.FileStore;
import vn.eoffice.documents.entity.StoredContent;
import vn.eoffice.people.entity.Role;
import vn.eoffice.platform.boundary.InvalidInputException;
import vn.eoffice.platform.boundary.Violation;
import vn.eoffice.platform.entity.AgencyScope;
import vn.eoffice.signatures.control.SignedFiles;
import vn.eoffice.signatures.entity.SignatureImage;

/**
 * The images signatures show (Decree 30, Phụ lục I): each signer uploads the image of their
 * handwritten signature once, the administrator the organisation's seal; both transparent PNGs.
 */
@Stateless
@RolesAllowed({Role.LEADER_NAME, Role.CLERK_NAME, Role.OFFICER_NAME})
public class SignatureImages {

  /** A signature image is a few kilobytes; a seal scan at 600 dpi well under a megabyte. */
  static final long MAX_BYTES = 2L * 1024 * 1024;

  static final int MAX_PIXELS = 4000;

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  @PersistenceContext EntityManager em;
  @Resource SessionContext context;
  @Inject FileStore store;
  @Inject SignedFiles files;
  @Inject Clock clock;
  @jakarta.ejb.EJB AuditLog audit;

  /** Replaces the caller's own signature image. */
  public SignatureImageView uploadMine(InputStream png) {
    return keep(context.getCallerPrincipal().getName(), png);
  }

  /** Replaces the organisation's seal image. */
  @RolesAllowed(Role.ADMIN_NAME)
  public SignatureImageView uploadSeal(InputStream png) {
    return keep(SignatureImage.sealOf(AgencyScope.required()), png);
  }

  public Optional<SignatureImageView> mine() {
    return Optional.ofNullable(
            em.find(SignatureImage.class, context.getCallerPrincipal().getName()))
        .map(SignatureImageView::of);
  }

  @RolesAllowed({
    Role.LEADER_NAME,
    Role.CLERK_NAME,
    Role.OFFICER_NAME,
    Role.ADMIN_NAME,
    Role.ARCHIVIST_NAME
  })
  public Optional<SignatureImageView> seal() {
    return Optional.ofNullable(
            em.find(SignatureImage.class, SignatureImage.sealOf(AgencyScope.required())))
        .map(SignatureImageView::of);
  }

  /** The caller's own image, or the seal's, as PNG bytes. */
  @RolesAllowed({
    Role.LEADER_NAME,
    Role.CLERK_NAME,
    Role.OFFICER_NAME,
    Role.ADMIN_NAME,
    Role.ARCHIVIST_NAME
  })
  public Optional<byte[]> content(boolean sealImage) {
    String owner =
        sealImage
            ? SignatureImage.sealOf(AgencyScope.required())
            : context.getCallerPrincipal().getName();
    return Optional.ofNullable(em.find(SignatureImage.class, owner))
        .map(image -> files.read(image.getSha256()));
  }

  private SignatureImageView keep(String owner, InputStream png) {
    FileStore.Received received = store.receive(png, MAX_BYTES);
    BufferedImage image;
    try {
      byte[] bytes = java.nio.file.Files.readAllBytes(received.file());
      image = checkedPng(bytes);
    } catch (IOException | RuntimeException e) {
      store.discard(received.file());
      throw e instanceof InvalidInputException invalid
          ? invalid
          : notPng("PngUnreadable", "it cannot be read");
    }
    Instant now = clock.instant();
    if (em.find(StoredContent.class, received.sha256()) == null) {
      em.persist(new StoredContent(received.sha256(), received.size(), "image/png", now));
    }
    store.keep(received);
    SignatureImage kept = em.find(SignatureImage.class, owner);
    if (kept == null) {
      kept = new SignatureImage(owner);
      em.persist(kept);
    }
    String by = context.getCallerPrincipal().getName();
    kept.replace(received.sha256(), image.getWidth(), image.getHeight(), by, now);
    em.flush();
    audit.record(
        AuditAction.SIGNATURE_IMAGE_UPLOADED,
        "SignatureImage",
        owner,
        image.getWidth() + "×" + image.getHeight() + " px, sha256 " + received.sha256());
    return SignatureImageView.of(kept);
  }

  /** A PNG within the size limits whose pixels can be transparent. */
  private static BufferedImage checkedPng(byte[] bytes) throws IOException {
    if (bytes.length < PNG.length
        || !java.util.Arrays.equals(java.util.Arrays.copyOf(bytes, PNG.length), PNG)) {
      throw notPng("PngUnreadable", "it is not a PNG");
    }
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
    if (image == null) {
      throw notPng("PngUnreadable", "it cannot be read");
    }
    if (image.getWidth() > MAX_PIXELS || image.getHeight() > MAX_PIXELS) {
      throw notPng(
          "PngTooLarge",
          "it is "
              + image.getWidth()
              + "×"
              + image.getHeight()
              + " px; at most "
              + MAX_PIXELS
              + " px a side");
    }
    if (!image.getColorModel().hasAlpha()) {
      throw notPng(
          "PngWithoutTransparency",
          "it has no transparency (alpha channel); the page must show through it");
    }
    return image;
  }

  private static InvalidInputException notPng(String rule, String why) {
    return new InvalidInputException(
        Violation.of("image", rule, "the image must be a transparent PNG, but " + why));
  }
}
