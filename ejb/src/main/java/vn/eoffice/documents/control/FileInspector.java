package vn.eoffice.documents.control;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.eoffice.platform.boundary.InvalidInputException;
import vn.eoffice.platform.boundary.Violation;

/**
 * Decides what a received file really is from its bytes and opens it to be sure it is whole: a file
 * whose content is not the type it was sent as, or that cannot be opened, is refused before
 * anything is kept.
 */
public final class FileInspector {

  private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
  private static final byte[] OLE2_MAGIC = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] TIFF_LITTLE_MAGIC = {'I', 'I', 42, 0};
  private static final byte[] TIFF_BIG_MAGIC = {'M', 'M', 0, 42};

  private FileInspector() {}

  /**
   * The kind of the file, once its content matches the declared media type (or, when the sender
   * declared none, its name) and it opens.
   *
   * @throws InvalidInputException naming the field {@code file} otherwise
   */
  public static FileKind inspect(Path file, String declaredMediaType, String fileName) {
    FileKind declared = declaredKind(declaredMediaType, fileName);
    FileKind actual =
        sniff(file)
            .orElseThrow(
                () ->
                    refuse(
                        "FileContent",
                        Map.of("declared", declared.extension(), "allowed", FileKind.allowed()),
                        "the content is none of " + FileKind.allowed()));
    if (actual != declared) {
      throw refuse(
          "FileContent",
          Map.of("declared", declared.extension(), "allowed", FileKind.allowed()),
          "the content is " + actual.extension() + ", not the declared " + declared.extension());
    }
    if (!opens(file, actual)) {
      throw refuse(
          "FileCorrupt",
          Map.of("declared", declared.extension()),
          "the " + actual.extension() + " file is damaged and cannot be opened");
    }
    return actual;
  }

  private static FileKind declaredKind(String mediaType, String fileName) {
    Optional<FileKind> kind = FileKind.ofMediaType(mediaType);
    if (kind.isEmpty() && isGeneric(mediaType)) {
      kind = FileKind.ofFileName(fileName);
    }
    return kind.orElseThrow(
        () ->
            refuse(
                "FileType",
                Map.of("allowed", FileKind.allowed()),
                "files of type " + mediaType + " are not taken; allowed: " + FileKind.allowed()));
  }

  private static boolean isGeneric(String mediaType) {
    return mediaType == null
        || mediaType.isBlank()
        || mediaType.startsWith("application/octet-stream");
  }

  static Optional<FileKind> sniff(Path file) {
    byte[] head = new byte[8];
    int read;
    try (InputStream in = Files.newInputStream(file)) {
      read = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      return Optional.empty();
    }
    byte[] start = Arrays.copyOf(head, read);
    if (startsWith(start, PDF_MAGIC)) {
      return Optional.of(FileKind.PDF);
    }
    if (startsWith(start, PNG_MAGIC)) {
      return Optional.of(FileKind.PNG);
    }
    if (startsWith(start, JPEG_MAGIC)) {
      return Optional.of(FileKind.JPEG);
    }
    if (startsWith(start, TIFF_LITTLE_MAGIC) || startsWith(start, TIFF_BIG_MAGIC)) {
      return Optional.of(FileKind.TIFF);
    }
    if (startsWith(start, OLE2_MAGIC)) {
      return Optional.of(FileKind.DOC);
    }
    if (startsWith(start, ZIP_MAGIC)) {
      return officeKind(file);
    }
    return Optional.empty();
  }

  /** DOCX or XLSX, from the package's main part; a plain ZIP is neither. */
  private static Optional<FileKind> officeKind(Path file) {
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      if (!pkg.getPartsByName(java.util.regex.Pattern.compile("/word/document\\.xml")).isEmpty()) {
        return Optional.of(FileKind.DOCX);
      }
      if (!pkg.getPartsByName(java.util.regex.Pattern.compile("/xl/workbook\\.xml")).isEmpty()) {
        return Optional.of(FileKind.XLSX);
      }
      return Optional.empty();
    } catch (Exception | LinkageError e) {
      return Optional.empty();
    }
  }

  private static boolean opens(Path file, FileKind kind) {
    try {
      switch (kind) {
        case PDF -> {
          try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return pdf.getNumberOfPages() > 0;
          }
        }
        case DOCX -> {
          try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
              XWPFDocument docx = new XWPFDocument(pkg)) {
            return docx.getDocument() != null;
          }
        }
        case XLSX -> {
          try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
              XSSFWorkbook xlsx = new XSSFWorkbook(pkg)) {
            return xlsx.getNumberOfSheets() > 0;
          }
        }
        case DOC -> {
          try (POIFSFileSystem ole = new POIFSFileSystem(file.toFile(), true)) {
            return ole.getRoot().hasEntry("WordDocument");
          }
        }
        case PNG, JPEG, TIFF -> {
          BufferedImage image = ImageIO.read(file.toFile());
          return image != null && image.getWidth() > 0;
        }
        default -> {
          return false;
        }
      }
    } catch (Exception e) {
      return false;
    }
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    return content.length >= prefix.length
        && Arrays.equals(Arrays.copyOf(content, prefix.length), prefix);
  }

  private static InvalidInputException refuse(
      String rule, Map<String, Object> parameters, String message) {
    return new InvalidInputException(new Violation("file", rule, parameters, message));
  }
}
