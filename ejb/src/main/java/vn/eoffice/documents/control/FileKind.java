package vn.eoffice.documents.control;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file a document may carry, with their media type and usual name endings. */
public enum FileKind {
  PDF("application/pdf", "pdf"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  DOC("application/msword", "doc"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  PNG("image/png", "png"),
  JPEG("image/jpeg", "jpg", "jpeg"),
  TIFF("image/tiff", "tif", "tiff");

  private final String mediaType;
  private final List<String> extensions;

  FileKind(String mediaType, String... extensions) {
    this.mediaType = mediaType;
    this.extensions = List.of(extensions);
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extensions.get(0);
  }

  public static Optional<FileKind> ofMediaType(String mediaType) {
    if (mediaType == null) {
      return Optional.empty();
    }
    String bare = mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(k -> k.mediaType.equals(bare)).findFirst();
  }

  public static Optional<FileKind> ofFileName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(k -> k.extensions.contains(extension)).findFirst();
  }

  /** The list shown to a user whose file was refused. */
  public static String allowed() {
    return "PDF, DOCX, DOC, XLSX, PNG, JPEG, TIFF";
  }
}
