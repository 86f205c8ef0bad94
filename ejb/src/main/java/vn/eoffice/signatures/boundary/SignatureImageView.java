package vn.eoffice.signatures.boundary;

import java.time.Instant;
import vn.eoffice.signatures.entity.SignatureImage;

/** An uploaded signature or seal image: its content, size in pixels and when it came. */
public record SignatureImageView(
    String owner, String sha256, int widthPx, int heightPx, Instant uploadedAt) {

  static SignatureImageView of(SignatureImage image) {
    return new SignatureImageView(
        image.getOwner(),
        image.getSha256(),
        image.getWidthPx(),
        image.getHeightPx(),
        image.getUploadedAt());
  }
}
