package vn.eoffice.edxml;

import java.util.Objects;

/**
 * A file of the package: listed in the manifest by its content id and carried base64-encoded in
 * {@code AttachmentEncoded}.
 */
public record Attachment(
    String contentId, String name, String contentType, String description, byte[] content) {

  public Attachment {
    Objects.requireNonNull(contentId, "contentId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Attachment a
        && contentId.equals(a.contentId)
        && name.equals(a.name)
        && Objects.equals(contentType, a.contentType)
        && Objects.equals(description, a.description)
        && java.util.Arrays.equals(content, a.content);
  }

  @Override
  public int hashCode() {
    return Objects.hash(contentId, name, java.util.Arrays.hashCode(content));
  }

  @Override
  public String toString() {
    return "Attachment[" + contentId + ", " + name + ", " + content.length + " bytes]";
  }
}
